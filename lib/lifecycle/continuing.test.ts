import { describe, expect, it } from 'vitest'
import { db } from '../db'
import { importFile } from '../import/import-file'
import { lifecycleSnapshot } from '../test/lifecycle-snapshot'
import { takeOutCapture } from '../test/take-out'
import { rebuildLifecycle } from './rebuild'

const actor = { actor: 'test', channel: 'cli' as const }

describe('a changed newest capture extends the agreements that continue and rebuilds the rest', () => {
  it('leaves what a full rebuild would, for ICE’s newest list (2026-05-18) taken out and imported again', async () => {
    // MANIFEST.tsv: participatingAgencies05182026am.xlsx, 2026-05-18, 1,843 rows; the participating list before it is participatingAgencies05142026am.xlsx (2026-05-14).
    const held = await takeOutCapture(db, 'participatingAgencies05182026am.xlsx')
    expect(held.sharedVersion).toBe(false)
    const before = await db.presenceInterval.count({ where: { series: 'listed', endOn: '2026-05-18' } })
    expect(before).toBe(0)
    const [r] = await importFile(db, held.content, { fileName: 'participatingAgencies05182026am.xlsx', asOf: held.asOf, actor })
    expect(r).toMatchObject({ applied: true, asOf: '2026-05-18', previous: { asOf: '2026-05-14' } })
    const incremental = lifecycleSnapshot()
    expect(await db.presenceInterval.count({ where: { series: 'listed', endOn: '2026-05-18' } })).toBeGreaterThan(1700)
    await db.$transaction((tx) => rebuildLifecycle(tx), { timeout: 600_000 })
    expect(lifecycleSnapshot()).toBe(incremental)
  }, 600_000)
})
