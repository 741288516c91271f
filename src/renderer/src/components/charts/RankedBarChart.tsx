import { useTranslation } from 'react-i18next'
import { Bar, BarChart, LabelList, ResponsiveContainer, Text, XAxis, YAxis } from 'recharts'
import { formatNumber } from '../../i18n/format'
import { ChartFigure } from './ChartFigure'
import { CHART_COLORS, CHART_FONT, TOP_ROWS, type ChartVariant } from './chartTheme'

export interface NamedCount {
  name: string
  count: number
}

export interface RankedBarChartProps {
  rows: readonly NamedCount[]
  variant?: ChartVariant
  /** Print width in CSS pixels; the height follows from the number of bars. */
  width?: number
  className?: string
  titleAs?: 'span' | 'h2'
}

interface RankedBarChartSetup {
  title: string
  nameColumn: string
}

/** The most frequent first; ties in name order so the chart is the same on every print. */
export const topRows = (rows: readonly NamedCount[], limit = TOP_ROWS): NamedCount[] =>
  rows
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, limit)

interface NameTickProps {
  x?: number | string
  y?: number | string
  payload?: { value?: unknown }
  labelWidth: number
  fontSize: number
}

/** A category name at the left of its bar, wrapped to two lines and cut with "…" beyond that. */
function NameTick({ x = 0, y = 0, payload, labelWidth, fontSize }: NameTickProps) {
  return (
    <Text
      x={Number(x) - 6}
      y={Number(y)}
      width={labelWidth - 10}
      maxLines={2}
      textAnchor="end"
      verticalAnchor="middle"
      fill={CHART_COLORS.label}
      fontSize={fontSize}
      lineHeight="1.1em"
    >
      {String(payload?.value ?? '')}
    </Text>
  )
}

/**
 * Horizontal bars, one per name, each with its count as text: long names stay readable, and
 * the order is the ranking. Only the top eight are drawn (and listed for screen readers).
 */
function RankedBarChart({ rows, variant = 'screen', width = 330, className, titleAs, title, nameColumn }: RankedBarChartProps & RankedBarChartSetup) {
  const { t, i18n } = useTranslation()
  const locale = i18n.language
  const data = topRows(rows)
  const print = variant === 'print'
  const fontSize = print ? 10.5 : 14
  const rowHeight = print ? 26 : 36
  const height = data.length * rowHeight + 8
  const labelWidth = print ? Math.round(width * 0.42) : 220

  const chart = (chartWidth: number | undefined, chartHeight: number | undefined) => (
    <BarChart
      layout="vertical"
      width={chartWidth}
      height={chartHeight}
      data={data}
      margin={{ top: 4, right: 36, bottom: 4, left: 0 }}
      accessibilityLayer={false}
      style={{ fontFamily: CHART_FONT }}
    >
      <XAxis type="number" hide allowDecimals={false} domain={[0, (max: number) => Math.max(1, max)]} />
      <YAxis
        type="category"
        dataKey="name"
        width={labelWidth}
        interval={0}
        tickLine={false}
        stroke={CHART_COLORS.axis}
        tick={(props: Omit<NameTickProps, 'labelWidth' | 'fontSize'>) => <NameTick {...props} labelWidth={labelWidth} fontSize={fontSize} />}
      />
      <Bar dataKey="count" fill={CHART_COLORS.bar} isAnimationActive={!print} barSize={print ? 14 : 20}>
        <LabelList dataKey="count" position="right" fill={CHART_COLORS.label} fontSize={fontSize} fontWeight={600} />
      </Bar>
    </BarChart>
  )

  return (
    <ChartFigure
      className={className}
      titleAs={titleAs}
      title={title}
      caption={t('meetingDocuments.charts.rankedCaption', { count: TOP_ROWS })}
      columns={[nameColumn, t('meetingDocuments.charts.countColumn')]}
      rows={data.map((row) => ({ label: row.name, value: formatNumber(row.count, locale) }))}
      emptyText={t('meetingDocuments.charts.noData')}
    >
      {print ? (
        chart(width, height)
      ) : (
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 480, height }}>
          {chart(undefined, undefined)}
        </ResponsiveContainer>
      )}
    </ChartFigure>
  )
}

/** Near misses by hazard category (the top eight). */
export function CategoryChart(props: RankedBarChartProps) {
  const { t } = useTranslation()
  return <RankedBarChart {...props} title={t('meetingDocuments.charts.categoryTitle')} nameColumn={t('meetingDocuments.charts.categoryColumn')} />
}

/** Near misses by place (the top eight). */
export function LocationChart(props: RankedBarChartProps) {
  const { t } = useTranslation()
  return <RankedBarChart {...props} title={t('meetingDocuments.charts.locationTitle')} nameColumn={t('meetingDocuments.charts.locationColumn')} />
}
