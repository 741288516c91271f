import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorksheetCause } from '../../../api/useWorksheet'
import { useMessageText } from '../../../i18n/useMessageText'
import { rootCauseAnchor } from './RootCauseCard'

export interface Problem {
  messageKey: string
  causeId?: number | undefined
}

/**
 * Why a worksheet cannot be completed yet, in plain words, each naming the root cause it is
 * about with a link there. The link moves focus itself: a `#id` href would replace the route.
 */
export function CompletionProblems({ problems, causes }: { problems: readonly Problem[]; causes: readonly WorksheetCause[] }) {
  const { t } = useTranslation()
  const messageText = useMessageText()

  const jump = (causeId: number) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    const card = document.getElementById(rootCauseAnchor(causeId))
    card?.scrollIntoView?.({ block: 'start' })
    card?.focus()
  }

  return (
    <ul className="completion-problems">
      {problems.map((problem, index) => {
        const cause = problem.causeId === undefined ? undefined : causes.find((c) => c.id === problem.causeId)
        return (
          <li key={`${problem.messageKey}-${problem.causeId ?? index}`}>
            {messageText(problem.messageKey)}
            {cause && (
              <>
                {' '}
                <a href={`#${rootCauseAnchor(cause.id)}`} onClick={jump(cause.id)}>
                  {t('worksheets.status.causeLink', { cause: cause.text })}
                </a>
              </>
            )}
          </li>
        )
      })}
    </ul>
  )
}

/** The problems main sent with a refused status change (`causes.<id>` paths name the cause). */
export function problemsFromDetails(details: ReadonlyArray<{ path: string; messageKey: string }> | undefined): Problem[] {
  return (details ?? []).map((issue) => {
    const match = /^causes\.(\d+)$/.exec(issue.path)
    return { messageKey: issue.messageKey, causeId: match ? Number(match[1]) : undefined }
  })
}
