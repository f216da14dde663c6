import { isUtf8 } from 'node:buffer'
import { ImportError } from './errors.ts'
import { DEFAULT_LIMITS, ReadBudget, type ReadLimits } from './limits.ts'
import { readCsv } from './read-csv.ts'
import { readXlsx } from './read-xlsx.ts'

export interface Cell {
  /** Rich text is joined into plain text; a formula cell holds its cached result. */
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
  hidden: boolean
  /** Rows with at least one non-empty cell. */
  rows: GridRow[]
}

export const MAX_UPLOAD_BYTES = DEFAULT_LIMITS.maxBytes

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
  if (!isUtf8(bytes)) throw new ImportError('unsupported_format', `${fileName} is not UTF-8 text and not an .xlsx workbook.`)
  return 'csv'
}

/** Every sheet of the file (a CSV is one), read under the limits; the budget is returned for the parse that follows. */
export async function readSheets(bytes: Uint8Array, fileName: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<{ grids: Grid[]; budget: ReadBudget }> {
  if (bytes.length > limits.maxBytes)
    throw new ImportError('too_large', `${fileName} is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${(limits.maxBytes / 1048576).toFixed(0)} MB.`)
  const budget = new ReadBudget(limits, fileName)
  const grids = sniffFileKind(bytes, fileName) === 'xlsx' ? await readXlsx(bytes, fileName, budget) : [await readCsv(bytes, fileName, budget)]
  budget.time()
  return { grids, budget }
}
