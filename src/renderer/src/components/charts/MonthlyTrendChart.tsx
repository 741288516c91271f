import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ResponsiveContainer, XAxis, YAxis, type BarShapeProps } from 'recharts'
import { formatNumber } from '../../i18n/format'
import { ChartFigure } from './ChartFigure'
import { CHART_COLORS, CHART_FONT, type ChartSize, type ChartVariant } from './chartTheme'
import { formatMonth } from './monthLabel'

export interface MonthlyCount {
  /** YYYY-MM */
  month: string
  count: number
}

interface MonthlyTrendChartProps {
  /** Oldest first; months without reports are present at zero. */
  monthly: readonly MonthlyCount[]
  variant?: ChartVariant
  /** Print size in CSS pixels. */
  size?: ChartSize
  className?: string
  titleAs?: 'span' | 'h2'
}

/**
 * The plain bar, given as a custom shape only because recharts drops zero-height bars (and their
 * labels) otherwise: a month with no reports must still say "0".
 */
const barShape = (props: BarShapeProps) => <Rectangle {...props} />

const PRINT_SIZE: ChartSize = { width: 640, height: 170 }
const SCREEN_HEIGHT = 260

/**
 * Near misses per month, as bars with their numbers on top. The data counts each event once
 * (reports linked as the same event are one), so a busy month is more hazards, not more paperwork.
 */
export function MonthlyTrendChart({ monthly, variant = 'screen', size = PRINT_SIZE, className, titleAs }: MonthlyTrendChartProps) {
  const { t, i18n } = useTranslation()
  const locale = i18n.language
  const data = monthly.map((m) => ({ label: formatMonth(m.month, locale), count: m.count }))
  const print = variant === 'print'
  const fontSize = print ? 11 : 14

  const chart = (width: number | undefined, height: number | undefined) => (
    <BarChart
      width={width}
      height={height}
      data={data}
      margin={{ top: fontSize + 6, right: 8, bottom: 0, left: 8 }}
      accessibilityLayer={false}
      style={{ fontFamily: CHART_FONT }}
    >
      <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
      <XAxis dataKey="label" interval={0} tickLine={false} stroke={CHART_COLORS.axis} tick={{ fill: CHART_COLORS.label, fontSize }} />
      <YAxis hide allowDecimals={false} domain={[0, (max: number) => Math.max(1, max)]} />
      <Bar dataKey="count" fill={CHART_COLORS.bar} isAnimationActive={!print} maxBarSize={print ? 48 : 64} shape={barShape}>
        <LabelList dataKey="count" position="top" fill={CHART_COLORS.label} fontSize={fontSize} fontWeight={600} />
      </Bar>
    </BarChart>
  )

  return (
    <ChartFigure
      className={className}
      titleAs={titleAs}
      title={t('meetingDocuments.charts.monthlyTitle')}
      caption={t('meetingDocuments.charts.monthlyCaption')}
      columns={[t('meetingDocuments.charts.monthColumn'), t('meetingDocuments.charts.countColumn')]}
      rows={monthly.map((m) => ({ label: formatMonth(m.month, locale, 'long'), value: formatNumber(m.count, locale) }))}
      emptyText={t('meetingDocuments.charts.noData')}
    >
      {print ? (
        chart(size.width, size.height)
      ) : (
        <ResponsiveContainer width="100%" height={SCREEN_HEIGHT} initialDimension={{ width: 640, height: SCREEN_HEIGHT }}>
          {chart(undefined, undefined)}
        </ResponsiveContainer>
      )}
    </ChartFigure>
  )
}
