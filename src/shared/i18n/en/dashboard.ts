/** Catalog: the dashboard — trends over the last six months, from the reports themselves. */
export const dashboard = {
  heading: 'Dashboard',
  intro: 'Trends over the last six months. A rising number of reports is good news: it means people are speaking up.',
  period: 'From {{start}} to {{end}}:',
  summary: '{{reports}} reports filed; {{events}} events once reports of the same event are counted together.',
  empty: 'No near misses have been reported in the last six months.',
  emptyAction: 'Report a near miss',
  loadFailed: 'The trends could not be loaded. {{message}}',
  retry: 'Try again',
  meetingsNote: 'The same trends, for each review period, are in the meeting’s agenda and minutes.',
  meetingsLink: 'Go to Meetings'
} as const
