import { describe, expect, it } from 'vitest'
import { insertMany, insertManyReturningIds, sqlNow, updateMany } from './bulk.ts'
import { db } from './db.ts'

// Each test file runs on its own copy of the seeded real database; these tests write into its status periods.
const COLUMNS = ['agreementId', 'status', 'model', 'state', 'startOn', 'endOn', 'basisListId'] as const

describe('bulk writes', () => {
  it('inserts more rows than one statement may bind (several statements), all in the caller’s transaction', async () => {
    const agreement = await db.agreement.findFirstOrThrow({ select: { id: true } })
    const before = await db.statusPeriod.count()
    const rows = Array.from({ length: 3000 }, (_, i) => ({ agreementId: agreement.id, status: 'active', model: 'task_force', state: 'ZZ', startOn: `2099-01-${String((i % 28) + 1).padStart(2, '0')}`, endOn: null, basisListId: null }))
    await db.$transaction(async (tx) => insertMany(tx, 'StatusPeriod', COLUMNS, rows))
    expect(await db.statusPeriod.count({ where: { state: 'ZZ' } })).toBe(3000)
    // A failure anywhere leaves nothing behind: the rows of earlier statements roll back with the rest.
    const broken = [...rows, { ...rows[0]!, agreementId: -1 }]
    await expect(db.$transaction(async (tx) => insertMany(tx, 'StatusPeriod', COLUMNS, broken))).rejects.toThrow()
    expect(await db.statusPeriod.count()).toBe(before + 3000)
    await db.statusPeriod.deleteMany({ where: { state: 'ZZ' } })
  })

  it('returns new ids in the order of the rows, and stores timestamps as Prisma reads them', async () => {
    const agency = await db.agency.findFirstOrThrow({ select: { id: true } })
    const now = sqlNow()
    const models = ['task_force', 'jail_enforcement', 'warrant_service_officer', 'task_force'] as const
    const ids = await db.$transaction(async (tx) =>
      insertManyReturningIds(tx, 'Agreement', ['agencyId', 'model', 'signedRaw', 'flags', 'createdAt', 'updatedAt'], models.map((model, i) => ({ agencyId: agency.id, model, signedRaw: `bulk ${i}`, flags: '[]', createdAt: now, updatedAt: now }))),
    )
    const made = await db.agreement.findMany({ where: { id: { in: ids } }, select: { id: true, signedRaw: true, createdAt: true, version: true } })
    expect(ids.map((id) => made.find((m) => m.id === id)!.signedRaw)).toEqual(['bulk 0', 'bulk 1', 'bulk 2', 'bulk 3'])
    expect(made[0]!.createdAt).toBeInstanceOf(Date)
    expect(Math.abs(made[0]!.createdAt.getTime() - Date.now())).toBeLessThan(60_000)
    expect(made[0]!.version).toBe(1) // the database default applies to columns not given
  })

  it('updates by id from a table of values, only where the condition holds', async () => {
    const [a, b] = await db.agency.findMany({ take: 2, orderBy: { id: 'asc' }, select: { id: true, name: true, version: true } })
    await db.$transaction(async (tx) =>
      updateMany(tx, 'Agency', ['name'], [{ id: a!.id, name: 'Renamed A' }, { id: b!.id, name: 'Renamed B' }], '"name" = v."name", "version" = "Agency"."version" + 1', `"Agency".id <> ${b!.id}`),
    )
    const after = await db.agency.findMany({ where: { id: { in: [a!.id, b!.id] } }, orderBy: { id: 'asc' }, select: { name: true, version: true } })
    expect(after).toEqual([{ name: 'Renamed A', version: a!.version + 1 }, { name: b!.name, version: b!.version }])
  })
})
