import { describe, expect, it } from 'vitest'
import { db } from '../db'
import { diffSnapshots, type SnapshotDiff } from './diff'

const idOf = async (fileName: string) => (await db.sourceList.findFirstOrThrow({ where: { fileName }, select: { id: true } })).id

describe('diffSnapshots between captures', () => {
  it('finds nothing changed between two byte-identical files of different days (one version, rows stored once)', async () => {
    // MANIFEST.tsv: both files have the same sha256 and 151 rows.
    const d = (await diffSnapshots(await idOf('participatingAgencies-20250221214937.xlsx'), await idOf('participatingAgencies-20250222170629.xlsx'))) as SnapshotDiff
    expect(d.from.rows).toBe(151)
    expect(d.counts).toMatchObject({ added: 0, removed: 0, model_changes: 0, renamed: 0 })
    expect(d.counts.unchanged).toBeGreaterThan(140)
  })

  it('counts the growth between two real lists whose later one is a repeat capture', async () => {
    // 151 rows on 2025-02-22 (a second capture of the 2025-02-21 content) and 239 on 2025-02-26 (MANIFEST.tsv).
    const d = (await diffSnapshots(await idOf('participatingAgencies-20250222170629.xlsx'), await idOf('participatingAgencies-20250226183301.xlsx'))) as SnapshotDiff
    expect(d.counts.added - d.counts.removed).toBeGreaterThanOrEqual(239 - 151 - 5)
    expect(d.counts.unchanged).toBeGreaterThan(140)
  })
})
