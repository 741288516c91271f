import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { StatusMessage, type Status } from '../../../components/StatusMessage'
import { CheckedField } from '../CheckedField'
import { useErrorText } from '../useErrorText'
import type { SectionProps } from './sectionProps'

interface Values {
  title: string
  problemStatement: string
  timeline: string
}

const valuesOf = (worksheet: SectionProps['worksheet']): Values => ({
  title: worksheet.title,
  problemStatement: worksheet.problemStatement ?? '',
  timeline: worksheet.timeline ?? ''
})

/** Title, problem statement and a short timeline: the "head" of the fishbone. */
export function ProblemSection({ worksheet, handle }: SectionProps) {
  const { t } = useTranslation()
  const errorText = useErrorText()
  const headingId = useId()
  const [values, setValues] = useState<Values>(() => valuesOf(worksheet))
  const [titleError, setTitleError] = useState<string | undefined>(undefined)
  const [status, setStatus] = useState<Status | null>(null)
  const stored = valuesOf(worksheet)
  const dirty = (Object.keys(values) as Array<keyof Values>).some((key) => values[key].trim() !== stored[key].trim())

  const set = (key: keyof Values) => (value: string) => {
    setValues((previous) => ({ ...previous, [key]: value }))
    setStatus(null)
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (values.title.trim() === '') {
      setTitleError(t('validation.required'))
      return
    }
    setTitleError(undefined)
    const result = await handle.update({ title: values.title, problemStatement: values.problemStatement, timeline: values.timeline })
    if (result.ok) {
      setValues(valuesOf(result.data))
      setStatus({ tone: 'success', text: t('worksheets.problemSection.saved') })
    } else {
      setStatus({ tone: 'error', text: errorText(result.error) })
    }
  }

  return (
    <section className="card worksheet-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('worksheets.problemSection.heading')}</h2>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <CheckedField
          label={t('worksheets.problemSection.title')}
          value={values.title}
          maxLength={300}
          required
          error={titleError}
          className="field--wide"
          onChange={(event) => set('title')(event.target.value)}
        />
        <CheckedField
          multiline
          label={t('worksheets.problemSection.statement')}
          hint={t('worksheets.problemSection.statementHint')}
          value={values.problemStatement}
          maxLength={4000}
          rows={3}
          onChange={(event) => set('problemStatement')(event.target.value)}
        />
        <CheckedField
          multiline
          label={t('worksheets.problemSection.timeline')}
          hint={t('worksheets.problemSection.timelineHint')}
          value={values.timeline}
          maxLength={4000}
          rows={4}
          onChange={(event) => set('timeline')(event.target.value)}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {t('worksheets.problemSection.save')}
          </button>
          {dirty && <span className="unsaved">{t('worksheets.editor.unsaved')}</span>}
          <StatusMessage status={status} />
        </div>
      </form>
    </section>
  )
}
