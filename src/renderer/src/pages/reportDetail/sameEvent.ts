import type { ReportDetail } from '../../api/useReport'

/**
 * Same-event links form a star: every report of an event points at its first report (main
 * enforces this when linking). These helpers work out, from what the page already has, whether
 * two reports share an event and which link to remove or add.
 */
interface Linkable {
  id: number
  sameEventAsId: number | null
}

const rootOf = (report: Linkable) => report.sameEventAsId ?? report.id

export const isSameEvent = (report: Linkable, other: Linkable): boolean => rootOf(report) === rootOf(other)

/** Reports that point at this one (it is the first report of their event). */
const hasFollowers = (report: ReportDetail) => report.sameEventReports.some((linked) => linked.id !== report.sameEventAsId)

/**
 * The link to write for "mark as same event": this report joins the other's event, unless this
 * one already heads an event of its own, in which case the other joins it (no chains).
 */
export function linkToMake(report: ReportDetail, other: Linkable): { id: number; sameAsId: number } {
  return hasFollowers(report) && report.sameEventAsId === null && other.sameEventAsId === null
    ? { id: other.id, sameAsId: report.id }
    : { id: report.id, sameAsId: other.id }
}

/** Which report's link to clear so that `other` and this report are no longer one event. */
export const linkToRemove = (report: ReportDetail, other: Linkable): number =>
  report.sameEventAsId !== null ? report.id : other.id
