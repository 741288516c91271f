import type { ReactNode } from 'react'

export interface ChartRow {
  label: string
  value: string
}

interface ChartFigureProps {
  title: string
  caption: string
  /** Column headings of the data table that screen readers get instead of the picture. */
  columns: [string, string]
  rows: readonly ChartRow[]
  /** Said instead of a chart when there is nothing to draw. */
  emptyText: string
  className?: string
  /** On a page the title is a heading (h2) so screen-reader users can jump between charts. */
  titleAs?: 'span' | 'h2'
  children: ReactNode
}

/**
 * A chart as a figure: a visible title and caption, the picture hidden from assistive technology,
 * and the same numbers as a visually hidden table, which is what a screen reader reads (and what
 * a tagged PDF carries). With no data the figure says so in words instead of drawing empty axes.
 */
export function ChartFigure({ title, caption, columns, rows, emptyText, className, titleAs: Title = 'span', children }: ChartFigureProps) {
  const empty = rows.length === 0
  return (
    <figure className={['chart', className].filter(Boolean).join(' ')}>
      <figcaption className="chart__caption">
        <Title className="chart__title">{title}</Title> <span className="chart__note">{caption}</span>
      </figcaption>
      {empty ? (
        <p className="chart__empty">{emptyText}</p>
      ) : (
        <>
          <div className="chart__plot" aria-hidden="true">
            {children}
          </div>
          <table className="visually-hidden">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{columns[0]}</th>
                <th scope="col">{columns[1]}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td>{row.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  )
}
