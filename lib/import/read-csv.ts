import { Readable } from 'node:stream'
import { CsvError, parse } from 'csv-parse'
import { ImportError } from './errors.ts'
import type { ReadBudget } from './limits.ts'
import type { Grid, GridRow } from './read-sheet.ts'

const CHUNK = 64 * 1024

/**
 * Streams the CSV through csv-parse record by record, checking the budget on each, so a file of
 * blank lines or a giant row stops at the limit instead of being materialised first.
 */
export async function readCsv(bytes: Uint8Array, fileName: string, budget: ReadBudget): Promise<Grid> {
  assertLinesWithin(bytes, fileName, budget.limits.maxRowChars)
  // Blank lines are skipped inside csv-parse's character loop: a file of ten million of them costs one
  // pass over its bytes, not ten million records (each row of another width than the first costs an error object).
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true, max_record_size: budget.limits.maxRowChars })
  const source = Readable.from(chunks(bytes))
  source.pipe(parser)
  const rows: GridRow[] = []
  let n = 0
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      n = info.lines
      budget.row(record.length)
      let blank = true
      for (const text of record) {
        budget.cellText(text.length)
        if (blank && text.trim() !== '') blank = false
      }
      // The line the record ends on: its row number as a spreadsheet shows the file.
      if (!blank) rows.push({ rowNumber: n, cells: record.map((text) => ({ text })) })
    }
  } catch (cause) {
    if (cause instanceof ImportError) throw cause
    if (cause instanceof CsvError && cause.code === 'CSV_MAX_RECORD_SIZE')
      throw new ImportError('cell_too_long', `Row ${n + 1} of ${fileName} is longer than ${budget.limits.maxRowChars.toLocaleString('en-US')} characters; a list row is a few hundred.`)
    throw new ImportError('unreadable', `${fileName} is not valid CSV (${(cause as Error).message}).`)
  } finally {
    source.destroy()
  }
  return { sheetName: 'csv', hidden: false, rows }
}

function* chunks(bytes: Uint8Array): Generator<Buffer> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (let i = 0; i < buf.length; i += CHUNK) yield buf.subarray(i, i + CHUNK)
}

/**
 * A physical line lies inside one record, so a line longer than the row limit proves a row over
 * the limit; found with the native byte search before any field is split (a line of a million
 * commas would otherwise become a million-field array first).
 */
function assertLinesWithin(bytes: Uint8Array, fileName: string, maxChars: number): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let start = 0
  let line = 1
  while (start < buf.length) {
    let end = buf.indexOf(10, start)
    if (end < 0) end = buf.length
    if (end - start > maxChars * 4)
      throw new ImportError('cell_too_long', `Line ${line} of ${fileName} is longer than ${maxChars.toLocaleString('en-US')} characters; a list row is a few hundred.`)
    start = end + 1
    line += 1
  }
}
