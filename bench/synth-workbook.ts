// A synthetic participating-agencies workbook of N rows: ICE's real 2026-05-18 rows repeated with
// "SYNTHETIC <n>" agency names (deterministic). For import timing only; never seeded.
import ExcelJS from 'exceljs'

export const LATEST_WORKBOOK = 'prisma/data/ice-xlsx/participatingAgencies05182026am.xlsx'

export async function synthWorkbook(rows: number, out: string): Promise<void> {
  const src = new ExcelJS.Workbook()
  await src.xlsx.readFile(LATEST_WORKBOOK)
  const sheet = src.worksheets.find((ws) => ws.actualRowCount > 0)!
  const all: ExcelJS.CellValue[][] = []
  sheet.eachRow({ includeEmpty: false }, (row) => { all.push((row.values as ExcelJS.CellValue[]).slice(1)) })
  const headerAt = all.findIndex((r) => r.some((c) => String(c ?? '').trim().toUpperCase() === 'LAW ENFORCEMENT AGENCY'))
  const header = all[headerAt]!
  const agencyCol = header.findIndex((c) => String(c ?? '').trim().toUpperCase() === 'LAW ENFORCEMENT AGENCY')
  const body = all.slice(headerAt + 1)
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useSharedStrings: true })
  const ws = wb.addWorksheet('Sheet1')
  ws.addRow(header).commit()
  for (let i = 0; i < rows; i++) {
    const cells = [...body[i % body.length]!]
    cells[agencyCol] = `SYNTHETIC ${i + 1} ${String(cells[agencyCol] ?? '')}`
    ws.addRow(cells).commit()
  }
  ws.commit()
  await wb.commit()
}
