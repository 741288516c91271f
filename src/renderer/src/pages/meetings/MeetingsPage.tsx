import { useFocusHeadingOnViewChange } from '../../router/useFocusHeadingOnViewChange'
import { useHash } from '../../router/useHashRoute'
import { MeetingList } from './MeetingList'
import { parseMeetingHash, viewKey } from './meetingRoutes'
import { MeetingWorkspace } from './workspace/MeetingWorkspace'

/**
 * `#/meetings...`: the list, or one meeting's workspace. The frame moves focus to the h1 only
 * when the navigation entry changes, so moving between these views is announced here.
 */
export function MeetingsPage() {
  const view = parseMeetingHash(useHash())
  const key = viewKey(view)
  const containerRef = useFocusHeadingOnViewChange(key)

  return (
    <div ref={containerRef} className="meetings-page">
      {view.kind === 'list' && <MeetingList />}
      {view.kind === 'workspace' && <MeetingWorkspace key={key} id={view.id} />}
    </div>
  )
}
