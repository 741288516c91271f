import { useTranslation } from 'react-i18next'
import { useWorksheet } from '../../../api/useWorksheet'
import { PageHeading } from '../../../components/PageHeading'
import { KnownPhrasesProvider, useKnownPhrasesList } from '../CheckedField'
import { useErrorText } from '../useErrorText'
import { worksheetListHref } from '../worksheetRoutes'
import { FishboneSection } from './FishboneSection'
import { ProblemSection } from './ProblemSection'
import { ReportsSection } from './ReportsSection'
import { RootCausesSection } from './RootCausesSection'
import { StatusSection } from './StatusSection'
import { WhysSection } from './WhysSection'

/**
 * One worksheet, in the order the committee works through it: the reports, the problem, the 5
 * Whys, the fishbone, then root causes with their actions, and finally its status and PDF.
 * Each section saves on its own and says so in its own polite status line.
 */
export function WorksheetEditor({ id }: { id: number }) {
  const { t } = useTranslation()
  const errorText = useErrorText()
  const handle = useWorksheet(id)
  const known = useKnownPhrasesList()
  const { state } = handle

  // The h1 is there from the first render (its text changes once loaded), so the page's focus
  // move on arrival has somewhere to land.
  const heading = state.status === 'ready' ? state.worksheet.title : t('worksheets.print.documentTitle')
  return (
    <KnownPhrasesProvider value={known}>
      <p className="back-link">
        <a href={worksheetListHref}>{t('worksheets.editor.backToList')}</a>
      </p>
      <div className="worksheet-heading">
        <PageHeading>{heading}</PageHeading>
        {state.status === 'ready' && (
          <span className={`worksheet-status worksheet-status--${state.worksheet.status}`}>
            {t(`worksheets.statuses.${state.worksheet.status}`)}
          </span>
        )}
      </div>
      {state.status === 'loading' && <p className="loading">{t('app.loading')}</p>}
      {state.status === 'error' && (
        <p className="status status--error" role="alert">
          {state.error.code === 'NOT_FOUND' ? t('worksheets.editor.notFound') : `${t('worksheets.editor.loadFailed')} ${errorText(state.error)}`}
        </p>
      )}
      {state.status === 'ready' && (
        <>
          <p className="page-intro worksheet-prompt">{t('worksheets.editor.prompt')}</p>
          <ReportsSection worksheet={state.worksheet} handle={handle} />
          <ProblemSection worksheet={state.worksheet} handle={handle} />
          <WhysSection worksheet={state.worksheet} handle={handle} />
          <FishboneSection worksheet={state.worksheet} handle={handle} />
          <RootCausesSection worksheet={state.worksheet} handle={handle} />
          <StatusSection worksheet={state.worksheet} handle={handle} />
        </>
      )}
    </KnownPhrasesProvider>
  )
}
