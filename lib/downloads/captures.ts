import 'server-only'
import { createWriteStream } from 'node:fs'
import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import { pipeline } from 'node:stream/promises'
import Database from 'better-sqlite3'
import { csvStream, type CsvCell } from '../csv.ts'
import { cachedDownload, databaseFile } from './cache.ts'

export const CAPTURE_COLUMNS = [
  'capture_id', 'kind', 'list_date', 'day_order', 'file_name', 'sha256', 'version_id', 'row_number',
  'state_raw', 'agency_raw', 'type_raw', 'county_raw', 'model_raw', 'signed_raw', 'moa_text', 'moa_url', 'addendum_text', 'addendum_url',
  'model', 'signed_on', 'agency_id', 'agreement_id', 'flags',
] as const

const CAPTURES_PER_QUERY = 100

type Capture = [id: number, kind: string, asOf: string, dayOrder: number, fileName: string, sha256: string, versionId: number]

/**
 * One CSV record per row of every capture, series by series (kind, then date): a version's rows are stored once but
 * written for each capture that shares it. Each query is short (a page of captures, or one version's rows) on a
 * read-only connection of its own, so no read transaction stays open while a slow client downloads, and only the
 * current version's rows are held (one list, under 2,000 rows): memory stays flat however long the record grows.
 * better-sqlite3 directly rather than Prisma: the record has 337,000 capture rows and Prisma's row mapping took 16 s of them.
 */
export async function* capturePages(file = databaseFile()): AsyncGenerator<CsvCell[][]> {
  const conn = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 })
  try {
    const page = conn
      .prepare(`SELECT id, kind, asOf, dayOrder, fileName, sha256, versionId FROM "SourceList"
                WHERE versionId IS NOT NULL AND (kind, asOf, dayOrder, id) > (?, ?, ?, ?)
                ORDER BY kind, asOf, dayOrder, id LIMIT ${CAPTURES_PER_QUERY}`)
      .raw(true)
    const rows = conn
      .prepare(`SELECT rowNumber, stateRaw, agencyRaw, typeRaw, countyRaw, modelRaw, signedRaw, moaText, moaUrl, addendumText, addendumUrl,
                       model, signedOn, agencyId, agreementId, flags
                FROM "ListEntry" WHERE versionId = ? ORDER BY rowNumber`)
      .raw(true)
    let after: [string, string, number, number] = ['', '', -1, 0]
    let held = null as { versionId: number; rows: CsvCell[][] } | null
    for (;;) {
      const captures = page.all(...after) as Capture[]
      for (const c of captures) {
        const versionId = c[6]
        if (held?.versionId !== versionId)
          held = { versionId, rows: (rows.all(versionId) as CsvCell[][]).map((r) => [...r.slice(0, -1), (JSON.parse(String(r.at(-1))) as string[]).join(' ')]) }
        yield held.rows.map((r) => [...c, ...r])
      }
      if (captures.length < CAPTURES_PER_QUERY) return
      const last = captures.at(-1)!
      after = [last[1], last[2], last[3], last[0]]
    }
  } finally {
    conn.close()
  }
}

export const capturesCsvStream = () => csvStream(CAPTURE_COLUMNS, capturePages())

/** The captures CSV on disk for the current data version: 130 MB and about 15 s of CPU, so it is written once per write, not per request. */
export const capturesCsv = () =>
  cachedDownload('captures', '.csv', (tmp) => pipeline(Readable.fromWeb(capturesCsvStream() as NodeReadableStream<Uint8Array>), createWriteStream(tmp)))
