import { parse } from 'csv-parse/sync'

/** What a spreadsheet would run as a formula: written here from OWASP's list, not taken from the writer. */
export const LIVE_FORMULA = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/
export const PLAIN_NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i

/** RFC 4180 read strictly: quotes well-formed, every record as long as the first. */
export const strictParse = (text: string) => parse(text, { relax_quotes: false, relax_column_count: false, skip_empty_lines: false }) as string[][]

export const liveFormulas = (rows: string[][]) => rows.flat().filter((c) => LIVE_FORMULA.test(c) && !PLAIN_NUMBER.test(c))
