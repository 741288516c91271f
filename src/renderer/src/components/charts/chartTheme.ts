/**
 * Colours and sizes shared by the charts. Ratios are against white, as in styles/tokens.css:
 * bars 7.3:1 (WCAG 1.4.11 asks 3:1 for graphics), labels 15.6:1, axis 4.7:1. Every bar also
 * carries its number as text, so nothing depends on reading a bar's length or colour.
 */
export const CHART_COLORS = {
  bar: '#1d5a8c',
  label: '#1b2430',
  axis: '#6b7585',
  grid: '#d5dbe3'
} as const

export const CHART_FONT = "'Source Sans 3', 'Segoe UI', system-ui, sans-serif"

/** Horizontal charts show this many categories or places; the rest are fewer reports each. */
export const TOP_ROWS = 8

/**
 * `print`: fixed pixel size and no animation, so the PDF shows the finished chart and lays out
 * the same on every run. `screen`: fills its container.
 */
export type ChartVariant = 'screen' | 'print'

export interface ChartSize {
  width: number
  height: number
}
