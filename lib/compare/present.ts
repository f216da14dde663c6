import type { ChartTable } from '../stats/chart-tables.ts'
import { notice, type Notice } from '../i18n/notice.ts'
import type { CompareData } from './queries.ts'
import { MAX_COMPARED } from './search-params.ts'

/** The rows the compare chart draws, as its data table: one row per month, one column per series, then the basis. */
export function compareTable(data: Pick<CompareData, 'series' | 'rows'>): ChartTable {
  return {
    columns: ['Month', ...data.series.map((s) => s.label), 'Basis (ICE list)'],
    rows: data.rows.map((r) => [r.month, ...data.series.map((s) => r.values[s.key] ?? null), r.basis]),
  }
}

export function compareNotices(dropped: number, unknownAgencies: number[]): Notice[] {
  return [
    ...(dropped > 0 ? [notice('compareTooMany', { max: MAX_COMPARED, dropped })] : []),
    ...(unknownAgencies.length ? [notice('compareUnknown', { ids: unknownAgencies.join(', '), count: unknownAgencies.length })] : []),
  ]
}
