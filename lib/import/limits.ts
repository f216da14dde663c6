import { ImportError } from './errors.ts'

/** Bounds checked while a file is read, so that a hostile file is stopped early, not after it filled memory. */
export interface ReadLimits {
  /** Size of the uploaded file. */
  maxBytes: number
  /** Rows read, blank ones included (a CSV of blank lines counts every line). */
  maxRows: number
  /** Rows with cells but no text (",,,"): ICE's lists have a few dozen; a file of them is an attack. */
  maxBlankRows: number
  maxCellsPerRow: number
  maxCellChars: number
  /** Characters of one row (a CSV line), so a row of a million tiny cells is refused before it is split. */
  maxRowChars: number
  /** Characters of cell text in the whole file. */
  maxTextChars: number
  /** Wall time spent reading and parsing. */
  maxMillis: number
}

// ICE's largest list so far has ~2,000 rows of 8 short columns; the bounds leave room for 25× that
// (a benchmark of bigger synthetic lists passes its own limits).
export const DEFAULT_LIMITS: ReadLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxRows: 50_000,
  maxBlankRows: 10_000,
  maxCellsPerRow: 1_000,
  maxCellChars: 10_000,
  maxRowChars: 100_000,
  maxTextChars: 40_000_000,
  maxMillis: 30_000,
}

/** Counts what has been read so far and throws the specific ImportError as soon as a bound is passed. */
export class ReadBudget {
  private rows = 0
  private blanks = 0
  private text = 0
  private readonly started = Date.now()

  constructor(
    readonly limits: ReadLimits,
    private readonly fileName: string,
  ) {}

  row(cells: number): void {
    this.rows += 1
    if (this.rows > this.limits.maxRows)
      throw new ImportError('too_many_rows', `${this.fileName} has more than ${this.limits.maxRows.toLocaleString('en-US')} rows (rows of empty cells included); the limit is ${this.limits.maxRows.toLocaleString('en-US')}.`)
    this.cells(cells)
    if ((this.rows & 255) === 0) this.time()
  }

  blank(): void {
    this.blanks += 1
    if (this.blanks > this.limits.maxBlankRows)
      throw new ImportError('too_many_rows', `${this.fileName} has more than ${this.limits.maxBlankRows.toLocaleString('en-US')} blank rows; a list has a few dozen at most.`)
  }

  cells(count: number): void {
    if (count > this.limits.maxCellsPerRow)
      throw new ImportError('too_many_columns', `Row ${this.rows} of ${this.fileName} has more than ${this.limits.maxCellsPerRow} cells; a list has about ten columns.`)
  }

  cellText(length: number): void {
    if (length > this.limits.maxCellChars)
      throw new ImportError('cell_too_long', `A cell in row ${this.rows + 1} of ${this.fileName} holds more than ${this.limits.maxCellChars.toLocaleString('en-US')} characters; no field of a list is that long.`)
    this.text += length
    if (this.text > this.limits.maxTextChars)
      throw new ImportError('too_much_text', `${this.fileName} holds more than ${(this.limits.maxTextChars / 1e6).toFixed(0)} million characters of text; the limit is ${(this.limits.maxTextChars / 1e6).toFixed(0)} million.`)
  }

  time(): void {
    const ms = Date.now() - this.started
    if (ms > this.limits.maxMillis)
      throw new ImportError('too_slow', `Reading ${this.fileName} took more than ${this.limits.maxMillis / 1000} s; it was stopped. A list of a few thousand rows reads in about a second.`)
  }
}
