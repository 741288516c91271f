import { useFocusHeadingOnViewChange } from '../../router/useFocusHeadingOnViewChange'
import { useHash } from '../../router/useHashRoute'
import { NewWorksheet } from './NewWorksheet'
import { WorksheetEditor } from './editor/WorksheetEditor'
import { WorksheetList } from './WorksheetList'
import { parseWorksheetHash, viewKey } from './worksheetRoutes'

/**
 * `#/worksheets...`: the list, a new worksheet, or one worksheet. The frame moves focus to the
 * h1 only when the navigation entry changes, so moving between these views (same entry) is
 * announced here the same way.
 */
export function WorksheetsPage() {
  const view = parseWorksheetHash(useHash())
  const key = viewKey(view)
  const containerRef = useFocusHeadingOnViewChange(key)

  return (
    <div ref={containerRef} className="worksheets-page">
      {view.kind === 'list' && <WorksheetList />}
      {view.kind === 'new' && <NewWorksheet key={key} initialReportIds={view.reportIds} />}
      {view.kind === 'editor' && <WorksheetEditor key={key} id={view.id} />}
    </div>
  )
}
