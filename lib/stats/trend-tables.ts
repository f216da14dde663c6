import 'server-only'
import { agreementsByState, expirationsByMonth, newAgreementsByMonth, phaseOutChart } from './charts.ts'
import { monthModelTable, phaseOutTable, stateTable, type ChartTable } from './chart-tables.ts'
import { todayIso } from '../dates.ts'
import { csvHref, type TrendChart, type ViewParams } from './view-params.ts'

/** The table of one chart for the same parameters the page used: what the CSV download holds. */
export async function trendTable(chart: TrendChart, view: Pick<ViewParams, 'asOf' | 'range'>, today = todayIso()): Promise<ChartTable> {
  switch (chart) {
    case 'phase-out':
      return phaseOutTable((await phaseOutChart(view.range, today)).points)
    case 'new-agreements':
      return monthModelTable((await newAgreementsByMonth(today)).rows, 'Month signed')
    case 'by-state':
      return stateTable((await agreementsByState(view.asOf)).rows ?? [])
    case 'expirations':
      return monthModelTable((await expirationsByMonth()).rows, 'Month of expiry')
  }
}

const TITLES: Record<TrendChart, (view: Pick<ViewParams, 'asOf' | 'range'>) => string> = {
  'phase-out': (v) => `287(g) agreements by model and Secure Communities counties, month by month (${v.range === 'full' ? 'full range' : '2008–2013'})`,
  'new-agreements': () => 'New 287(g) agreements by month and model',
  'by-state': (v) => `Active 287(g) agreements by state on ${v.asOf}`,
  expirations: () => '287(g) agreement expirations by month',
}

/** The chart's file name: the chart, then the parameters it depends on (e.g. 287g_by-state_as-of-2026-12-01.csv). */
export function trendFileName(chart: TrendChart, view: Pick<ViewParams, 'asOf' | 'range'>, ext = 'csv'): string {
  const parts = ['287g', chart]
  if (chart === 'phase-out' && view.range === 'full') parts.push('full-range')
  if (chart === 'by-state') parts.push(`as-of-${view.asOf}`)
  return `${parts.join('_')}.${ext}`
}

/** CSVW metadata of a chart's CSV, linked from it with rel="describedby": what the file holds and where it comes from. */
export function trendCsvMetadata(chart: TrendChart, view: Pick<ViewParams, 'asOf' | 'range'>, table: ChartTable, siteUrl: string, generatedAt: string) {
  return {
    '@context': 'http://www.w3.org/ns/csvw',
    url: `${siteUrl}${csvHref(chart, view)}`,
    'dc:title': TITLES[chart](view),
    'dc:source': `${siteUrl}/sources`,
    'dc:created': generatedAt,
    notes: [{ chart, page: `${siteUrl}/trends#${chart}`, ...(chart === 'by-state' && { as_of: view.asOf }), ...(chart === 'phase-out' && { range: view.range }), sources: "ICE's published 287(g) lists and rosters, and Secure Communities activation dates; see the sources page." }],
    dialect: { header: true, delimiter: ',', lineTerminators: ['\r\n'], doubleQuote: true },
    tableSchema: { columns: table.columns.map((title, i) => ({ name: `c${i + 1}`, titles: title })) },
  }
}
