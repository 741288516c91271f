export { MonthlyTrendChart, type MonthlyCount } from './MonthlyTrendChart'
export { CategoryChart, LocationChart, topRows, type NamedCount } from './RankedBarChart'
export type { ChartVariant } from './chartTheme'
