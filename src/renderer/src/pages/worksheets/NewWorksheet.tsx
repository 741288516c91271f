import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { toFormErrors } from '../../api/formErrors'
import { createWorksheet, getReport } from '../../api/useWorksheet'
import { showErrorsAndFocus } from '../../components/focusFirstInvalid'
import { PageHeading } from '../../components/PageHeading'
import { StatusMessage, type Status } from '../../components/StatusMessage'
import { TextField } from '../../components/TextField'
import { useMessageText } from '../../i18n/useMessageText'
import { goToHash } from '../../router/useHashRoute'
import { ChosenReports } from './ChosenReports'
import { ReportPicker, type PickedReport } from './ReportPicker'
import { truncate } from './text'
import { worksheetHref, worksheetListHref } from './worksheetRoutes'

type Field = 'title' | 'reportIds'

/**
 * A title suggested from the first report, so a worksheet opened from a report is one click:
 * its first sentence, cut at a word if long (no ellipsis: it becomes the worksheet's name).
 */
export function suggestedTitle(report: PickedReport): string {
  const sentence = report.whatHappened.replace(/\s+/g, ' ').trim().split(/(?<=[.!?;])\s/)[0] ?? ''
  const bare = sentence.replace(/[.!?;,:]+$/, '')
  return truncate(bare, 80).replace(/…$/, '')
}

/**
 * Start a worksheet: a title and the reports it covers. `#/worksheets/new?reports=1,2` arrives
 * with reports already chosen (the report page's "Open root-cause worksheet" link).
 */
export function NewWorksheet({ initialReportIds }: { initialReportIds: number[] }) {
  const { t } = useTranslation()
  const messageText = useMessageText()
  const reportsHeadingId = useId()
  const reportsErrorId = useId()
  const [title, setTitle] = useState('')
  const titleTouched = useRef(false)
  const [chosen, setChosen] = useState<PickedReport[]>([])
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const [status, setStatus] = useState<Status | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const busy = useRef(false)

  // Reports named in the link: read each once; one that no longer exists is simply left out.
  useEffect(() => {
    let current = true
    void Promise.all(initialReportIds.map((id) => getReport(id))).then((results) => {
      if (!current) return
      const found = results.flatMap((result) =>
        result.ok ? [{ id: result.data.id, refCode: result.data.refCode, occurredOn: result.data.occurredOn, whatHappened: result.data.whatHappened }] : []
      )
      setChosen((previous) => [...found, ...previous.filter((report) => !found.some((f) => f.id === report.id))])
      const first = found[0]
      if (first && !titleTouched.current) setTitle(suggestedTitle(first))
    })
    return () => {
      current = false
    }
  }, [initialReportIds])

  const add = (report: PickedReport) => {
    setChosen((previous) => (previous.some((r) => r.id === report.id) ? previous : [...previous, report]))
    setErrors((previous) => ({ ...previous, reportIds: undefined }))
    if (!titleTouched.current && title.trim() === '') setTitle(suggestedTitle(report))
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (busy.current) return
    const problems: Partial<Record<Field, string>> = {}
    if (title.trim() === '') problems.title = t('validation.required')
    if (chosen.length === 0) problems.reportIds = t('worksheets.problem.needsReport')
    if (Object.keys(problems).length > 0) {
      showErrorsAndFocus(formRef.current, () => {
        setErrors(problems)
        setStatus(null)
      })
      return
    }
    busy.current = true
    const result = await createWorksheet({ title: title.trim(), reportIds: chosen.map((report) => report.id) })
    busy.current = false
    if (result.ok) {
      goToHash(worksheetHref(result.data.id), { replace: true })
      return
    }
    const formErrors = toFormErrors(result.error)
    const fieldErrors: Partial<Record<Field, string>> = {}
    for (const [path, key] of Object.entries(formErrors.fieldErrors)) {
      const field: Field = path.startsWith('reportIds') ? 'reportIds' : 'title'
      fieldErrors[field] ??= messageText(key)
    }
    showErrorsAndFocus(formRef.current, () => {
      setErrors(fieldErrors)
      setStatus({ tone: 'error', text: t(formErrors.formMessage) })
    })
  }

  return (
    <>
      <PageHeading>{t('worksheets.create.heading')}</PageHeading>
      <p className="page-intro">{t('worksheets.create.intro')}</p>
      <form ref={formRef} className="card new-worksheet" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          label={t('worksheets.create.title')}
          value={title}
          maxLength={300}
          required
          className="field--wide"
          error={errors.title}
          onChange={(event) => {
            titleTouched.current = true
            setTitle(event.target.value)
          }}
        />
        <section aria-labelledby={reportsHeadingId}>
          <h2 id={reportsHeadingId}>{t('worksheets.create.chosenHeading')}</h2>
          <ChosenReports
            reports={chosen}
            error={errors.reportIds}
            errorId={reportsErrorId}
            onRemove={(report) => setChosen((previous) => previous.filter((r) => r.id !== report.id))}
          />
          <ReportPicker chosenIds={chosen.map((report) => report.id)} onAdd={add} errorId={errors.reportIds ? reportsErrorId : undefined} />
        </section>
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {t('worksheets.create.submit')}
          </button>
          <a href={worksheetListHref}>{t('worksheets.create.cancel')}</a>
          <StatusMessage status={status} />
        </div>
      </form>
    </>
  )
}
