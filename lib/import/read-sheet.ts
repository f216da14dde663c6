import ExcelJS from 'exceljs'
import { parse as parseCsv } from 'csv-parse/sync'
import { toIso } from '../dates.ts'
import { ImportError } from './errors.ts'
import { assertZipWithinLimits } from './zip-limits.ts'

export interface Cell {
  text: string
  hyperlink?: string
  /** Set when the cell holds an Excel date (ISO day). */
  date?: string
  formula?: boolean
}
export interface GridRow {
  rowNumber: number
  cells: Cell[]
}
export interface Grid {
  sheetName: string
  rows: GridRow[]
}

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

export type FileKind = 'xlsx' | 'csv'

/** Decides the format from the bytes, not from the extension. */
export function sniffFileKind(bytes: Uint8Array, fileName: string): FileKind {
  if (bytes.length === 0) throw new ImportError('empty_file', `${fileName} is empty.`)
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx'
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw new ImportError('unsupported_format', `${fileName} is an old Excel 97–2003 (.xls) file; save it as .xlsx and import that.`)
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)
    throw new ImportError('unsupported_format', `${fileName} is a PDF, not a spreadsheet.`)
  const head = bytes.subarray(0, 4096)
  if (head.includes(0)) throw new ImportError('unsupported_format', `${fileName} is neither an .xlsx workbook nor a CSV text file.`)
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ImportError('unsupported_format', `${fileName} is not UTF-8 text and not an .xlsx workbook.`)
  }
  return 'csv'
}

export async function readGrid(bytes: Uint8Array, fileName: string): Promise<Grid> {
  if (bytes.length > MAX_UPLOAD_BYTES)
    throw new ImportError('too_large', `${fileName} is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is 10 MB.`)
  return sniffFileKind(bytes, fileName) === 'xlsx' ? readXlsx(bytes, fileName) : readCsv(bytes, fileName)
}

async function readXlsx(bytes: Uint8Array, fileName: string): Promise<Grid> {
  await assertZipWithinLimits(bytes, fileName)
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer)
  } catch (cause) {
    throw new ImportError('unreadable', `${fileName} could not be read as an Excel workbook (${(cause as Error).message}).`)
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0)
  if (!sheet) throw new ImportError('empty_file', `${fileName} has no sheet with any rows.`)
  const rows: GridRow[] = []
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = []
    for (let c = 1; c <= row.cellCount; c++) cells.push(toCell(row.getCell(c).value))
    rows.push({ rowNumber, cells })
  })
  return { sheetName: sheet.name, rows }
}

function toCell(value: ExcelJS.CellValue): Cell {
  if (value == null) return { text: '' }
  if (value instanceof Date) return { text: toIso(value), date: toIso(value) }
  if (typeof value === 'object') {
    if ('hyperlink' in value) return { text: String(value.text ?? ''), hyperlink: value.hyperlink }
    if ('richText' in value) return { text: value.richText.map((r) => r.text).join('') }
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result
      const inner = result instanceof Date ? { text: toIso(result), date: toIso(result) } : { text: result == null ? '' : String(result) }
      return { ...inner, formula: true }
    }
    if ('error' in value) return { text: String(value.error) }
    return { text: '' }
  }
  return { text: String(value) }
}

function readCsv(bytes: Uint8Array, fileName: string): Grid {
  let records: string[][]
  try {
    records = parseCsv(Buffer.from(bytes), { bom: true, relax_column_count: true, skip_empty_lines: false })
  } catch (cause) {
    throw new ImportError('unreadable', `${fileName} is not valid CSV (${(cause as Error).message}).`)
  }
  const rows = records
    .map((cells, i) => ({ rowNumber: i + 1, cells: cells.map((text) => ({ text })) }))
    .filter((r) => r.cells.some((c) => c.text.trim() !== ''))
  return { sheetName: 'csv', rows }
}
