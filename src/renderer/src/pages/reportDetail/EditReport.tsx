import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReferenceItem } from '../../../../shared/domain/referenceLists'
import { toFormErrors } from '../../api/formErrors'
import type { ReportDetail, ReportHandle } from '../../api/useReport'
import { showErrorsAndFocus } from '../../components/focusFirstInvalid'
import { ErrorSummary, type SummaryState } from '../report/ErrorSummary'
import { REPORT_FIELD_ORDER, ReportFields, type ReportLists } from '../report/ReportFields'
import {
  fieldErrorsFrom,
  sameValues,
  todayIso,
  toReportInput,
  valuesFromReport,
  type ReportField,
  type ReportValues
} from '../report/reportValues'

interface EditReportProps {
  report: ReportDetail
  lists: { locations: readonly ReferenceItem[]; categories: readonly ReferenceItem[]; conditions: readonly ReferenceItem[] }
  update: ReportHandle['update']
  /** Leave edit mode; `saved` says whether anything was stored. */
  onDone: (saved: boolean) => void
}

/**
 * The intake form's own fields, filled with the stored report, checked by the same rules in
 * main. Archived list entries are offered only where this report already uses them, so an old
 * report keeps its place while new choices come from the current lists.
 */
export function EditReport({ report, lists, update, onDone }: EditReportProps) {
  const { t } = useTranslation()
  const idPrefix = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const initial = useMemo(() => valuesFromReport(report), [report])
  const [values, setValues] = useState<ReportValues>(initial)
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<ReportField, string>>>({})
  const [summary, setSummary] = useState<SummaryState | null>(null)
  const saving = useRef(false)

  // Opened by pressing Edit, so moving focus into the form is expected, not a surprise.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus()
  }, [])

  const fieldLists: ReportLists = useMemo(() => {
    const usable = (items: readonly ReferenceItem[], inUse: readonly number[]) =>
      items.filter((item) => !item.archived || inUse.includes(item.id))
    return {
      locations: usable(lists.locations, [report.locationId]),
      categories: usable(lists.categories, report.categoryId === null ? [] : [report.categoryId]),
      conditions: usable(lists.conditions, report.conditionIds)
    }
  }, [lists, report.locationId, report.categoryId, report.conditionIds])

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (saving.current) return
    if (sameValues(values, initial)) {
      onDone(false)
      return
    }
    saving.current = true
    const input = toReportInput(values)
    // On an edit, a cleared count means "none", not "leave as it was".
    const result = await update({
      ...input,
      involvedStudents: input.involvedStudents ?? 0,
      involvedStaff: input.involvedStaff ?? 0,
      involvedVisitors: input.involvedVisitors ?? 0
    })
    saving.current = false
    if (result.ok) {
      onDone(true)
      return
    }
    const errors = fieldErrorsFrom(result.error.details)
    const fields = REPORT_FIELD_ORDER.filter((field) => errors[field] !== undefined)
    showErrorsAndFocus(formRef.current, () => {
      setFieldErrors(errors)
      setSummary({ message: t(toFormErrors(result.error).formMessage), fields, errors })
    })
    if (fields.length === 0) formRef.current?.querySelector<HTMLElement>('.error-summary')?.focus()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    onDone(false)
  }

  return (
    <form
      ref={formRef}
      className="edit-report"
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      onKeyDown={onKeyDown}
    >
      {summary && <ErrorSummary summary={summary} idPrefix={idPrefix} />}
      <ReportFields
        value={values}
        onChange={setValues}
        fieldErrors={fieldErrors}
        lists={fieldLists}
        idPrefix={idPrefix}
        maxDate={todayIso()}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t('register.detail.save')}
        </button>
        <button type="button" className="button" onClick={() => onDone(false)}>
          {t('register.detail.cancel')}
        </button>
      </div>
    </form>
  )
}
