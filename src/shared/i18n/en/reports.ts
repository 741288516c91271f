/** Catalog: the intake form ("Report a near miss") and the blank paper form. */
export const reports = {
  fields: {
    occurredOn: 'When did it happen?',
    occurredTime: 'Time (optional)',
    timeSlot: 'School time slot',
    locationId: 'Where?',
    locationDetails: 'Location details',
    categoryId: 'Hazard category',
    whatHappened: 'What happened?',
    whatCouldHaveHappened: 'What could have happened?',
    whatStoppedIt: 'What stopped it from becoming an injury?',
    involved: 'Who was involved?',
    involvedStudents: 'Students',
    involvedStaff: 'Staff',
    involvedVisitors: 'Visitors',
    involvedRoles: 'Roles (no names)',
    conditionIds: 'Conditions that made it possible',
    immediateAction: 'Immediate action taken',
    reporterName: 'Your name (optional)',
    reporterAnonymous: 'Report anonymously',
    reporterRole: 'Your role'
  }
} as const
