import { stringify, type Options } from 'csv-stringify/sync'

/** A cell as the app's CSVs hold it: numbers stay numbers (so -3 is written -3), null and undefined are empty. */
export type CsvCell = string | number | null | undefined

/**
 * The one set of options every CSV of the app is written with: RFC 4180 (CRLF records, quotes doubled, header first)
 * and formula escaping: a text cell starting with = + - @ (or their full-width forms), tab or CR gets a leading ',
 * so a spreadsheet shows it as text instead of running it. Only cells typed as numbers may start with "-".
 */
const OPTIONS: Options = { escape_formulas: true, record_delimiter: '\r\n', eof: true }

/** A whole CSV: the header line, then the rows. */
export function toCsv(columns: readonly string[], rows: CsvCell[][]): string {
  return stringify([[...columns], ...rows], OPTIONS)
}

/** Records without the header line, for the pages of a streamed CSV. */
export function csvRecords(rows: CsvCell[][]): string {
  return rows.length ? stringify(rows, OPTIONS) : ''
}

/**
 * A CSV streamed page by page: the header, then each page of rows as `pages` yields it, so memory holds one page
 * at a time and a slow reader slows the query instead of filling a buffer.
 */
export function csvStream(columns: readonly string[], pages: AsyncIterable<CsvCell[][]>): ReadableStream<Uint8Array> {
  return textStream(
    (async function* () {
      yield toCsv(columns, [])
      for await (const rows of pages) yield csvRecords(rows)
    })(),
  )
}

/** Text chunks as a byte stream, pulled one at a time (backpressure); an error mid-stream aborts the response. */
export function textStream(chunks: AsyncIterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      // Skip empty chunks here: a pull that enqueues nothing is not necessarily called again.
      for (;;) {
        const next = await chunks.next()
        if (next.done) return controller.close()
        if (next.value) return controller.enqueue(encoder.encode(next.value))
      }
    },
    async cancel() {
      await chunks.return?.()
    },
  })
}
