import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReferenceListKind } from '../../../../shared/domain/referenceLists'
import { useSettings } from '../../api/useSettings'
import { PageHeading } from '../../components/PageHeading'
import { DataInfo } from './DataInfo'
import { ListEditor } from './lists/ListEditor'
import { SettingsForm } from './SettingsForm'

const LIST_ORDER: readonly ReferenceListKind[] = ['locations', 'categories', 'conditions', 'members']

export function SettingsPage() {
  const { t } = useTranslation()
  const { state } = useSettings()
  const schoolHeadingId = useId()
  return (
    <>
      <PageHeading>{t('settings.heading')}</PageHeading>
      <section className="card" aria-labelledby={schoolHeadingId}>
        <h2 id={schoolHeadingId}>{t('settings.schoolSection')}</h2>
        {state.status === 'loading' && <p className="loading">{t('app.loading')}</p>}
        {state.status === 'error' && (
          <p className="status status--error" role="alert">
            {t(`errors.${state.error.code}`)}
          </p>
        )}
        {state.status === 'ready' && <SettingsForm settings={state.settings} />}
      </section>
      <p className="lists-intro">{t('settings.listsIntro')}</p>
      <div className="list-grid">
        {LIST_ORDER.map((kind) => (
          <ListEditor key={kind} kind={kind} />
        ))}
      </div>
      <DataInfo />
    </>
  )
}
