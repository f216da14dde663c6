import { describe, expect, it } from 'vitest'
import { db } from '../db'
import { importFile } from '../import/import-file'
import { lifecycleSnapshot as lifecycle } from '../test/lifecycle-snapshot'
import { takeOutCapture } from '../test/take-out'
import { rebuildLifecycle } from './rebuild'

const actor = { actor: 'test', channel: 'cli' as const }

describe('an import rebuilds only the agreements near its capture', () => {
  it('leaves the same lifecycle as a full rebuild, for a capture taken out of the middle of the record and imported again', async () => {
    // participatingAgencies11042025pm.xlsx (MANIFEST.tsv: 2025-11-04) sits between captures of 2025-11-03 and 2025-11-05.
    const held = await takeOutCapture(db, 'participatingAgencies11042025pm.xlsx')
    expect(held.sharedVersion).toBe(false)

    const [result] = await importFile(db, held.content, { fileName: 'participatingAgencies11042025pm.xlsx', asOf: held.asOf, actor })
    expect(result).toMatchObject({ applied: true, asOf: '2025-11-04' })
    const incremental = lifecycle()
    await db.$transaction((tx) => rebuildLifecycle(tx), { timeout: 600_000 })
    expect(lifecycle()).toBe(incremental)
  }, 600_000)
})
