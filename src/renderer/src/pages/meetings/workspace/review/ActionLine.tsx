import { useTranslation } from 'react-i18next'
import type { ReviewData } from '../../../../api/meetings'
import { useFormats } from '../../meetingText'

type ReviewAction = ReviewData['actionFollowUp']['overdue'][number]

/** One action in a line: what, who, when, and its status in words. */
export function ActionLine({ action }: { action: ReviewAction }) {
  const { t } = useTranslation()
  const formats = useFormats()
  return (
    <>
      <span className="review-line__main">
        {t('meetings.review.actionLine', {
          description: action.description,
          owner: action.ownerLabel ?? t('meetings.itemActions.noOwner'),
          due: action.dueOn ? formats.date(action.dueOn) : t('meetings.review.actionNoDue')
        })}
      </span>{' '}
      <span className="review-tag">{t(`actions.statuses.${action.status}`)}</span>
      {action.link && <span className="review-line__link"> · {action.link}</span>}
    </>
  )
}
