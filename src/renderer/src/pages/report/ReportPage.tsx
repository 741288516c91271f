import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { getIntakeDraft } from '../../api/intake'
import { toFormErrors } from '../../api/formErrors'
import { useReferenceList, type ListState } from '../../api/useReferenceList'
import { PageHeading } from '../../components/PageHeading'
import { BlankFormExport } from './BlankFormExport'
import { IntakeForm } from './IntakeForm'

type DraftState = { status: 'loading' } | { status: 'ready'; draft: Record<string, unknown> | null }

/** "Report a near miss": intro, the intake form, and the blank paper form for printing. */
export function ReportPage() {
  const { t } = useTranslation()
  const locations = useReferenceList('locations', false)
  const categories = useReferenceList('categories', false)
  const conditions = useReferenceList('conditions', false)
  const [draft, setDraft] = useState<DraftState>({ status: 'loading' })

  // The form starts from the stored draft, so it waits for it rather than swapping text in
  // under the cursor. A draft that cannot be read is no reason to refuse a new report.
  useEffect(() => {
    let current = true
    void getIntakeDraft().then((result) => {
      if (current) setDraft({ status: 'ready', draft: result.ok ? result.data : null })
    })
    return () => {
      current = false
    }
  }, [])

  const states: ListState[] = [locations.state, conditions.state, categories.state]
  const failed = states.find((state) => state.status === 'error')
  const items = (state: ListState) => (state.status === 'ready' ? state.items : [])
  const ready = draft.status === 'ready' && states.every((state) => state.status === 'ready')

  return (
    <>
      <PageHeading>{t('nav.report')}</PageHeading>
      <div className="intake-intro">
        <p className="intake-intro__question">{t('reports.intake.intro')}</p>
        <p>{t('reports.intake.introCulture')}</p>
      </div>
      {failed?.status === 'error' && (
        <p className="status status--error" role="alert">
          {t(toFormErrors(failed.error).formMessage)}
        </p>
      )}
      {!failed && !ready && <p className="loading">{t('app.loading')}</p>}
      {!failed && ready && draft.status === 'ready' && (
        <IntakeForm
          draft={draft.draft}
          lists={{ locations: items(locations.state), categories: items(categories.state), conditions: items(conditions.state) }}
        />
      )}
      <BlankFormExport />
    </>
  )
}
