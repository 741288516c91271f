import type { FishboneBranch } from './referenceLists'

/**
 * Default lists from DOMAIN.md, seeded once into a new database and editable afterwards.
 * These are English seed values, stored as data; the chair renames them freely.
 */
export const DEFAULT_LOCATIONS: readonly string[] = [
  'Science lab / prep room',
  'CTE shop',
  'Gym / weight room',
  'Playing field',
  'Playground',
  'Cafeteria / kitchen',
  'Hallway / stairs',
  'Classroom',
  'Library',
  'Office',
  'Bus loop / parking',
  'Custodial / storage',
  'Field trip',
  'Other'
]

export const DEFAULT_CATEGORIES: readonly string[] = [
  'Slips, trips and falls',
  'Falling or tipping objects',
  'Chemical',
  'Equipment and tools',
  'Electrical',
  'Fire and heat',
  'Sharp objects',
  'Vehicles and traffic',
  'Sports and PE',
  'Playground',
  'Food and allergens',
  'Medical',
  'Security and access (door propped open)',
  'Weather',
  'Other'
]

export const DEFAULT_CONDITIONS: ReadonlyArray<{ name: string; branch: FishboneBranch }> = [
  { name: 'Equipment stored too high or in an unsafe place', branch: 'environment' },
  { name: 'Crowded or poorly designed workspace', branch: 'environment' },
  { name: 'Poor lighting or visibility', branch: 'environment' },
  { name: 'Wet, uneven or cluttered floor', branch: 'environment' },
  { name: 'Equipment worn, damaged or unstable', branch: 'equipment' },
  { name: 'Missing or unsuitable equipment', branch: 'equipment' },
  { name: 'Time pressure that encourages rushing', branch: 'procedures' },
  { name: 'Procedure relies on memory rather than structure', branch: 'procedures' },
  { name: 'No procedure for this task', branch: 'procedures' },
  { name: 'Mismatch between training, expectations and reality', branch: 'training' },
  { name: 'Information not passed on', branch: 'training' },
  { name: 'Too few adults for the number of students', branch: 'supervision' },
  { name: 'Area not supervised at this time', branch: 'supervision' },
  { name: 'Schedule or bell timing', branch: 'organization' },
  { name: 'Maintenance request not acted on', branch: 'organization' }
]

/** School time slots are a fixed vocabulary (stored as keys, shown through the catalog). */
export const TIME_SLOTS = [
  'beforeSchool',
  'classTime',
  'passingPeriod',
  'recess',
  'lunch',
  'afterSchool',
  'dismissal',
  'event',
  'other'
] as const
export type TimeSlot = (typeof TIME_SLOTS)[number]
