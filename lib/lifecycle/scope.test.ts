import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { db } from '../db'
import { importFile } from '../import/import-file'
import { rebuildLifecycle } from './rebuild'

const actor = { actor: 'test', channel: 'cli' as const }

/** What the lifecycle rebuild writes, in a stable order, without ids or timestamps. */
function lifecycle(): string {
  const sql = new Database(process.env.DATABASE_URL!.replace(/^file:/, ''), { readonly: true })
  try {
    return JSON.stringify([
      sql.prepare(`SELECT "agreementId", series, model, state, "startOn", "endOn", "firstListId", "firstRow", "lastListId", "lastRow", "prevListId", "nextListId", captures FROM "PresenceInterval" ORDER BY 1, 2, 5`).all(),
      sql.prepare(`SELECT "agreementId", status, model, state, "startOn", "endOn" FROM "StatusPeriod" ORDER BY 1, 5, 2`).all(),
      sql.prepare(`SELECT "agreementId", kind, "onDate", "fromDate", "toDate", reason, "sourceListId", "rowNumber" FROM "AgreementEvent" WHERE derived = 1 ORDER BY 1, 2, 3, 7`).all(),
      sql.prepare(`SELECT id, "firstListedOn", "lastListedOn" FROM "Agreement" ORDER BY 1`).all(),
    ])
  } finally {
    sql.close()
  }
}

describe('an import rebuilds only the agreements near its capture', () => {
  it('leaves the same lifecycle as a full rebuild, for a capture taken out of the middle of the record and imported again', async () => {
    // participatingAgencies11042025pm.xlsx (MANIFEST.tsv: 2025-11-04) sits between captures of 2025-11-03 and 2025-11-05.
    const held = await db.sourceList.findFirstOrThrow({ where: { fileName: 'participatingAgencies11042025pm.xlsx' }, select: { id: true, versionId: true, content: true, asOf: true } })
    expect(await db.sourceList.count({ where: { versionId: held.versionId } })).toBe(1)
    await db.sourceList.delete({ where: { id: held.id } })
    await db.listVersion.delete({ where: { id: held.versionId! } })
    await db.$transaction((tx) => rebuildLifecycle(tx), { timeout: 600_000 })

    const [result] = await importFile(db, new Uint8Array(held.content!), { fileName: 'participatingAgencies11042025pm.xlsx', asOf: held.asOf, actor })
    expect(result).toMatchObject({ applied: true, asOf: '2025-11-04' })
    const incremental = lifecycle()
    await db.$transaction((tx) => rebuildLifecycle(tx), { timeout: 600_000 })
    expect(lifecycle()).toBe(incremental)
  }, 600_000)
})
