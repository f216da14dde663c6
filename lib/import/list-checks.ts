import { todayIso } from '../dates.ts'
import type { Columns } from './columns.ts'
import { ImportError } from './errors.ts'
import type { ListKind, ParseOptions } from './parse-list.ts'
import type { ParsedRow } from './parse-row.ts'

/** ICE's 2025-09-22 participating workbook stops at exactly this many rows, as does the file swapped with its pending list. */
export const EXPORT_CAP = 1000

/**
 * The list's kind: as given, else from the file name, and never against the columns. A participating
 * list has SIGNED, a pending list has not; ICE swapped its two files on 2025-09-22, so a file whose
 * columns contradict its kind is refused with the kind to use instead.
 */
export function checkKind(options: ParseOptions, columns: Columns, roster: boolean, warnings: string[]): ListKind {
  const named: ListKind = /pending/i.test(options.fileName) ? 'pending' : roster ? 'roster' : 'participating'
  const kind = options.kind ?? named
  const signed = columns.signed !== undefined || columns.signedIso !== undefined
  if (kind !== 'pending' && !signed)
    throw new ImportError('missing_column', `${options.fileName} has no SIGNED column, which every participating-agencies list has. If it is ICE's pending list, import it as kind "pending".`)
  if (kind === 'pending' && signed && columns.moa !== undefined)
    throw new ImportError('kind_mismatch', `${options.fileName} has SIGNED and MOA columns, the layout of ICE's participating list; a pending list has no signing dates. If it is the participating list, import it as kind "participating".`)
  if (options.kind && options.kind !== named)
    warnings.push(`The file name suggests a ${named} list; it was read as ${options.kind}, as asked, and its columns fit that kind.`)
  return kind
}

export function checkDates(rows: ParsedRow[], kind: ListKind, fileName: string, asOf: string, dateFromFile: boolean, warnings: string[]): void {
  if (kind === 'pending') return
  const written = rows.filter((r) => r.signedRaw !== null)
  const malformed = rows.filter((r) => r.flags.includes('malformed_date'))
  if (written.length > 0 && malformed.length * 2 > written.length)
    throw new ImportError('dates_unreadable', `${fileName} was not imported: ${malformed.length} of ${written.length} SIGNED cells are not dates (e.g. ${malformed.slice(0, 3).map((r) => `"${r.signedRaw}" in row ${r.rowNumber}`).join(', ')}); the column is probably not ICE's signing date.`)
  if (malformed.length > 0)
    warnings.push(`${malformed.length} SIGNED cell(s) are not a date (${malformed.slice(0, 5).map((r) => `"${r.signedRaw}" row ${r.rowNumber}`).join(', ')}): kept as written with no date, flagged malformed_date.`)
  const today = todayIso()
  const later = rows.filter((r) => r.signedOn !== null && r.signedOn > asOf && r.signedOn <= today)
  if (dateFromFile && later.length >= 3 && later.length * 100 >= rows.length) {
    const newest = later.reduce((m, r) => (r.signedOn! > m ? r.signedOn! : m), asOf)
    throw new ImportError('bad_as_of', `${fileName} was not imported: ${later.length} rows are signed after ${asOf}, the date its name gives (the newest on ${newest}); ICE's file names sometimes carry a wrong year. Give the list's date with --as-of YYYY-MM-DD.`)
  }
  const implausible = rows.filter((r) => r.flags.includes('implausible_date'))
  if (implausible.length > 0)
    warnings.push(`${implausible.length} signing date(s) lie after the list date or before 2002 (${implausible.slice(0, 5).map((r) => `${r.signedOn} row ${r.rowNumber}`).join(', ')}): kept as read, flagged implausible_date.`)
}

/** The same agreement (state, agency, model) printed on more than one row: every row is kept and flagged. */
export function flagDuplicates(rows: ParsedRow[], warnings: string[]): void {
  const byKey = new Map<string, ParsedRow[]>()
  for (const row of rows) {
    const key = `${row.state}|${row.nameKey}|${row.model}`
    const group = byKey.get(key)
    if (group) group.push(row)
    else byKey.set(key, [row])
  }
  const repeated = [...byKey.values()].filter((g) => g.length > 1)
  for (const group of repeated) for (const row of group) row.flags.push('duplicate_in_list')
  if (repeated.length > 0)
    warnings.push(`${repeated.length} agreement(s) are printed on more than one row (same state, agency and model): ${repeated.slice(0, 5).map((g) => `${g[0]!.agencyName} (${g[0]!.state}, ${g[0]!.model}) rows ${g.map((r) => r.rowNumber).join(' & ')}`).join('; ')}. Every row is kept and flagged duplicate_in_list; count the agreement once.`)
}

export function warnIfCapped(total: number, warnings: string[]): boolean {
  if (total !== EXPORT_CAP) return false
  warnings.push(`The list has exactly ${EXPORT_CAP.toLocaleString('en-US')} rows, the size at which ICE's 2025-09-22 export stopped: it may be cut off, so an agreement missing from it may not have ended.`)
  return true
}
