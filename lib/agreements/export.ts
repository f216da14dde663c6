import 'server-only'
import { csvStream, textStream, type CsvCell } from '../csv.ts'
import { agreementRowIds, agreementRowsById, listAgreements, type AgreementItem } from './queries.ts'
import type { AgreementQuery } from './query.ts'

/** Rows per query of an export: Prisma refuses a nested relation select over more than 999 parent rows (P2029). */
export const EXPORT_PAGE_SIZE = 500

export const CSV_COLUMNS = [
  'id', 'agency_id', 'agency', 'state', 'county', 'county_fips', 'agency_type', 'model', 'status',
  'signed_on', 'expires_on', 'first_listed_on', 'last_listed_on', 'moa_url', 'flags', 'sources',
] as const

export function csvRow(i: AgreementItem): CsvCell[] {
  return [
    i.id, i.agency.id, i.agency.name, i.agency.state, i.agency.county, i.agency.county_fips, i.agency.type, i.model, i.status,
    i.signed_on, i.expires_on, i.first_listed_on, i.last_listed_on, i.moa_url, i.flags.join(' '),
    i.listed.map((s) => `${s.from.file}#row${s.from.row}..${s.to.file}#row${s.to.row}`).join(' '),
  ]
}

/**
 * Every matching row, at most EXPORT_PAGE_SIZE at a time, in the query's order: the matching ids are read once (a few
 * bytes a row), then the rows chunk by chunk, so memory holds one chunk of rows and the time grows with the rows.
 */
export async function* agreementPages(q: AgreementQuery): AsyncGenerator<AgreementItem[]> {
  const ids = await agreementRowIds(q)
  for (let i = 0; i < ids.length; i += EXPORT_PAGE_SIZE) {
    const items = await agreementRowsById(ids.slice(i, i + EXPORT_PAGE_SIZE))
    if (items.length) yield items
  }
}

/** Rows [offset, offset + limit) of the query, read in pages the database accepts (a per_page above EXPORT_PAGE_SIZE). */
export async function agreementRange(q: AgreementQuery, offset: number, limit: number): Promise<{ total: number; items: AgreementItem[] }> {
  const size = EXPORT_PAGE_SIZE
  const items: AgreementItem[] = []
  let total = 0
  for (let page = Math.floor(offset / size) + 1; page <= Math.floor((offset + limit - 1) / size) + 1; page++) {
    const res = await listAgreements({ ...q, page, perPage: size })
    total = res.total
    const start = (page - 1) * size
    items.push(...res.items.slice(Math.max(0, offset - start), offset + limit - start))
    if (res.items.length < size) break
  }
  return { total, items }
}

export function agreementsCsvStream(q: AgreementQuery): ReadableStream<Uint8Array> {
  return csvStream(CSV_COLUMNS, mapPages(agreementPages(q), (items) => items.map(csvRow)))
}

/** The JSON export: its provenance first, then `items` written page by page. */
export function agreementsJsonStream(q: AgreementQuery, provenance: Record<string, unknown>): ReadableStream<Uint8Array> {
  const head = JSON.stringify(provenance).slice(0, -1)
  return textStream(
    (async function* () {
      yield `${head}${head.length > 1 ? ',' : ''}"items":[`
      let sep = ''
      for await (const items of agreementPages(q)) {
        yield items.map((item) => { const line = `${sep}\n${JSON.stringify(item)}`; sep = ','; return line }).join('')
      }
      yield '\n]}\n'
    })(),
  )
}

async function* mapPages<T, U>(pages: AsyncIterable<T>, fn: (page: T) => U): AsyncGenerator<U> {
  for await (const page of pages) yield fn(page)
}
