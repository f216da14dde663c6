import { createHash } from 'node:crypto'
import { isIsoDate, todayIso } from '../dates.ts'
import { isHeaderRow, mapHeader } from './columns.ts'
import { ImportError } from './errors.ts'
import { cleanText, fold } from './normalise.ts'
import { parseRow, type ParsedRow } from './parse-row.ts'
import { readGrid, type Grid } from './read-sheet.ts'

export const LIST_KINDS = ['participating', 'pending', 'roster'] as const
export type ListKind = (typeof LIST_KINDS)[number]

export interface ParsedList {
  kind: ListKind
  asOf: string
  fileName: string
  sha256: string
  rows: ParsedRow[]
  skippedRows: number[]
  caption: string | null
  sourceUrl: string | null
  capturedOn: string | null
  bytes: Uint8Array
  /** What is odd about the file and how it was handled (shown with the list). */
  warnings?: string[]
}

export interface ParseOptions {
  fileName: string
  asOf?: string
  kind?: ListKind
}

const HEADER_SEARCH_ROWS = 30
const MAX_ROWS = 200_000

/** As-of date from ICE's file names: …05182026am.xlsx, …-20250222170629.xlsx, …_2025-07-18.csv. */
export function asOfFromFileName(fileName: string): string | undefined {
  const iso = /(\d{4}-\d{2}-\d{2})/.exec(fileName)?.[1]
  if (iso && isIsoDate(iso)) return iso
  const stamp = /(?<!\d)(\d{4})(\d{2})(\d{2})\d{6}(?!\d)/.exec(fileName)
  if (stamp) {
    const d = `${stamp[1]}-${stamp[2]}-${stamp[3]}`
    if (isIsoDate(d)) return d
  }
  const eight = /(?<!\d)(\d{8})(?!\d)/.exec(fileName)?.[1]
  if (eight) {
    const mdy = `${eight.slice(4)}-${eight.slice(0, 2)}-${eight.slice(2, 4)}`
    if (isIsoDate(mdy)) return mdy
    const ymd = `${eight.slice(0, 4)}-${eight.slice(4, 6)}-${eight.slice(6)}`
    if (isIsoDate(ymd)) return ymd
  }
  return undefined
}

export async function parseListFile(bytes: Uint8Array, options: ParseOptions): Promise<ParsedList[]> {
  if (options.asOf !== undefined && !isIsoDate(options.asOf))
    throw new ImportError('bad_as_of', `The as-of date "${options.asOf}" is not a real calendar date written YYYY-MM-DD.`)
  const grid = await readGrid(bytes, options.fileName)
  return parseGrid(grid, bytes, options)
}

export function parseGrid(grid: Grid, bytes: Uint8Array, options: ParseOptions): ParsedList[] {
  const { fileName } = options
  const headerIndex = grid.rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => isHeaderRow(r.cells.map((c) => c.text)))
  if (headerIndex < 0)
    throw new ImportError('no_header', `${fileName} is not a 287(g) agency list: no row among the first ${HEADER_SEARCH_ROWS} has STATE, LAW ENFORCEMENT AGENCY and SUPPORT TYPE columns.`)
  const headerCells = grid.rows[headerIndex]!.cells.map((c) => c.text)
  const columns = mapHeader(headerCells)
  const extra = listColumns(headerCells)
  const body = grid.rows.slice(headerIndex + 1)
  if (body.length > MAX_ROWS) throw new ImportError('too_large', `${fileName} has ${body.length} rows; the limit is ${MAX_ROWS}.`)

  const groups = new Map<string, typeof body>()
  for (const row of body) {
    const key = columns.asOf === undefined ? '' : cleanText(row.cells[columns.asOf]?.text ?? '')
    groups.set(key, [...(groups.get(key) ?? []), row])
  }
  const split = groups.size > 1
  const fileSha = sha256(bytes)
  const lists: ParsedList[] = []
  for (const [groupAsOf, rows] of groups) {
    const asOf = options.asOf ?? (groupAsOf || asOfFromFileName(fileName))
    if (!asOf) throw new ImportError('no_as_of', `The as-of date of ${fileName} is not in its file name; give it with --as-of YYYY-MM-DD.`)
    if (!isIsoDate(asOf)) throw new ImportError('bad_as_of', `"${asOf}" in ${fileName} is not a date written YYYY-MM-DD.`)
    if (asOf > todayIso()) throw new ImportError('bad_as_of', `The as-of date ${asOf} of ${fileName} is in the future.`)
    const kind = options.kind ?? (/pending/i.test(fileName) ? 'pending' : split || extra.caption !== undefined ? 'roster' : 'participating')
    if (kind !== 'pending' && columns.signed === undefined && columns.signedIso === undefined)
      throw new ImportError('missing_column', `${fileName} has no SIGNED column, which every participating-agencies list has. If it is ICE's pending list, import it as kind "pending".`)
    const parsed: ParsedRow[] = []
    const skippedRows: number[] = []
    const problems: string[] = []
    const warnings: string[] = []
    for (const r of rows) {
      const res = parseRow(r.cells, r.rowNumber, { asOf, columns })
      if (res.ok === 'skip') skippedRows.push(r.rowNumber)
      else if (res.ok === 'no_model') {
        skippedRows.push(r.rowNumber)
        warnings.push(`Row ${r.rowNumber} (${res.agency}) has no support type: ICE left the model blank, so the row is kept in the file but not counted as an agreement of any model.`)
      }
      else if (res.ok) parsed.push(res.row)
      else problems.push(res.reason)
    }
    if (problems.length > 0)
      throw new ImportError('bad_row', `${fileName} was not imported: ${problems.length} row(s) cannot be read — ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? '; …' : ''}.`)
    if (parsed.length === 0) throw new ImportError('no_rows', `${fileName} has a header row but no agency rows.`)
    flagDuplicates(parsed)
    const first = rows[0]!.cells
    const pick = (i: number | undefined) => (i === undefined ? null : cleanText(first[i]?.text ?? '') || null)
    lists.push({
      kind, asOf, fileName,
      sha256: split ? sha256(new TextEncoder().encode(`${fileSha}:${groupAsOf}`)) : fileSha,
      rows: parsed, skippedRows,
      caption: pick(extra.caption), sourceUrl: pick(extra.captureUrl), capturedOn: pick(extra.captureDate),
      bytes, warnings,
    })
  }
  return lists.sort((a, b) => a.asOf.localeCompare(b.asOf))
}

function listColumns(header: string[]) {
  const idx = (name: string) => {
    const i = header.findIndex((h) => fold(h).trim() === name)
    return i < 0 ? undefined : i
  }
  return { caption: idx('caption'), captureUrl: idx('capture_url'), captureDate: idx('capture_date') }
}

function flagDuplicates(rows: ParsedRow[]) {
  const seen = new Map<string, ParsedRow>()
  for (const row of rows) {
    const key = `${row.state}|${row.nameKey}|${row.model}`
    const prior = seen.get(key)
    if (prior) {
      row.flags.push('duplicate_in_list')
      if (!prior.flags.includes('duplicate_in_list')) prior.flags.push('duplicate_in_list')
    } else seen.set(key, row)
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}
