import type { Actor } from '../audit.ts'
import type { Db } from '../db.ts'
import { importList, type ImportResult } from './apply.ts'
import { ImportError } from './errors.ts'
import { parseListFile, type ListKind } from './parse-list.ts'

export interface ImportFileOptions {
  fileName: string
  asOf?: string
  kind?: ListKind
  /** Where the file was fetched from, when known (fetcher, seed). */
  sourceUrl?: string
  dryRun?: boolean
  /** Apply only if the file's lists are the ones previewed (their sha256s, comma-joined). */
  expectSha256?: string
  actor: Actor
}

/** The one entry point of every import (seed, CLI, API, admin form, fetcher): parse the file, then preview or apply each list in it. */
export async function importFile(db: Db, bytes: Uint8Array, opts: ImportFileOptions): Promise<ImportResult[]> {
  const lists = await parseListFile(bytes, { fileName: opts.fileName, asOf: opts.asOf, kind: opts.kind })
  if (opts.expectSha256 !== undefined && lists.map((l) => l.sha256).join(',') !== opts.expectSha256)
    throw new ImportError('changed_file', 'The file differs from the one previewed; preview it again before applying.')
  const results: ImportResult[] = []
  for (const list of lists) {
    const meta = opts.sourceUrl && !list.sourceUrl ? { ...list, sourceUrl: opts.sourceUrl } : list
    results.push(await importList(db, meta, { dryRun: opts.dryRun, actor: opts.actor }))
  }
  return results
}
