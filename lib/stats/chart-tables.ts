import { AGREEMENT_MODELS, MODEL_LABELS } from '../agreements/schema.ts'
import { toCsv } from '../csv.ts'

import type { TimelinePoint } from './queries.ts'

/** The rows behind a chart: one definition for its "show data" table and its CSV file, so both hold exactly what is drawn. */
export interface ChartTable {
  columns: string[]
  rows: (string | number | null)[][]
}

const modelColumns = AGREEMENT_MODELS.map((m) => MODEL_LABELS[m])

export function phaseOutTable(points: TimelinePoint[]): ChartTable {
  return {
    columns: ['Month end', ...modelColumns, 'Total', 'Counties with Secure Communities', 'Share of counties', 'Basis (ICE list)'],
    rows: points.map((p) => [
      p.date, ...AGREEMENT_MODELS.map((m) => p[m]), p.total, p.counties_activated, p.counties_share, p.basis,
    ]),
  }
}

type ModelRow = { month: string; total: number | null } & Record<(typeof AGREEMENT_MODELS)[number], number | null>

export function monthModelTable(rows: ModelRow[], first = 'Month'): ChartTable {
  return { columns: [first, ...modelColumns, 'Total'], rows: rows.map((r) => [r.month, ...AGREEMENT_MODELS.map((m) => r[m]), r.total]) }
}

type StateRow = { state: string; name: string; total: number } & Record<(typeof AGREEMENT_MODELS)[number], number>

export function stateTable(rows: StateRow[]): ChartTable {
  return { columns: ['State', 'Name', ...modelColumns, 'Total'], rows: rows.map((r) => [r.state, r.name, ...AGREEMENT_MODELS.map((m) => r[m]), r.total]) }
}

/** The chart's CSV, written by the app's one CSV writer (header first, formula-safe cells). */
export function chartCsv(table: ChartTable): string {
  return toCsv(table.columns, table.rows)
}
