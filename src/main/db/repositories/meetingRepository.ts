import { and, asc, desc, eq, lt, ne, sql } from 'drizzle-orm'
import type { AppDatabase } from '../openDatabase'
import { agendaItems, meetingAttendance, meetings, members, minutesAmendments } from '../schema'

export type MeetingRow = typeof meetings.$inferSelect
export type AgendaItemRow = typeof agendaItems.$inferSelect
export type NewAgendaItemRow = typeof agendaItems.$inferInsert
export type AmendmentRow = typeof minutesAmendments.$inferSelect

export interface AttendanceRow {
  memberId: number | null
  guestName: string | null
  attendance: string
  name: string
  role: string | null
}

export function meetingRepository(db: AppDatabase) {
  return {
    insert(row: typeof meetings.$inferInsert): MeetingRow {
      return db.orm.insert(meetings).values(row).returning().get()
    },

    update(id: number, changes: Partial<typeof meetings.$inferInsert>): MeetingRow | undefined {
      return db.orm.update(meetings).set(changes).where(eq(meetings.id, id)).returning().get()
    },

    get(id: number): MeetingRow | undefined {
      return db.orm.select().from(meetings).where(eq(meetings.id, id)).get()
    },

    list(): MeetingRow[] {
      return db.orm.select().from(meetings).orderBy(desc(meetings.heldOn), desc(meetings.id)).all()
    },

    /** The latest meeting held before `heldOn` (other than `exceptId`). */
    previous(heldOn: string, exceptId?: number): MeetingRow | undefined {
      return db.orm
        .select()
        .from(meetings)
        .where(and(lt(meetings.heldOn, heldOn), exceptId ? ne(meetings.id, exceptId) : undefined))
        .orderBy(desc(meetings.heldOn), desc(meetings.id))
        .limit(1)
        .get()
    },

    /** The next meeting after `heldOn`, if one is already scheduled. */
    next(heldOn: string): MeetingRow | undefined {
      return db.orm.select().from(meetings).where(sql`${meetings.heldOn} > ${heldOn}`).orderBy(asc(meetings.heldOn)).limit(1).get()
    },

    attendance(meetingId: number): AttendanceRow[] {
      return db.orm
        .select({
          memberId: meetingAttendance.memberId,
          guestName: meetingAttendance.guestName,
          attendance: meetingAttendance.attendance,
          name: sql<string>`coalesce(${members.name}, ${meetingAttendance.guestName}, '')`,
          role: members.role
        })
        .from(meetingAttendance)
        .leftJoin(members, eq(members.id, meetingAttendance.memberId))
        .where(eq(meetingAttendance.meetingId, meetingId))
        .orderBy(asc(meetingAttendance.id))
        .all()
    },

    replaceAttendance(meetingId: number, rows: ReadonlyArray<{ memberId: number | null; guestName: string | null; attendance: string }>): void {
      db.orm.delete(meetingAttendance).where(eq(meetingAttendance.meetingId, meetingId)).run()
      if (rows.length) db.orm.insert(meetingAttendance).values(rows.map((r) => ({ ...r, meetingId }))).run()
    },

    items(meetingId: number): AgendaItemRow[] {
      return db.orm.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).orderBy(asc(agendaItems.position), asc(agendaItems.id)).all()
    },

    getItem(id: number): AgendaItemRow | undefined {
      return db.orm.select().from(agendaItems).where(eq(agendaItems.id, id)).get()
    },

    insertItem(row: NewAgendaItemRow): AgendaItemRow {
      return db.orm.insert(agendaItems).values(row).returning().get()
    },

    updateItem(id: number, changes: Partial<NewAgendaItemRow>): AgendaItemRow | undefined {
      return db.orm.update(agendaItems).set(changes).where(eq(agendaItems.id, id)).returning().get()
    },

    deleteItem(id: number): void {
      db.orm.delete(agendaItems).where(eq(agendaItems.id, id)).run()
    },

    deleteItems(meetingId: number): void {
      db.orm.delete(agendaItems).where(eq(agendaItems.meetingId, meetingId)).run()
    },

    /** Recommendations made at meetings before `heldOn`, for "status of earlier recommendations". */
    earlierRecommendations(heldOn: string): Array<AgendaItemRow & { meetingHeldOn: string }> {
      return db.orm
        .select({ item: agendaItems, meetingHeldOn: meetings.heldOn })
        .from(agendaItems)
        .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
        .where(and(lt(meetings.heldOn, heldOn), sql`trim(coalesce(${agendaItems.recommendation}, '')) <> ''`))
        .orderBy(asc(meetings.heldOn), asc(agendaItems.position))
        .all()
        .map((r) => ({ ...r.item, meetingHeldOn: r.meetingHeldOn }))
    },

    amendments(meetingId: number): AmendmentRow[] {
      return db.orm.select().from(minutesAmendments).where(eq(minutesAmendments.meetingId, meetingId)).orderBy(asc(minutesAmendments.id)).all()
    },

    insertAmendment(row: typeof minutesAmendments.$inferInsert): AmendmentRow {
      return db.orm.insert(minutesAmendments).values(row).returning().get()
    }
  }
}

export type MeetingRepository = ReturnType<typeof meetingRepository>
