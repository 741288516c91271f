/**
 * Just-culture and privacy guards for free text (DOMAIN.md "Privacy"). They warn, never block:
 * the point is to nudge the writer toward conditions and roles, not to police them.
 */
export type TextWarningKind = 'blame' | 'name'

export interface TextWarning {
  kind: TextWarningKind
  /** The words that triggered it, as written. */
  match: string
  index: number
}

/** Words and phrases that point at a person rather than the conditions around them. */
export const BLAME_PATTERNS: readonly RegExp[] = [
  /\bcareless(ly|ness)?\b/gi,
  /\bfailed to\b/gi,
  /\b(his|her|their|my|your|staff|teacher'?s?|student'?s?)\s+fault\b/gi,
  /\bat fault\b/gi,
  /\bfault of\b/gi,
  /\bshould(n't| not)? have\b/gi,
  /\blazy\b/gi,
  /\bnegligen(t|ce)\b/gi,
  /\bstupid\b/gi,
  /\bincompetent\b/gi,
  /\bnot paying attention\b/gi,
  /\bignored (the )?(rules?|instructions?|warnings?)\b/gi,
  /\bblame[ds]?\b/gi
]

const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr|Coach|Principal|Nurse)\.?`
const CAP = String.raw`[A-Z][a-z'’-]+`
/** "Mr. Smith", "Coach Lee". */
const TITLED_NAME = new RegExp(String.raw`\b${TITLE}\s+${CAP}\b`, 'g')
/** Two capitalised words in a row ("Jordan Miller"), checked against known places below. */
const TWO_CAPS = new RegExp(String.raw`\b${CAP}\s+${CAP}\b`, 'g')

/** Capitalised pairs that are common in school text and are not people. */
const NOT_NAMES = new Set(
  [
    'science lab', 'prep room', 'weight room', 'playing field', 'bus loop', 'field trip', 'front office',
    'main office', 'high school', 'middle school', 'elementary school', 'physical education',
    'fire drill', 'fire alarm', 'first aid', 'lost property'
  ].map((s) => s.toLowerCase())
)
const WEEKDAYS_MONTHS = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|On|In|At|After|Before|During|When|While|We|It|This|That|There|Then|No|Nobody)$/

export function findBlameWords(text: string): TextWarning[] {
  const found: TextWarning[] = []
  for (const pattern of BLAME_PATTERNS) {
    for (const m of text.matchAll(pattern)) found.push({ kind: 'blame', match: m[0], index: m.index ?? 0 })
  }
  return found.sort((a, b) => a.index - b.index)
}

/**
 * Text that looks like it names a person. `knownPhrases` are the school's own location and
 * list names, which may be capitalised pairs ("Room Twelve", "North Gym") but are not people.
 */
export function findLikelyNames(text: string, knownPhrases: readonly string[] = []): TextWarning[] {
  const known = new Set([...NOT_NAMES, ...knownPhrases.map((p) => p.toLowerCase())])
  const isKnown = (phrase: string) => [...known].some((k) => k.includes(phrase.toLowerCase()))
  const found: TextWarning[] = []
  for (const m of text.matchAll(TITLED_NAME)) found.push({ kind: 'name', match: m[0], index: m.index ?? 0 })
  for (const m of text.matchAll(TWO_CAPS)) {
    const [first, second] = m[0].split(/\s+/)
    if (!first || !second || WEEKDAYS_MONTHS.test(first) || WEEKDAYS_MONTHS.test(second)) continue
    if (isKnown(m[0])) continue
    if (found.some((f) => f.index <= (m.index ?? 0) && (m.index ?? 0) < f.index + f.match.length)) continue
    found.push({ kind: 'name', match: m[0], index: m.index ?? 0 })
  }
  return found.sort((a, b) => a.index - b.index)
}

/** Both checks over one text. */
export function checkText(text: string, knownPhrases: readonly string[] = []): TextWarning[] {
  return [...findBlameWords(text), ...findLikelyNames(text, knownPhrases)].sort((a, b) => a.index - b.index)
}
