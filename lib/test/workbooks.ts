import ExcelJS from 'exceljs'
import path from 'node:path'

export const LATEST_WORKBOOK = path.resolve('prisma/data/ice-xlsx/participatingAgencies05182026am.xlsx')

/**
 * A workbook derived from ICE's real 2026-05-18 list for tests only (never seeded): the given
 * sheet rows removed, everything else byte-for-byte ICE's cells. Returns the xlsx bytes.
 */
export async function derivedWorkbook(removeRows: number[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(LATEST_WORKBOOK)
  const ws = wb.worksheets[0]!
  for (const r of [...removeRows].sort((a, b) => b - a)) ws.spliceRows(r, 1)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** A workbook built from rows of cells, for layout and rejection tests. */
export async function workbookOf(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Sheet1')
  for (const row of rows) ws.addRow(row)
  return Buffer.from(await wb.xlsx.writeBuffer())
}
