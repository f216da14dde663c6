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

/** ICE's real 2026-05-18 list changed by `edit` for one test (never seeded): every cell not edited is ICE's. */
export async function editedWorkbook(edit: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(LATEST_WORKBOOK)
  edit(wb.worksheets[0]!)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** A sheet row's cells as ICE's list layout (STATE, AGENCY, TYPE, COUNTY, SUPPORT TYPE, SIGNED), read with exceljs. */
export async function sheetRows(file: string) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  const rows: { rowNumber: number; state: string; agency: string; county: unknown; model: string; signed: unknown }[] = []
  wb.worksheets[0]!.eachRow((row, rowNumber) => {
    const v = row.values as unknown[]
    if (rowNumber > 1) rows.push({ rowNumber, state: String(v[1] ?? '').trim(), agency: String(v[2] ?? '').trim(), county: v[4], model: String(v[5] ?? '').trim(), signed: v[6] })
  })
  return rows
}

/** A workbook built from rows of cells, for layout and rejection tests. */
export async function workbookOf(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Sheet1')
  for (const row of rows) ws.addRow(row)
  return Buffer.from(await wb.xlsx.writeBuffer())
}
