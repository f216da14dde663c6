import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'

const COLS = ['state', 'agency', 'agency_type', 'county', 'support_type', 'signed_date', 'signed_raw', 'moa', 'moa_url', 'addendum', 'addendum_url']

/** A window of ICE's real 2026-05-18 rows (prisma/data), as a CSV list the import path takes. */
export function realRowsCsv(start: number, count: number): string {
  const rows = parse(readFileSync('prisma/data/agencies_287g_2026-05-18.csv'), { columns: true }) as Record<string, string>[]
  return stringify([COLS, ...rows.slice(start, start + count).map((r) => COLS.map((c) => r[c] ?? ''))])
}
