import { describe, expect, it } from 'vitest'
import { checksumWithoutTokenUse as dataChecksum } from '../auth/testing'
import { db } from '../db'
import { warmImportPath } from './warm-up'

describe('warmImportPath (what a spare import worker runs before it is ready)', () => {
  it('previews the newest participating list held and writes nothing', async () => {
    const before = dataChecksum()
    const results = await warmImportPath(db)
    expect(dataChecksum()).toBe(before)
    // ice-history/MANIFEST.tsv: participatingAgencies05182026am.xlsx, 2026-05-18, 1,843 rows (1,162 / 182 / 499 by model).
    expect(results.map((r) => [r.fileName, r.asOf, r.rows, r.applied])).toEqual([['participatingAgencies05182026am.xlsx', '2026-05-18', 1843, false]])
    expect(results[0]!.byModel).toEqual({ task_force: 1162, jail_enforcement: 182, warrant_service_officer: 499 })
  })
})
