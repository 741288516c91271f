import { fitOnePage } from '../minutes/pageGeometry'

/** The bulletin's body size, and how small it may get before the lists are better cut shorter. */
export const BULLETIN_FONT_PT = 11
const SMALLEST_FONT_PT = 8.5

/** One page on the notice board: long feedback sentences shrink the type a little, never onto a second sheet. */
export const fitBulletin = (element: HTMLElement): void => {
  fitOnePage(element, { basePt: BULLETIN_FONT_PT, smallestPt: SMALLEST_FONT_PT })
}
