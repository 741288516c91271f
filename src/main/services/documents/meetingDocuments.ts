import type { AgendaPayload, BulletinPayload, MinutesPayload } from '../../../shared/documents/printDocuments'
import { keepUntil } from '../../../shared/domain/meetings'
import type { ServiceContext } from '../context'
import { meetingService } from '../meetings/meetingService'
import type { MeetingDetail } from '../meetings/types'
import { settingsService } from '../settingsService'

/** Payloads for the agenda, the minutes and the staff bulletin of one meeting. */
export function meetingDocuments(ctx: ServiceContext) {
  const meetings = meetingService(ctx)
  const header = () => {
    const s = settingsService(ctx).get()
    return { schoolName: s.schoolName, committeeName: s.committeeName, printedAt: ctx.now().toISOString(), retentionYears: s.minutesRetentionYears }
  }

  return {
    agenda(id: number): AgendaPayload {
      const { retentionYears: _r, ...rest } = header()
      return { ...rest, meeting: meetings.get(id) }
    },

    minutes(id: number): MinutesPayload {
      const live = meetings.get(id)
      // Approved minutes print exactly as approved; anything else prints as it stands now.
      const meeting = (meetings.snapshot(id) as MeetingDetail | null) ?? live
      const h = header()
      const previous = live.previousMeeting ? ctx.repos.meetings.get(live.previousMeeting.id) : undefined
      return {
        ...h,
        keepUntil: keepUntil(meeting.heldOn, h.retentionYears),
        meeting,
        previousMinutes: previous ? { heldOn: previous.heldOn, approvedHere: previous.approvedAtMeetingId === id } : null,
        amendments: live.amendments.map((a) => ({ amendedOn: a.amendedOn, text: a.text })),
        posting: live.minutesPostedWhere ? { where: live.minutesPostedWhere, on: live.minutesPostedOn } : null
      }
    },

    bulletin(id: number): BulletinPayload {
      const meeting = meetings.get(id)
      const period = { start: meeting.periodStart, end: meeting.periodEnd }
      const verified = ctx.repos.review.actionsVerifiedBetween(period.start, period.end)
      const { retentionYears: _r, ...rest } = header()
      return {
        ...rest,
        period,
        counts: {
          reported: meeting.review.nearMisses.reports,
          events: meeting.review.nearMisses.events,
          closed: meeting.review.feedback.length,
          verified: verified.length
        },
        closed: meeting.review.feedback,
        verified: verified.map((a) => ({ description: a.description, checkedOn: a.checkedOn, reportCodes: a.reportCodes ? a.reportCodes.split(',') : [] }))
      }
    }
  }
}
