import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { db } from '../db'
import { importFile } from '../import/import-file'
import { lifecycleSnapshot } from '../test/lifecycle-snapshot'
import { rebuildLifecycle } from './rebuild'

const actor = { actor: 'test', channel: 'cli' as const }
// ICE's newest list held (MANIFEST.tsv: participatingAgencies05182026am.xlsx, 2026-05-18, 1,843 rows).
const newest = readFileSync('prisma/data/ice-xlsx/participatingAgencies05182026am.xlsx')

async function equalsFullRebuild() {
  const after = lifecycleSnapshot()
  await db.$transaction((tx) => rebuildLifecycle(tx), { timeout: 600_000 })
  expect(lifecycleSnapshot()).toBe(after)
}

describe('a new capture of the newest content', () => {
  it('a week later only extends the intervals, and leaves what a full rebuild would', async () => {
    const [r] = await importFile(db, new Uint8Array(newest), { fileName: 'participatingAgencies05252026am.xlsx', asOf: '2026-05-25', actor })
    expect(r).toMatchObject({ applied: true, knownVersion: true, previous: { asOf: '2026-05-18' }, counts: { added: 0, removed: 0 } })
    expect(await db.presenceInterval.count({ where: { series: 'listed', endOn: '2026-05-25' } })).toBe(r!.counts.unchanged)
    await equalsFullRebuild()
  }, 600_000)

  it('after a gap longer than the coverage window, is rebuilt around (the gap splits the runs)', async () => {
    const [r] = await importFile(db, new Uint8Array(newest), { fileName: 'participatingAgencies08012026am.xlsx', asOf: '2026-08-01', actor })
    expect(r).toMatchObject({ applied: true, knownVersion: true, duplicateOf: null })
    await equalsFullRebuild()
  }, 600_000)
})
