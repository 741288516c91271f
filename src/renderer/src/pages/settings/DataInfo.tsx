import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppInfo } from '../../api/useAppInfo'

/** Where the database file is, so the chair can point IT at it for backups. */
export function DataInfo() {
  const { t } = useTranslation()
  const info = useAppInfo()
  const headingId = useId()
  return (
    <section className="card data-info" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.dataSection')}</h2>
      {info.status === 'loading' && <p className="loading">{t('app.loading')}</p>}
      {info.status === 'error' && <p className="status status--error">{t(`errors.${info.error.code}`)}</p>}
      {info.status === 'ready' && (
        <dl>
          <dt>{t('settings.dataFile')}</dt>
          <dd>
            <code className="file-path">{info.info.databaseFile}</code>
          </dd>
          <dt>{t('settings.version')}</dt>
          <dd>{info.info.version}</dd>
        </dl>
      )}
    </section>
  )
}
