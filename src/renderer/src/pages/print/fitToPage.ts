/**
 * Page geometry shared with print.css: US Letter with 12 mm margins. The print view is laid out
 * at exactly the printable width on screen too, so its height on screen is its height on paper.
 */
const MM_PER_INCH = 25.4
const CSS_PX_PER_INCH = 96
export const PAGE_MARGIN_MM = 12
export const PRINTABLE_HEIGHT_PX = ((11 * MM_PER_INCH - 2 * PAGE_MARGIN_MM) / MM_PER_INCH) * CSS_PX_PER_INCH

/** The base type size in points and how far it may shrink for a school with long lists. */
export const BASE_FONT_PT = 9.5
const SMALLEST_FONT_PT = 7
const STEP_PT = 0.25

/**
 * Shrinks the document's type (everything is sized in em) until it fits one page. A school with
 * thirty locations still gets a one-page card, in smaller print, instead of a second page that
 * gets lost. Returns the size chosen. jsdom has no layout (height 0), so it keeps the base size.
 */
export function fitToOnePage(element: HTMLElement, availableHeightPx: number = PRINTABLE_HEIGHT_PX): number {
  let size = BASE_FONT_PT
  element.style.fontSize = `${size}pt`
  // A pixel of slack: fractional layout can round up on paper.
  while (element.scrollHeight > availableHeightPx - 1 && size > SMALLEST_FONT_PT) {
    size = Math.max(SMALLEST_FONT_PT, size - STEP_PT)
    element.style.fontSize = `${size}pt`
  }
  return size
}
