import { createHash } from 'node:crypto'
import { isIsoDate, todayIso } from '../dates.ts'
import { type Columns } from './columns.ts'
import { ImportError } from './errors.ts'
import type { ReadLimits } from './limits.ts'
import { checkDates, checkKind, flagDuplicates, warnIfCapped } from './list-checks.ts'
import { cleanText } from './normalise.ts'
import { parseRow, type ParsedRow, type RowWithoutModel } from './parse-row.ts'
import { readSheets, type GridRow } from './read-sheet.ts'
import { findListSheet } from './sheets.ts'

export const LIST_KINDS = ['participating', 'pending', 'roster'] as const
export type ListKind = (typeof LIST_KINDS)[number]

export interface ParsedList {
  kind: ListKind
  /** The list's date. For a file of Wayback captures (rosters), see `contentAsOf`. */
  asOf: string
  fileName: string
  sha256: string
  rows: ParsedRow[]
  /** Pending-list rows whose SUPPORT TYPE is blank (ICE's pending lists of Oct 2025 have a few). */
  rowsWithoutModel: RowWithoutModel[]
  skippedRows: number[]
  caption: string | null
  sourceUrl: string | null
  capturedOn: string | null
  /** The "as of" date of ICE's own caption, when the file gives one (it can lag the table). */
  contentAsOf: string | null
  sheetName: string
  /** Exactly as many rows as ICE's truncated export of 2025-09-22: absences from it are not evidence of removal. */
  possiblyTruncated: boolean
  /** What the importer noticed and how it handled it, for the preview and the import record. */
  warnings: string[]
  bytes: Uint8Array
}

export interface ParseOptions {
  fileName: string
  asOf?: string
  kind?: ListKind
  limits?: ReadLimits
}

// Past this many unreadable rows the file is refused without reading the rest.
const MAX_PROBLEMS = 100

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
  const { grids, budget } = await readSheets(bytes, options.fileName, options.limits)
  const sheet = findListSheet(grids, options.fileName)
  const lists = parseSheet(sheet.grid.rows.slice(sheet.headerIndex + 1), sheet.columns, bytes, options)
  for (const list of lists) {
    list.sheetName = sheet.grid.sheetName
    list.warnings.unshift(...sheet.warnings)
  }
  budget.time()
  return lists
}

function parseSheet(body: GridRow[], columns: Columns, bytes: Uint8Array, options: ParseOptions): ParsedList[] {
  const { fileName } = options
  const cell = (row: GridRow, i: number | undefined) => (i === undefined ? '' : cleanText(row.cells[i]?.text ?? ''))
  // One list per capture in a file of captures, else per as-of value (the project's CSV conversions), else one.
  const keyColumn = columns.capture ?? columns.captureDate ?? columns.asOf
  const groups = new Map<string, GridRow[]>()
  for (const row of body) {
    const key = cell(row, keyColumn)
    const group = groups.get(key)
    if (group) group.push(row)
    else groups.set(key, [row])
  }
  if (groups.size === 0) groups.set('', [])
  const split = groups.size > 1
  const dates = listDates([...groups.values()].map((rows) => ({ content: rows[0] ? cell(rows[0], columns.asOf) : '', capture: rows[0] ? cell(rows[0], columns.captureDate) : '' })))
  const fileSha = sha256(bytes)
  const lists: ParsedList[] = []
  let g = 0
  for (const rows of groups.values()) {
    const warnings: string[] = [...dates.warnings]
    const { content, capture } = dates.perGroup[g++]!
    const asOf = options.asOf ?? ((dates.useCapture ? capture : content || capture) || asOfFromFileName(fileName))
    if (!asOf) throw new ImportError('no_as_of', `The as-of date of ${fileName} is not in its file name; give it with --as-of YYYY-MM-DD.`)
    if (!isIsoDate(asOf)) throw new ImportError('bad_as_of', `"${asOf}" in ${fileName} is not a date written YYYY-MM-DD.`)
    if (asOf > todayIso()) throw new ImportError('bad_as_of', `The as-of date ${asOf} of ${fileName} is in the future.`)
    const kind = checkKind(options, columns, split || columns.caption !== undefined, warnings)
    const parsed: ParsedRow[] = []
    const rowsWithoutModel: RowWithoutModel[] = []
    const skippedRows: number[] = []
    const problems: string[] = []
    for (const r of rows) {
      const res = parseRow(r.cells, r.rowNumber, { asOf, columns, modelOptional: kind === 'pending' })
      if (res.ok === 'skip') skippedRows.push(r.rowNumber)
      else if (res.ok === 'no_model') rowsWithoutModel.push(res.row)
      else if (res.ok) parsed.push(res.row)
      else if (problems.push(res.reason) >= MAX_PROBLEMS) break
    }
    if (problems.length > 0)
      throw new ImportError('bad_row', `${fileName} was not imported: ${problems.length >= MAX_PROBLEMS ? `at least ${MAX_PROBLEMS}` : problems.length} row(s) cannot be read — ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? '; …' : ''}.`)
    const total = parsed.length + rowsWithoutModel.length
    if (total === 0 && kind !== 'pending') throw new ImportError('no_rows', `${fileName} has a header row but no agency rows.`)
    if (total === 0) warnings.push('ICE published this pending list with its header and no rows: no pending agreement is listed on this date.')
    if (rowsWithoutModel.length > 0)
      warnings.push(`${rowsWithoutModel.length} row(s) have a blank SUPPORT TYPE (rows ${rowsWithoutModel.map((r) => r.rowNumber).join(', ')}): kept as pending with no model, flagged missing_model.`)
    checkDates(parsed, kind, fileName, asOf, options.asOf === undefined, warnings)
    noteSpellings([...parsed, ...rowsWithoutModel] as ParsedRow[], warnings)
    flagDuplicates(parsed, warnings)
    const possiblyTruncated = warnIfCapped(total, warnings)
    noteFileNameDate(fileName, asOf, options.asOf, warnings)
    const first = rows[0]
    const pick = (i: number | undefined) => (first ? cell(first, i) || null : null)
    lists.push({
      kind, asOf, fileName,
      sha256: split ? sha256(new TextEncoder().encode(`${fileSha}:${asOf}`)) : fileSha,
      rows: parsed, rowsWithoutModel, skippedRows,
      caption: pick(columns.caption), sourceUrl: pick(columns.captureUrl), capturedOn: pick(columns.captureDate),
      contentAsOf: columns.captureDate !== undefined || columns.capture !== undefined ? pick(columns.asOf) : null,
      sheetName: '', possiblyTruncated, warnings, bytes,
    })
  }
  return lists.sort((a, b) => a.asOf.localeCompare(b.asOf))
}

/**
 * A file of Wayback captures gives ICE's caption date and the capture date. The caption date is the
 * list date only when it names one table; when ICE changed the table under an unchanged caption
 * (the 2011-08-18 capture still says "as of 10/29/2010"), the capture dates are the list dates.
 */
function listDates(perGroup: { content: string; capture: string }[]) {
  const byContent = new Map<string, number>()
  for (const g of perGroup) if (g.content) byContent.set(g.content, (byContent.get(g.content) ?? 0) + 1)
  const shared = [...byContent].filter(([, n]) => n > 1).map(([d]) => d)
  const useCapture = shared.length > 0 && perGroup.every((g) => g.capture)
  const warnings = useCapture
    ? [`ICE's caption date ${shared.slice(0, 3).join(', ')}${shared.length > 3 ? ', …' : ''} heads several different captures in this file, so each list is dated by its capture (the Wayback Machine's date); ICE's caption date is kept as contentAsOf.`]
    : []
  return { perGroup, useCapture, warnings }
}

function noteSpellings(rows: ParsedRow[], warnings: string[]) {
  const models = rows.filter((r) => r.flags.includes('model_spelling'))
  if (models.length > 0)
    warnings.push(`${models.length} row(s) spell the model outside ICE's usual labels (${[...new Set(models.map((r) => `"${cleanText(r.modelRaw)}" → ${r.model}`))].join('; ')}): read as that model and flagged model_spelling.`)
  const states = rows.filter((r) => r.flags.includes('state_spelling'))
  if (states.length > 0)
    warnings.push(`${states.length} row(s) misspell the state (${[...new Set(states.map((r) => `"${cleanText(r.stateRaw)}" → ${r.state}`))].join('; ')}): read as the one state that close and flagged state_spelling.`)
}

function noteFileNameDate(fileName: string, asOf: string, given: string | undefined, warnings: string[]) {
  const named = asOfFromFileName(fileName)
  if (given && named && named !== given)
    warnings.push(`The file name reads as ${named}, but the list date ${given} was given and is used (ICE's file names sometimes carry a wrong date).`)
  else if (!given && named && named !== asOf) warnings.push(`The file name reads as ${named}; the file's own date column says ${asOf}, which is used.`)
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}
