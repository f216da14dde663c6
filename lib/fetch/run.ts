import { createHash } from 'node:crypto'
import type { Actor } from '../audit.ts'
import { todayIso } from '../dates.ts'
import type { Db } from '../db.ts'
import type { ImportResult } from '../import/apply.ts'
import { importFile } from '../import/import-file.ts'
import { asOfFromFileName } from '../import/parse-list.ts'
import { FetchError } from './errors.ts'
import { DEFAULT_LIMITS, httpGet, type HttpLimits } from './http.ts'
import { findWorkbookLinks, type WorkbookKind } from './links.ts'
import { finishFetchRun, startFetchRun } from './record.ts'

export const ICE_287G_URL = 'https://www.ice.gov/identify-and-arrest/287g'

export interface FetchIceOptions {
  pageUrl: string
  dryRun?: boolean
  actor: Actor
  limits?: HttpLimits
}

export interface FetchedFile {
  kind: WorkbookKind
  url: string
  fileName: string
  sha256: string
  bytes: number
  asOf: string
  /** Why the list date is not the one in ICE's file name, when it is not. */
  dateNote: string | null
  results: ImportResult[]
}

export interface FetchIceReport {
  pageUrl: string
  dryRun: boolean
  files: FetchedFile[]
  /** Lists written (or, in a dry run, that would be). */
  newLists: number
}

/**
 * Reads ICE's 287(g) page, downloads the participating and pending workbooks it links, and imports each list not
 * already held (by sha256) through the one import path. Every workbook is read and checked (a dry run of the import)
 * before any is written, so a refused list leaves the database as it was. Each run but a dry run is recorded in FetchRun.
 */
export async function fetchIce(db: Db, opts: FetchIceOptions): Promise<FetchIceReport> {
  const limits = opts.limits ?? DEFAULT_LIMITS
  const pageUrl = parsePageUrl(opts.pageUrl)
  const runId = opts.dryRun ? null : await startFetchRun(db, pageUrl.href, new Date())
  const files: FetchedFile[] = []
  const workbooks: Uint8Array[] = []
  try {
    const page = await httpGet(pageUrl, limits)
    const links = findWorkbookLinks(new TextDecoder().decode(page.bytes), page.url)
    if (!links.some((l) => l.kind === 'participating'))
      throw new FetchError('no_workbook_links', `${page.url.href} links no participating-agencies workbook (participatingAgencies….xlsx); the page may have changed shape. Nothing was imported.`)
    const downloads = []
    for (const link of links) downloads.push({ link, res: await httpGet(link.url, limits) })
    for (const { link, res } of downloads) {
      const { asOf, dateNote } = await listDate(db, link.kind, link.fileName)
      const file: FetchedFile = {
        kind: link.kind, url: res.url.href, fileName: link.fileName, sha256: createHash('sha256').update(res.bytes).digest('hex'),
        bytes: res.bytes.byteLength, asOf, dateNote, results: [],
      }
      file.results = await importFile(db, res.bytes, { fileName: file.fileName, kind: file.kind, asOf, sourceUrl: file.url, dryRun: true, actor: opts.actor })
      // New means new bytes: a workbook held already (on whatever date) is unchanged, not a new capture dated today.
      const held = await db.sourceList.findFirst({ where: { sha256: file.sha256 }, select: { id: true, asOf: true, fileName: true }, orderBy: { id: 'asc' } })
      if (held) {
        file.asOf = held.asOf
        file.dateNote = null
        file.results = file.results.map((r) => ({ ...r, asOf: held.asOf, duplicateOf: held }))
      }
      files.push(file)
      workbooks.push(res.bytes)
    }
    if (!opts.dryRun) {
      for (const [i, file] of files.entries()) {
        if (file.results.every((r) => r.duplicateOf)) continue
        file.results = await importFile(db, workbooks[i]!, { fileName: file.fileName, kind: file.kind, asOf: file.asOf, sourceUrl: file.url, actor: opts.actor })
      }
    }
    const report = { pageUrl: pageUrl.href, dryRun: !!opts.dryRun, files, newLists: files.flatMap((f) => f.results).filter((r) => !r.duplicateOf).length }
    if (runId !== null) await finishFetchRun(db, runId, { ok: true, message: runMessage(report), files })
    return report
  } catch (error) {
    if (runId !== null) await finishFetchRun(db, runId, { ok: false, message: error instanceof Error ? error.message : String(error), files })
    throw error
  }
}

function parsePageUrl(raw: string): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch (error) {
    throw new FetchError('bad_url', `ICE_287G_URL "${raw}" is not an absolute URL.`, { cause: error })
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new FetchError('bad_url', `ICE_287G_URL "${raw}" is not an http(s) address.`)
  return url
}

/**
 * ICE's file name dates the list. Where it carries no date, or one older than the newest list of that kind already held
 * (ICE has misdated files, e.g. …01052025pm published in January 2026), the list is dated by the day it was fetched.
 */
async function listDate(db: Db, kind: WorkbookKind, fileName: string): Promise<{ asOf: string; dateNote: string | null }> {
  const today = todayIso()
  const named = asOfFromFileName(fileName)
  if (!named) return { asOf: today, dateNote: `${fileName} carries no date; dated by the day it was fetched.` }
  const newest = await db.sourceList.aggregate({ where: { kind }, _max: { asOf: true } })
  const held = newest._max.asOf
  if (held && named < held) return { asOf: today, dateNote: `${fileName} is dated ${named}, older than the newest ${kind} list held (${held}); dated by the day it was fetched.` }
  return { asOf: named, dateNote: null }
}

export function runMessage(report: FetchIceReport): string {
  if (report.newLists === 0) return `Unchanged: ICE's current lists are already held (${report.files.map((f) => `${f.kind} ${f.asOf}`).join(', ')}).`
  const fresh = report.files.flatMap((f) => f.results).filter((r) => !r.duplicateOf)
  return `${report.dryRun ? 'Would import' : 'Imported'} ${fresh.length} new list(s): ${fresh.map((r) => `${r.kind} ${r.asOf}`).join(', ')}.`
}
