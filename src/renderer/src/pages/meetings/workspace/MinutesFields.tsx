import { useId, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { AgendaItem, AgendaItemFields, MeetingHandle } from '../../../api/meetings'
import { useFormats } from '../meetingText'
import { AutosaveField } from './AutosaveField'

const RECOMMENDATION_FIELDS = ['recommendation', 'recommendationOwner', 'responseDueOn', 'managementResponse', 'responseReceivedOn'] as const

/**
 * What the recorder writes during the meeting, per item: notes, the decision, and a
 * recommendation to management with the person responsible and the date a response is due
 * (later: the response and when it came). Each field saves itself when focus leaves it.
 */
export function MinutesFields({ item, handle }: { item: AgendaItem; handle: MeetingHandle }) {
  const { t } = useTranslation()
  const legendId = useId()
  const hasRecommendation = RECOMMENDATION_FIELDS.some((field) => item[field] !== null)
  const [showRecommendation, setShowRecommendation] = useState(false)
  const firstRecommendationField = useRef<HTMLDivElement>(null)
  const saver = (field: keyof AgendaItemFields) => (value: string | null) => handle.updateItem(item.id, { [field]: value })

  const openRecommendation = () => {
    // Render the fields now, then focus the first, so the keyboard user is where they asked to be.
    flushSync(() => setShowRecommendation(true))
    firstRecommendationField.current?.querySelector('textarea')?.focus()
  }

  return (
    <div className="minutes-fields">
      <AutosaveField context={item.title} label={t('meetings.minutesFields.notes')} hint={t('meetings.minutesFields.notesHint')} stored={item.notes} save={saver('notes')} rows={3} maxLength={8000} />
      <AutosaveField context={item.title} label={t('meetings.minutesFields.decision')} stored={item.decision} save={saver('decision')} rows={2} />
      {hasRecommendation || showRecommendation ? (
        <fieldset className="recommendation" aria-labelledby={legendId}>
          <legend id={legendId}>{t('meetings.minutesFields.recommendationHeading')}</legend>
          <div ref={firstRecommendationField}>
            <AutosaveField context={item.title} label={t('meetings.minutesFields.recommendation')} stored={item.recommendation} save={saver('recommendation')} rows={2} />
          </div>
          <div className="recommendation__row">
            <AutosaveField
              context={item.title}
              type="text"
              label={t('meetings.minutesFields.recommendationOwner')}
              stored={item.recommendationOwner}
              save={saver('recommendationOwner')}
              maxLength={300}
            />
            <AutosaveField context={item.title} type="date" label={t('meetings.minutesFields.responseDueOn')} stored={item.responseDueOn} save={saver('responseDueOn')} />
          </div>
          <AutosaveField context={item.title} label={t('meetings.minutesFields.managementResponse')} stored={item.managementResponse} save={saver('managementResponse')} rows={2} />
          <AutosaveField context={item.title} type="date" label={t('meetings.minutesFields.responseReceivedOn')} stored={item.responseReceivedOn} save={saver('responseReceivedOn')} />
        </fieldset>
      ) : (
        <p>
          <button type="button" className="button button--small" aria-label={t('meetings.minutesFields.addRecommendationLabel', { title: item.title })} onClick={openRecommendation}>
            {t('meetings.minutesFields.addRecommendation')}
          </button>
        </p>
      )}
    </div>
  )
}

/** The same record, read-only, for approved (locked) minutes. */
export function MinutesRecord({ item }: { item: AgendaItem }) {
  const { t } = useTranslation()
  const formats = useFormats().date
  const rows: Array<[string, string | null]> = [
    [t('meetings.minutesFields.notes'), item.notes],
    [t('meetings.minutesFields.decision'), item.decision],
    [t('meetings.minutesFields.recommendation'), item.recommendation],
    [t('meetings.minutesFields.recommendationOwner'), item.recommendationOwner],
    [t('meetings.minutesFields.responseDueOn'), item.responseDueOn && formats(item.responseDueOn)],
    [t('meetings.minutesFields.managementResponse'), item.managementResponse],
    [t('meetings.minutesFields.responseReceivedOn'), item.responseReceivedOn && formats(item.responseReceivedOn)]
  ]
  const filled = rows.filter(([, value]) => value !== null && value !== '')
  if (filled.length === 0) return <p className="empty">{t('meetings.minutesFields.none')}</p>
  return (
    <dl className="minutes-record">
      {filled.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
