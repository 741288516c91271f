import { useTranslation } from 'react-i18next'
import type { ReviewData } from '../../../../api/meetings'
import { useFormats } from '../../meetingText'
import { ActionLine } from './ActionLine'

const GROUPS = ['overdue', 'dueSoon', 'awaitingCheck'] as const

/** Actions overdue, due soon, and done but not yet checked; then earlier recommendations. */
export function FollowUpReview({ review }: { review: ReviewData }) {
  const { t } = useTranslation()
  return (
    <div className="review-block">
      <div className="follow-up-groups">
        {GROUPS.map((group) => {
          const actions = review.actionFollowUp[group]
          return (
            <div key={group} className={`follow-up follow-up--${group}`}>
              <h4>{t('meetings.review.riskGroup', { level: t(`meetings.review.${group}`), count: actions.length })}</h4>
              {actions.length === 0 ? (
                <p className="empty">{t('meetings.review.noneInGroup')}</p>
              ) : (
                <ul className="review-list">
                  {actions.map((action) => (
                    <li key={action.id}>
                      <ActionLine action={action} />
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )
        })}
      </div>
      <p className="review-summary">{t('meetings.review.openActionsTotal', { count: review.openActions })}</p>
      <EarlierRecommendations review={review} />
    </div>
  )
}

/** What earlier meetings recommended to management, and whether management has answered. */
export function EarlierRecommendations({ review }: { review: ReviewData }) {
  const { t } = useTranslation()
  const formats = useFormats()
  return (
    <div className="earlier-recommendations">
      <h4>{t('meetings.review.earlierHeading')}</h4>
      {review.earlierRecommendations.length === 0 ? (
        <p className="empty">{t('meetings.review.earlierNone')}</p>
      ) : (
        <ul className="review-list">
          {review.earlierRecommendations.map((rec, index) => (
            <li key={`${rec.meetingHeldOn}-${index}`}>
              <span className="review-line__main">
                {t('meetings.review.earlierFrom', { date: formats.date(rec.meetingHeldOn), recommendation: rec.recommendation })}
              </span>
              <span className="review-line__detail">
                {[
                  rec.owner ? t('meetings.review.earlierOwner', { owner: rec.owner }) : null,
                  rec.responseDueOn ? t('meetings.review.earlierDue', { date: formats.date(rec.responseDueOn) }) : null
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <span className="review-line__detail">
                {rec.managementResponse
                  ? rec.responseReceivedOn
                    ? t('meetings.review.earlierResponse', { date: formats.date(rec.responseReceivedOn), response: rec.managementResponse })
                    : t('meetings.review.earlierResponseUndated', { response: rec.managementResponse })
                  : t('meetings.review.earlierAwaiting')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
