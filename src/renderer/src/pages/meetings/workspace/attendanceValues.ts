import type { TFunction } from 'i18next'
import type { MeetingDetail } from '../../../api/meetings'

type Attendance = MeetingDetail['attendance']

/** "Present: 5. Absent: 1. Excused: 0. Guests: 1." or null when nothing is recorded. */
export function attendanceSummary(attendance: Attendance, t: TFunction): string | null {
  if (attendance.length === 0) return null
  const count = (kind: Attendance[number]['attendance']) => attendance.filter((a) => a.attendance === kind).length
  return t('meetings.attendance.summary', { present: String(count('present')), absent: String(count('absent')), excused: String(count('excused')), guests: String(count('guest')) })
}
