import type { Actor } from '../audit.ts'
import type { Db } from '../db.ts'
import { importList, type ImportResult } from './apply.ts'
import { ImportError } from './errors.ts'
import { parseListFile, type ListKind, type ParsedList, type ParseOptions } from './parse-list.ts'

export interface ImportFileOptions {
  fileName: string
  asOf?: string
  kind?: ListKind
  /** Where the file was fetched from, when known (fetcher, seed). */
  sourceUrl?: string
  capturedOn?: string
  provenance?: string
  dryRun?: boolean
  /** Apply only if the file's lists are the ones previewed (their sha256s, comma-joined). */
  expectSha256?: string
  /** Seed only: defer the lifecycle rebuild to the end of the load. */
  bulk?: boolean
  actor: Actor
}

type Parse = (bytes: Uint8Array, options: ParseOptions) => Promise<ParsedList[]>

/**
 * Parses with the kind the caller names, and corrects it when the content says otherwise: ICE swapped its two files
 * on 2025-09-22 (a "participating" file in the pending layout, a "pending" file with signing dates). The correction is
 * recorded as a warning on the list, never made silently.
 */
export async function parseDetectingKind(parse: Parse, bytes: Uint8Array, options: ParseOptions): Promise<ParsedList[]> {
  try {
    return await parse(bytes, options)
  } catch (error) {
    const swapTo = !(error instanceof ImportError) ? null
      : error.code === 'missing_column' && options.kind === 'participating' ? 'pending'
      : error.code === 'kind_mismatch' && options.kind === 'pending' ? 'participating' : null
    if (!swapTo) throw error
    const relabelled = await parse(bytes, { ...options, kind: swapTo })
    const note = `${options.fileName} is named as ICE's ${options.kind} list but has the ${swapTo} layout (ICE swapped its two files on 2025-09-22); imported as a ${swapTo} list.`
    return relabelled.map((l) => ({ ...l, warnings: [...l.warnings, note] }))
  }
}

/** Preview or apply lists already parsed (the seed parses in a worker pool). */
export async function importParsed(db: Db, lists: ParsedList[], opts: ImportFileOptions): Promise<ImportResult[]> {
  if (opts.expectSha256 !== undefined && lists.map((l) => l.sha256).join(',') !== opts.expectSha256)
    throw new ImportError('changed_file', 'The file differs from the one previewed; preview it again before applying.')
  const results: ImportResult[] = []
  for (const list of lists) {
    const meta = { ...list, sourceUrl: list.sourceUrl ?? opts.sourceUrl ?? null, capturedOn: list.capturedOn ?? opts.capturedOn ?? null }
    results.push(await importList(db, meta, { dryRun: opts.dryRun, actor: opts.actor, provenance: opts.provenance, bulk: opts.bulk }))
  }
  return results
}

/** The one entry point of every import (seed, CLI, API, admin form, fetcher): parse the file, then preview or apply each list in it. */
export async function importFile(db: Db, bytes: Uint8Array, opts: ImportFileOptions, parse: Parse = parseListFile): Promise<ImportResult[]> {
  const lists = await parseDetectingKind(parse, bytes, { fileName: opts.fileName, asOf: opts.asOf, kind: opts.kind })
  return importParsed(db, lists, opts)
}
