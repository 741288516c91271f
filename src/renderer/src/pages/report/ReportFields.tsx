import { useId, useMemo, type ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { TIME_SLOTS, type TimeSlot } from '../../../../shared/domain/defaults'
import type { ReferenceItem } from '../../../../shared/domain/referenceLists'
import { useMessageText } from '../../i18n/useMessageText'
import { ConditionChips } from './ConditionChips'
import { FieldFrame } from './FieldFrame'
import type { ReportField, ReportValues } from './reportValues'

export interface ReportLists {
  locations: readonly ReferenceItem[]
  categories: readonly ReferenceItem[]
  conditions: readonly ReferenceItem[]
}

export interface ReportFieldsProps {
  value: ReportValues
  onChange: (value: ReportValues) => void
  /** Field -> catalog key (`validation.*`), as main sent it. */
  fieldErrors: Partial<Record<ReportField, string>>
  lists: ReportLists
  /** Prefix for the controls' ids, so an error summary can link to them (see `reportFieldId`). */
  idPrefix?: string
  /** The latest date allowed (today for new reports). */
  maxDate?: string
}

/** The fields in the order they appear; an error summary lists problems in this order. */
export const REPORT_FIELD_ORDER: readonly ReportField[] = [
  'occurredOn',
  'occurredTime',
  'timeSlot',
  'locationId',
  'locationDetails',
  'categoryId',
  'whatHappened',
  'whatCouldHaveHappened',
  'whatStoppedIt',
  'involvedStudents',
  'involvedStaff',
  'involvedVisitors',
  'involvedRoles',
  'conditionIds',
  'immediateAction',
  'reporterName',
  'reporterAnonymous',
  'reporterRole'
]

export const reportFieldId = (prefix: string, field: ReportField): string => `${prefix}-${field}`

/**
 * Every field of a near-miss report, labelled as on the paper form. Used by the intake form and
 * by the register's detail view for editing. Only date, place and what happened are required.
 * Free-text fields warn (never block) when the text looks like it names a person or blames one.
 */
export function ReportFields({ value, onChange, fieldErrors, lists, idPrefix, maxDate }: ReportFieldsProps) {
  const { t } = useTranslation()
  const messageText = useMessageText()
  const generatedPrefix = useId()
  const prefix = idPrefix ?? generatedPrefix
  const idOf = (field: ReportField) => reportFieldId(prefix, field)
  const errorFor = (field: ReportField) => {
    const key = fieldErrors[field]
    return key === undefined ? undefined : messageText(key)
  }
  // Place names like "North Gym" look like a person's name to the checker; they are not.
  const knownPhrases = useMemo(() => lists.locations.map((location) => location.name), [lists.locations])

  const set = <F extends ReportField>(field: F, fieldValue: ReportValues[F]) => onChange({ ...value, [field]: fieldValue })
  const text = (field: Exclude<ReportField, 'conditionIds' | 'reporterAnonymous' | 'timeSlot'>) => ({
    value: value[field],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => set(field, event.target.value)
  })
  const prose = (field: 'locationDetails' | 'whatHappened' | 'whatCouldHaveHappened' | 'whatStoppedIt' | 'involvedRoles' | 'immediateAction') => ({
    id: idOf(field),
    label: t(`reports.fields.${field}`),
    error: errorFor(field),
    checkedText: value[field],
    knownPhrases
  })

  const longText = (field: 'whatHappened' | 'whatCouldHaveHappened' | 'whatStoppedIt' | 'immediateAction', rows: number, required = false) => (
    <FieldFrame {...prose(field)} required={required} hint={field === 'whatHappened' ? t('reports.hints.whatHappened') : undefined} className="field--wide">
      {(control) => <textarea {...control} rows={rows} {...text(field)} />}
    </FieldFrame>
  )

  const count = (field: 'involvedStudents' | 'involvedStaff' | 'involvedVisitors') => (
    <FieldFrame id={idOf(field)} label={t(`reports.fields.${field}`)} error={errorFor(field)} className="field--count">
      {(control) => <input {...control} type="number" inputMode="numeric" min={0} max={999} step={1} {...text(field)} />}
    </FieldFrame>
  )

  return (
    <div className="report-fields">
      <div className="field-row">
        <FieldFrame id={idOf('occurredOn')} label={t('reports.fields.occurredOn')} error={errorFor('occurredOn')} required>
          {(control) => <input {...control} type="date" max={maxDate} {...text('occurredOn')} />}
        </FieldFrame>
        <FieldFrame id={idOf('occurredTime')} label={t('reports.fields.occurredTime')} error={errorFor('occurredTime')}>
          {(control) => <input {...control} type="time" {...text('occurredTime')} />}
        </FieldFrame>
        <FieldFrame id={idOf('timeSlot')} label={t('reports.fields.timeSlot')} error={errorFor('timeSlot')}>
          {(control) => (
            <select {...control} value={value.timeSlot} onChange={(event) => set('timeSlot', event.target.value as TimeSlot | '')}>
              <option value="">{t('reports.hints.chooseTimeSlot')}</option>
              {TIME_SLOTS.map((slot) => (
                <option key={slot} value={slot}>
                  {t(`timeSlots.${slot}`)}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
      </div>

      <div className="field-row">
        <FieldFrame id={idOf('locationId')} label={t('reports.fields.locationId')} error={errorFor('locationId')} required>
          {(control) => (
            <select {...control} {...text('locationId')}>
              <option value="">{t('reports.hints.chooseLocation')}</option>
              {lists.locations.map((location) => (
                <option key={location.id} value={String(location.id)}>
                  {location.name}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        <FieldFrame {...prose('locationDetails')} hint={t('reports.hints.locationDetails')} className="field--grow">
          {(control) => <input {...control} type="text" autoComplete="off" {...text('locationDetails')} />}
        </FieldFrame>
      </div>

      <FieldFrame id={idOf('categoryId')} label={t('reports.fields.categoryId')} error={errorFor('categoryId')}>
        {(control) => (
          <select {...control} {...text('categoryId')}>
            <option value="">{t('reports.hints.chooseCategory')}</option>
            {lists.categories.map((category) => (
              <option key={category.id} value={String(category.id)}>
                {category.name}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>

      {longText('whatHappened', 4, true)}
      {longText('whatCouldHaveHappened', 2)}
      {longText('whatStoppedIt', 2)}

      <fieldset className="field involved" aria-describedby={`${prefix}-involved-hint`}>
        <legend>{t('reports.fields.involved')}</legend>
        <p id={`${prefix}-involved-hint`} className="field-hint">
          {t('reports.hints.involved')}
        </p>
        <div className="field-row">
          {count('involvedStudents')}
          {count('involvedStaff')}
          {count('involvedVisitors')}
          <FieldFrame {...prose('involvedRoles')} className="field--grow">
            {(control) => <input {...control} type="text" autoComplete="off" {...text('involvedRoles')} />}
          </FieldFrame>
        </div>
      </fieldset>

      <ConditionChips
        id={idOf('conditionIds')}
        legend={t('reports.fields.conditionIds')}
        hint={t('reports.hints.conditionIds')}
        conditions={lists.conditions}
        selected={value.conditionIds}
        onChange={(selected) => set('conditionIds', selected)}
        error={errorFor('conditionIds')}
      />

      {longText('immediateAction', 2)}

      <div className="field-row reporter">
        <FieldFrame id={idOf('reporterName')} label={t('reports.fields.reporterName')} error={errorFor('reporterName')}>
          {(control) => (
            <input {...control} type="text" autoComplete="name" disabled={value.reporterAnonymous} {...text('reporterName')} />
          )}
        </FieldFrame>
        <div className="field field--checkbox">
          <label className="checkbox">
            <input
              id={idOf('reporterAnonymous')}
              type="checkbox"
              checked={value.reporterAnonymous}
              aria-describedby={`${prefix}-anonymous-hint`}
              // Anonymous means no name kept anywhere, the draft included, not just greyed out.
              onChange={(event) => onChange({ ...value, reporterAnonymous: event.target.checked, reporterName: event.target.checked ? '' : value.reporterName })}
            />
            {t('reports.fields.reporterAnonymous')}
          </label>
          <p id={`${prefix}-anonymous-hint`} className="field-hint">
            {t('reports.hints.reporterAnonymous')}
          </p>
        </div>
        <FieldFrame id={idOf('reporterRole')} label={t('reports.fields.reporterRole')} error={errorFor('reporterRole')}>
          {(control) => <input {...control} type="text" autoComplete="organization-title" {...text('reporterRole')} />}
        </FieldFrame>
      </div>
    </div>
  )
}
