import { useTranslation } from 'react-i18next'
import { toFormErrors } from '../../api/formErrors'
import { useWorksheetList } from '../../api/useWorksheet'
import { PageHeading } from '../../components/PageHeading'
import { formatDate } from '../../i18n/format'
import { newWorksheetHref, worksheetHref } from './worksheetRoutes'

/** Every worksheet: what it covers, how far it is, and how much is still open. */
export function WorksheetList() {
  const { t, i18n } = useTranslation()
  const state = useWorksheetList()

  return (
    <>
      <PageHeading>{t('worksheets.list.heading')}</PageHeading>
      <p className="page-intro">{t('worksheets.list.intro')}</p>
      <p>
        <a className="button button--primary" href={newWorksheetHref()}>
          {t('worksheets.list.newWorksheet')}
        </a>
      </p>
      {state.status === 'loading' && <p className="loading">{t('app.loading')}</p>}
      {state.status === 'error' && (
        <p className="status status--error" role="alert">
          {t('worksheets.list.loadFailed')} {t(toFormErrors(state.error).formMessage)}
        </p>
      )}
      {state.status === 'ready' && state.worksheets.length === 0 && <p className="empty">{t('worksheets.list.empty')}</p>}
      {state.status === 'ready' && state.worksheets.length > 0 && (
        <div className="table-scroll">
          <table className="data-table worksheet-table">
            <caption className="visually-hidden">
              {t('worksheets.list.tableCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('worksheets.list.columns.title')}</th>
                <th scope="col">{t('worksheets.list.columns.reports')}</th>
                <th scope="col">{t('worksheets.list.columns.status')}</th>
                <th scope="col" className="numeric">
                  {t('worksheets.list.columns.rootCauses')}
                </th>
                <th scope="col" className="numeric">
                  {t('worksheets.list.columns.openActions')}
                </th>
                <th scope="col">{t('worksheets.list.columns.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {state.worksheets.map((sheet) => (
                <tr key={sheet.id}>
                  <th scope="row">
                    <a href={worksheetHref(sheet.id)}>{sheet.title}</a>
                  </th>
                  <td>{sheet.reportCodes}</td>
                  <td>
                    <span className={`worksheet-status worksheet-status--${sheet.status}`}>{t(`worksheets.statuses.${sheet.status}`)}</span>
                  </td>
                  <td className="numeric">{sheet.rootCauseCount}</td>
                  <td className="numeric">{sheet.openActionCount}</td>
                  <td>{formatDate(new Date(sheet.updatedAt), i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
