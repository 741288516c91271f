import { FISHBONE_BRANCHES, type FishboneBranch } from '../../../../shared/domain/referenceLists'

/**
 * Geometry of the fishbone drawing, kept apart from React so it can be tested and shared by the
 * screen and the PDF. SVG has no text wrapping, so lines are broken by an estimate of how many
 * characters fit (Source Sans 3 averages about half an em per character).
 */
export interface FishboneCauseInput {
  id: number
  branch: FishboneBranch
  text: string
  isRootCause: boolean
}

export interface LaidOutCause {
  id: number
  isRootCause: boolean
  lines: string[]
  /** Where the cause meets its bone, and where its text ends (text is right-aligned there). */
  joinX: number
  joinY: number
  textX: number
  /** Baseline of the first line. */
  firstBaseline: number
}

export interface LaidOutBranch {
  branch: FishboneBranch
  top: boolean
  /** Where the bone leaves the spine, and its far end at the label. */
  baseX: number
  endX: number
  endY: number
  labelY: number
  causes: LaidOutCause[]
}

export interface FishboneLayout {
  width: number
  height: number
  spineY: number
  spineStartX: number
  head: { x: number; y: number; width: number; height: number; lines: string[]; lineHeight: number }
  branches: LaidOutBranch[]
  fontSize: number
  labelFontSize: number
  headFontSize: number
  lineHeight: number
  labelHeight: number
}

export interface FishboneOptions {
  /** Characters per line of cause text. */
  causeChars?: number
  headChars?: number
  maxCauseLines?: number
  maxHeadLines?: number
  /** Type sizes in drawing units (the drawing is 1160 wide); bigger for paper, where it shrinks. */
  fontSize?: number
  labelFontSize?: number
}

const WIDTH = 1160
const HEAD_WIDTH = 220
const HEAD_X = WIDTH - HEAD_WIDTH - 10
const COLUMN = 280
const SLANT = 60
const CAUSE_GAP = 8
const MIN_BONE = 70

/** Breaks text into lines of at most `chars` characters at spaces; over-long words are cut. */
export function wrapText(text: string, chars: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ')
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    const pieces = word.length > chars ? (word.match(new RegExp(`.{1,${chars}}`, 'g')) ?? [word]) : [word]
    for (const piece of pieces) {
      if (line === '') line = piece
      else if (line.length + 1 + piece.length <= chars) line = `${line} ${piece}`
      else {
        lines.push(line)
        line = piece
      }
    }
  }
  if (line !== '') lines.push(line)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  const last = kept[maxLines - 1] ?? ''
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, chars - 1)).trimEnd()}…`
  return kept
}

/** Three branches above the spine and three below, in DOMAIN.md's order, left to right. */
export function layoutFishbone(problem: string, causes: readonly FishboneCauseInput[], options: FishboneOptions = {}): FishboneLayout {
  const causeChars = options.causeChars ?? 30
  const headChars = options.headChars ?? 24
  const maxCauseLines = options.maxCauseLines ?? 4
  const maxHeadLines = options.maxHeadLines ?? 7
  const FONT = options.fontSize ?? 13
  const LINE = Math.round(FONT * 1.25)
  const LABEL_FONT = options.labelFontSize ?? 14
  const LABEL_HEIGHT = Math.round(LABEL_FONT * 2.1)
  const HEAD_FONT = FONT + 1
  const HEAD_LINE = Math.round(HEAD_FONT * 1.25)

  const wrapped = FISHBONE_BRANCHES.map((branch, index) => {
    const list = causes
      .filter((cause) => cause.branch === branch)
      .map((cause) => ({ cause, lines: wrapText(cause.text, causeChars, maxCauseLines) }))
    const height = list.reduce((sum, item) => sum + item.lines.length * LINE + CAUSE_GAP, 0)
    return { branch, top: index < 3, column: index % 3, list, height }
  })

  const headLines = wrapText(problem, headChars, maxHeadLines)
  const headHeight = Math.max(64, headLines.length * HEAD_LINE + 20)
  const boneFor = (top: boolean) => Math.max(MIN_BONE, ...wrapped.filter((w) => w.top === top).map((w) => w.height + 16))
  const topBone = Math.max(boneFor(true), headHeight / 2 - LABEL_HEIGHT)
  const bottomBone = Math.max(boneFor(false), headHeight / 2 - LABEL_HEIGHT)
  const spineY = LABEL_HEIGHT + topBone + 10
  const height = spineY + bottomBone + 10 + LABEL_HEIGHT

  const branches: LaidOutBranch[] = wrapped.map(({ branch, top, column, list }) => {
    const baseX = HEAD_X - 20 - (2 - column) * COLUMN
    const endX = baseX - SLANT
    const endY = top ? LABEL_HEIGHT : height - LABEL_HEIGHT
    const boneLength = Math.abs(spineY - endY)
    const xAt = (y: number) => baseX - (SLANT * Math.abs(spineY - y)) / boneLength
    // Causes run from the label end towards the spine, in the order they were added.
    let y = top ? endY + 12 : spineY + 12
    const laid = list.map(({ cause, lines }) => {
      const blockHeight = lines.length * LINE
      const joinY = y + blockHeight - 4
      const joinX = xAt(joinY)
      // The bone slants, so right-align the whole block left of its leftmost point beside it.
      const leftmostBone = Math.min(xAt(y), xAt(y + blockHeight))
      const item: LaidOutCause = {
        id: cause.id,
        isRootCause: cause.isRootCause,
        lines,
        joinX,
        joinY,
        textX: leftmostBone - 10,
        firstBaseline: y + FONT - 2
      }
      y += blockHeight + CAUSE_GAP
      return item
    })
    return { branch, top, baseX, endX, endY, labelY: top ? LABEL_HEIGHT / 2 : height - LABEL_HEIGHT / 2, causes: laid }
  })

  return {
    width: WIDTH,
    height,
    spineY,
    spineStartX: 10,
    head: { x: HEAD_X, y: spineY - headHeight / 2, width: HEAD_WIDTH, height: headHeight, lines: headLines, lineHeight: HEAD_LINE },
    branches,
    fontSize: FONT,
    labelFontSize: LABEL_FONT,
    headFontSize: HEAD_FONT,
    lineHeight: LINE,
    labelHeight: LABEL_HEIGHT
  }
}
