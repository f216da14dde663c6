import 'server-only'
import { agreementsByState, expirationsByMonth, newAgreementsByMonth, phaseOutChart } from './charts.ts'
import { monthModelTable, phaseOutTable, stateTable, type ChartTable } from './chart-tables.ts'
import type { TrendChart, ViewParams } from './view-params.ts'

/** The table of one chart for the same parameters the page used: what the CSV download holds. */
export async function trendTable(chart: TrendChart, view: Pick<ViewParams, 'asOf' | 'range'>): Promise<ChartTable> {
  switch (chart) {
    case 'phase-out':
      return phaseOutTable((await phaseOutChart(view.range)).points)
    case 'new-agreements':
      return monthModelTable((await newAgreementsByMonth()).rows, 'Month signed')
    case 'by-state':
      return stateTable((await agreementsByState(view.asOf)).rows ?? [])
    case 'expirations':
      return monthModelTable((await expirationsByMonth()).rows, 'Month of expiry')
  }
}
