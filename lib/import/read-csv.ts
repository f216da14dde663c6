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
  const rows: GridRow[] = []
  let line = 0
  // Each record is checked and kept in on_record, which returns null so that nothing is queued in
  // the stream: no per-record promise or buffer, and a thrown limit stops csv-parse mid-chunk.
  const onRecord = (record: string[], info: { lines: number }): null => {
    line = info.lines
    budget.row(record.length)
    let blank = true
    for (const text of record) {
      budget.cellText(text.length)
      if (blank && text.trim() !== '') blank = false
    }
    // The line the record ends on: its row number as a spreadsheet shows the file.
    if (!blank) rows.push({ rowNumber: info.lines, cells: record.map((text) => ({ text })) })
    else budget.blank()
    return null
  }
  // Blank lines are skipped inside csv-parse's character loop: a file of ten million of them costs one
  // pass over its bytes, not ten million records (each row of another width than the first costs an error object).
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, max_record_size: budget.limits.maxRowChars, on_record: onRecord })
  parser.on('error', () => {}) // reported through the write callbacks below
  // csv-parse builds an Error for every row whose width differs from the first row's, even when relaxed;
  // capturing 200,000 stack traces would take most of the time limit. Writes run synchronously, so the
  // stack limit is lowered only while csv-parse's own code runs.
  const step = (write: (done: (err?: Error | null) => void) => void) => new Promise<void>((resolve, reject) => {
    const traces = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    try {
      write((err) => (err ? reject(err) : resolve()))
    } finally {
      Error.stackTraceLimit = traces
    }
  })
  try {
    for (const chunk of chunks(bytes)) await step((done) => parser.write(chunk, done))
    await step((done) => parser.end(done))
  } catch (cause) {
    if (cause instanceof ImportError) throw cause
    if (cause instanceof CsvError && cause.code === 'CSV_MAX_RECORD_SIZE')
      throw new ImportError('cell_too_long', `Row ${line + 1} of ${fileName} is longer than ${budget.limits.maxRowChars.toLocaleString('en-US')} characters; a list row is a few hundred.`)
    throw new ImportError('unreadable', `${fileName} is not valid CSV (${(cause as Error).message}).`)
  } finally {
    parser.destroy()
  }
  return { sheetName: 'csv', hidden: false, rows }
}

function* chunks(bytes: Uint8Array): Generator<Buffer> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (let i = 0; i < buf.length; i += CHUNK) yield buf.subarray(i, i + CHUNK)
}

/**
 * A physical line lies inside one record, so a line longer than the row limit proves a row over
 * the limit. Checked before any field is split (a line of a million commas would otherwise become a
 * million-field array first) by asking, window by window, for the last newline: a few native
 * searches per file, however many lines it has.
 */
function assertLinesWithin(bytes: Uint8Array, fileName: string, maxChars: number): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const limit = maxChars * 4 // bytes: a character is at most 4 in UTF-8
  let start = 0
  while (buf.length - start > limit) {
    const newline = buf.lastIndexOf(10, start + limit)
    if (newline < start) {
      let line = 1
      for (let i = buf.indexOf(10); i >= 0 && i < start; i = buf.indexOf(10, i + 1)) line += 1
      throw new ImportError('cell_too_long', `Line ${line} of ${fileName} is longer than ${maxChars.toLocaleString('en-US')} characters; a list row is a few hundred.`)
    }
    start = newline + 1
  }
}
