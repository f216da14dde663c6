import type { ChartTable } from '../stats/chart-tables.ts'
import type { CompareData } from './queries.ts'
import { MAX_COMPARED } from './search-params.ts'

/** The rows the compare chart draws, as its data table: one row per month, one column per series, then the basis. */
export function compareTable(data: Pick<CompareData, 'series' | 'rows'>): ChartTable {
  return {
    columns: ['Month', ...data.series.map((s) => s.label), 'Basis (ICE list)'],
    rows: data.rows.map((r) => [r.month, ...data.series.map((s) => r.values[s.key] ?? null), r.basis]),
  }
}

export function compareNotices(dropped: number, unknownAgencies: number[]): string[] {
  return [
    ...(dropped > 0 ? [`At most ${MAX_COMPARED} states and agencies can be compared; ${dropped} more in the address ${dropped === 1 ? 'was' : 'were'} left out.`] : []),
    ...(unknownAgencies.length ? [`No agency has the id ${unknownAgencies.join(', ')}; it is left out.`] : []),
  ]
}
