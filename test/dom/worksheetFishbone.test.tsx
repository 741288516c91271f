import { describe, expect, it } from 'vitest'
import { FISHBONE_BRANCHES } from '../../src/shared/domain/referenceLists'
import { layoutFishbone, wrapText, type FishboneCauseInput } from '../../src/renderer/src/pages/worksheets/fishboneLayout'

describe('fishbone drawing: text wrapping', () => {
  it('breaks at spaces, cuts words longer than a line, and ends a long text with an ellipsis', () => {
    expect(wrapText('Heavy boxes are stored on the top shelf', 16, 4)).toEqual(['Heavy boxes are', 'stored on the', 'top shelf'])
    expect(wrapText('Supercalifragilistic', 8, 4)).toEqual(['Supercal', 'ifragili', 'stic'])
    expect(wrapText('one two three four five six seven', 9, 2)).toEqual(['one two', 'three…'])
    expect(wrapText('  spaced \n out  ', 20, 2)).toEqual(['spaced out'])
  })
})

describe('fishbone drawing: layout', () => {
  const causes: FishboneCauseInput[] = FISHBONE_BRANCHES.flatMap((branch, b) =>
    Array.from({ length: 4 }, (_, k) => ({
      id: b * 10 + k,
      branch,
      text: `${branch} cause ${k + 1}: sockets are only on one wall of the older classrooms`,
      isRootCause: k === 0
    }))
  )

  it('puts three branches above the spine and three below, in DOMAIN.md order', () => {
    const layout = layoutFishbone('Students trip over cables', causes)
    expect(layout.branches.map((branch) => [branch.branch, branch.top])).toEqual(FISHBONE_BRANCHES.map((branch, index) => [branch, index < 3]))
    for (const branch of layout.branches) expect(branch.top ? branch.endY < layout.spineY : branch.endY > layout.spineY).toBe(true)
  })

  it('keeps every cause beside its own bone, without overlapping the next cause or leaving the drawing', () => {
    for (const options of [{}, { fontSize: 18, labelFontSize: 18, causeChars: 22 }]) {
      const layout = layoutFishbone('Students trip over cables', causes, options)
      const charWidth = layout.fontSize * 0.56 // a bold Source Sans 3 character, generously
      for (const branch of layout.branches) {
        branch.causes.forEach((cause, index) => {
          const widest = Math.max(...cause.lines.map((line, n) => line.length + (n === 0 && cause.isRootCause ? 5 : 0)))
          expect(cause.textX - widest * charWidth, `${branch.branch} #${index} runs off the left edge`).toBeGreaterThan(0)
          expect(cause.textX).toBeLessThan(cause.joinX)
          const next = branch.causes[index + 1]
          if (next) expect(next.firstBaseline - (cause.firstBaseline + (cause.lines.length - 1) * layout.lineHeight)).toBeGreaterThanOrEqual(layout.lineHeight)
          // Between the label and the spine.
          const [low, high] = branch.top ? [branch.endY, layout.spineY] : [layout.spineY, branch.endY]
          expect(cause.firstBaseline).toBeGreaterThan(low)
          expect(cause.joinY).toBeLessThan(high)
        })
      }
      expect(layout.head.x + layout.head.width).toBeLessThanOrEqual(layout.width)
    }
  })
})
