import { useId, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { isOpenAction } from '../../../../shared/domain/actions'
import { useActionWorksheets, type ReportDetail, type ReportHandle } from '../../api/useReport'
import { StatusMessage, type Status } from '../../components/StatusMessage'
import { formatDate } from '../../i18n/format'
import { hrefFor } from '../../router/routes'
import { ActionStatusBadge, StrengthBadge } from '../actions/ActionBadges'
import { ActionForm } from '../actions/ActionForm'
import { worksheetHref } from '../worksheets/worksheetRoutes'

type ReportAction = ReportDetail['actions'][number]

interface ReportActionsProps {
  report: ReportDetail
  reload: ReportHandle['reload']
}

/**
 * The report's corrective actions (its own and its worksheets'), what closing waits for, and
 * "Add an action to this report". Each action links to where it is worked on: its worksheet,
 * or the Actions page. A saved action re-reads the report, so the list and the open count are
 * main's own.
 */
export function ReportActions({ report, reload }: ReportActionsProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const formHeadingId = useId()
  const [adding, setAdding] = useState(false)
  const [status, setStatus] = useState<Status | null>(null)
  const addButtonRef = useRef<HTMLButtonElement>(null)
  const worksheetOf = useActionWorksheets(report.id, report.actions.map((action) => action.id).join(','))
  const openCount = report.actions.filter((action) => isOpenAction(action.status)).length

  /** Back to the Add button (the form is gone), with a confirmation or nothing. */
  const closeForm = (message: Status | null) => {
    flushSync(() => {
      setAdding(false)
      setStatus(message)
    })
    addButtonRef.current?.focus()
  }

  const titleOf = (worksheetId: number | undefined) => report.worksheets.find((sheet) => sheet.id === worksheetId)?.title

  return (
    <>
      <h3 id={headingId}>{t('register.detail.rootCause.actionsHeading')}</h3>
      <p className="root-cause-panel__closure">
        {t('register.detail.rootCause.closureRule')}{' '}
        {report.actions.length > 0 && (
          <strong>
            {openCount > 0 ? t('register.detail.rootCause.stillOpen', { count: openCount }) : t('register.detail.rootCause.noneOpen')}
          </strong>
        )}
      </p>
      {report.actions.length === 0 ? (
        <p className="empty">{t('register.detail.rootCause.noActions')}</p>
      ) : (
        <ul className="report-actions" aria-labelledby={headingId}>
          {report.actions.map((action) => (
            <ActionRow key={action.id} action={action} worksheetId={worksheetOf.get(action.id)} worksheetTitle={titleOf(worksheetOf.get(action.id))} />
          ))}
        </ul>
      )}
      {adding ? (
        <div className="action-form-panel" role="group" aria-labelledby={formHeadingId}>
          <h4 id={formHeadingId}>{t('register.detail.rootCause.addHeading')}</h4>
          <ActionForm
            link={{ reportId: report.id }}
            onSaved={() => {
              void reload()
              closeForm({ tone: 'success', text: t('register.detail.rootCause.actionAdded') })
            }}
            onCancel={() => closeForm(null)}
          />
        </div>
      ) : (
        <button
          ref={addButtonRef}
          type="button"
          className="button"
          onClick={() => {
            setStatus(null)
            setAdding(true)
          }}
        >
          {t('register.detail.rootCause.addAction')}
        </button>
      )}
      <StatusMessage status={status} />
    </>
  )
}

interface ActionRowProps {
  action: ReportAction
  worksheetId: number | undefined
  worksheetTitle: string | undefined
}

/** One action: what (a link to where it is worked on), strength, status, owner, due date. */
function ActionRow({ action, worksheetId, worksheetTitle }: ActionRowProps) {
  const { t, i18n } = useTranslation()
  return (
    <li className="report-action">
      <p className="report-action__what">
        <a href={worksheetId === undefined ? hrefFor('actions') : worksheetHref(worksheetId)}>{action.description}</a>
      </p>
      <p className="report-action__badges">
        <StrengthBadge strength={action.strength} /> <ActionStatusBadge status={action.status} />
      </p>
      <dl className="report-action__facts">
        <div>
          <dt>{t('register.detail.rootCause.owner')}</dt>
          <dd>{action.ownerLabel ?? t('register.detail.rootCause.noOwner')}</dd>
        </div>
        <div>
          <dt>{t('register.detail.rootCause.due')}</dt>
          <dd>
            {action.dueOn ? (
              <time dateTime={action.dueOn}>{formatDate(action.dueOn, i18n.language)}</time>
            ) : (
              t('register.detail.rootCause.noDue')
            )}
          </dd>
        </div>
      </dl>
      {worksheetTitle && <p className="report-action__source">{t('register.detail.rootCause.fromWorksheet', { title: worksheetTitle })}</p>}
    </li>
  )
}
