import Database from 'better-sqlite3'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { importList } from '@/lib/import/apply'
import { ImportError } from '@/lib/import/errors'
import { parseListFile } from '@/lib/import/parse-list'
import { dataChecksum } from '@/lib/test/db-checksum'
import { csvOf, fileNameArb, gridArb, mutate, mutationArb, optionsArb, xlsxOf } from './helpers/malformed'
import { report } from './helpers/report'

const actor = { actor: 'resilience-fuzz', channel: 'cli' as const }
const MAX_APPLIES = 25
// A second connection: its PRAGMA data_version changes only when another connection commits.
const watcher = new Database(process.env.DATABASE_URL!.replace(/^file:/, ''), { readonly: true })
const dataVersion = () => watcher.pragma('data_version', { simple: true }) as number
afterAll(() => watcher.close())

const tally = { inputs: 0, rejected: 0, previewed: 0, applied: 0, unexpected: 0, codes: {} as Record<string, number> }

/** Through the one import path: only ImportError may escape, and a refusal or preview commits nothing. */
async function throughImport(bytes: Uint8Array, fileName: string, opts: { asOf?: string; kind?: 'participating' | 'pending' | 'roster' }, apply: boolean) {
  tally.inputs += 1
  const v0 = dataVersion()
  let lists
  try {
    lists = await parseListFile(bytes, { fileName, ...opts })
  } catch (error) {
    if (!(error instanceof ImportError)) { tally.unexpected += 1; throw error }
    tally.rejected += 1
    tally.codes[error.code] = (tally.codes[error.code] ?? 0) + 1
    expect(dataVersion()).toBe(v0)
    return
  }
  for (const list of lists) {
    await importList(db, list, { dryRun: true, actor })
    tally.previewed += 1
    expect(dataVersion()).toBe(v0)
  }
  if (apply && tally.applied < MAX_APPLIES)
    for (const list of lists) {
      const r = await importList(db, list, { dryRun: false, actor })
      if (r.applied) tally.applied += 1
    }
}

describe('fuzzing the import path with malformed files', () => {
  it('CSV: 700 malformed lists never throw anything but ImportError', async () => {
    await fc.assert(
      fc.asyncProperty(gridArb, mutationArb, fileNameArb, optionsArb, fc.boolean(), async (grid, m, name, opts, apply) => {
        await throughImport(mutate(csvOf(grid), m), name.replace(/\.xlsx$/, '.csv'), opts, apply)
      }),
      { numRuns: 700, seed: 287 },
    )
  })

  it('xlsx: 350 malformed workbooks (truncated zips, flipped bytes, empty sheets, formulas, absurd dates)', async () => {
    await fc.assert(
      fc.asyncProperty(gridArb, mutationArb, fileNameArb, optionsArb, fc.boolean(), fc.boolean(), async (grid, m, name, opts, apply, empty) => {
        await throughImport(mutate(await xlsxOf(grid, empty && m.kind === 'none'), m), name, opts, apply)
      }),
      { numRuns: 350, seed: 287 },
    )
  })

  it('a refused file leaves every table byte-identical', async () => {
    const before = dataChecksum()
    for (const bytes of [new Uint8Array(0), Buffer.from('PK\u0003\u0004garbage'), Buffer.from('%PDF-1.7'), Buffer.from('STATE,AGENCY\nTX,\u0000')])
      await expect(parseListFile(bytes, { fileName: 'x_2025-01-01.csv' })).rejects.toBeInstanceOf(ImportError)
    expect(dataChecksum()).toBe(before)
    report('fuzz-import', tally)
    expect(tally.inputs).toBeGreaterThanOrEqual(1050)
    expect(tally.unexpected).toBe(0)
  })
})
