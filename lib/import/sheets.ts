import { isHeaderRow, matchHeader, type Columns } from './columns.ts'
import { ImportError } from './errors.ts'
import type { Grid } from './read-sheet.ts'

const HEADER_SEARCH_ROWS = 30

export interface ListSheet {
  grid: Grid
  headerIndex: number
  columns: Columns
  warnings: string[]
}

/**
 * The one sheet that holds the list: every sheet is searched for a list header; sheets without one
 * are reported and skipped, a copy of the list sheet is skipped, and several different list sheets
 * are refused (which one is the list is not ours to guess).
 */
export function findListSheet(grids: Grid[], fileName: string): ListSheet {
  const found: ListSheet[] = []
  const skipped: string[] = []
  for (const grid of grids) {
    const headerIndex = grid.rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => isHeaderRow(r.cells.map((c) => c.text)))
    if (headerIndex < 0) {
      if (grid.rows.length > 0) skipped.push(grid.sheetName)
      continue
    }
    const header = grid.rows[headerIndex]!.cells.map((c) => c.text)
    const match = matchHeader(header)
    if (match.ambiguous.length > 0)
      throw new ImportError('ambiguous_header', `${fileName} was not imported: its header is ambiguous — ${match.ambiguous.map((a) => `${a.headers.join(' and ')} both read as ${a.field}`).join('; ')}. Remove or rename one of them.`)
    const warnings = match.ignored.map((i) => `Column "${i.header}" was not used: "${i.used}" gives the ${i.field} and is the better-known heading.`)
    found.push({ grid, headerIndex, columns: match.columns, warnings })
  }
  if (found.length === 0)
    throw new ImportError('no_header', `${fileName} is not a 287(g) agency list: no row among the first ${HEADER_SEARCH_ROWS} of any sheet has STATE, LAW ENFORCEMENT AGENCY and SUPPORT TYPE columns.`)
  const [first, ...others] = found as [ListSheet, ...ListSheet[]]
  const copies = others.filter((o) => sameRows(o.grid, first.grid))
  if (copies.length < others.length)
    throw new ImportError('several_lists', `${fileName} holds ${found.length} different list sheets (${found.map((f) => `"${f.grid.sheetName}"`).join(', ')}); import each list as its own file.`)
  if (copies.length > 0) first.warnings.push(`Sheet(s) ${copies.map((c) => `"${c.grid.sheetName}"`).join(', ')} repeat the list sheet "${first.grid.sheetName}" cell for cell and were not read twice.`)
  if (skipped.length > 0) first.warnings.push(`Sheet(s) ${skipped.map((s) => `"${s}"`).join(', ')} have no list header and were not read.`)
  if (first.grid.hidden) first.warnings.push(`The list sheet "${first.grid.sheetName}" is hidden in the workbook.`)
  return first
}

function sameRows(a: Grid, b: Grid): boolean {
  if (a.rows.length !== b.rows.length) return false
  return a.rows.every((r, i) => {
    const o = b.rows[i]!
    return r.cells.length === o.cells.length && r.cells.every((c, j) => c.text === o.cells[j]!.text && c.hyperlink === o.cells[j]!.hyperlink)
  })
}
