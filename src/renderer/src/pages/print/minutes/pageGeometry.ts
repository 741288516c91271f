/**
 * Page geometry of the meeting documents, shared with meetingDocuments.css (`@page meeting`):
 * US Letter with 16 mm margins and 20 mm at the foot, where Chromium prints "Page X of Y".
 * The documents are laid out at exactly the printable width on screen too, so a height measured
 * on screen is the height on paper.
 */
const MM_PER_INCH = 25.4
const CSS_PX_PER_INCH = 96
const LETTER_HEIGHT_MM = 11 * MM_PER_INCH
export const MARGIN_TOP_MM = 16
export const MARGIN_BOTTOM_MM = 20
export const PRINTABLE_HEIGHT_PX = ((LETTER_HEIGHT_MM - MARGIN_TOP_MM - MARGIN_BOTTOM_MM) / MM_PER_INCH) * CSS_PX_PER_INCH

/**
 * Shrinks a one-page document's type (sized in em) until it fits one page, from `basePt` down to
 * `smallestPt`. jsdom has no layout (height 0), so there it keeps the base size.
 */
export function fitOnePage(element: HTMLElement, { basePt, smallestPt, stepPt = 0.25 }: { basePt: number; smallestPt: number; stepPt?: number }): number {
  let size = basePt
  element.style.fontSize = `${size}pt`
  // A pixel of slack: fractional layout can round up on paper.
  while (element.scrollHeight > PRINTABLE_HEIGHT_PX - 1 && size > smallestPt) {
    size = Math.max(smallestPt, size - stepPt)
    element.style.fontSize = `${size}pt`
  }
  return size
}
