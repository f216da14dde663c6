import { describe, expect, it } from 'vitest'
import { db } from '../db'
import { ensureSearchIndex, refreshAgencySearch } from './index'
import { searchAgencies } from './queries'

const names = async (q: string) => (await searchAgencies({ q, page: 1, perPage: 50 })).items.map((a) => a.name)
const tables = async () =>
  (await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE name IN ('agency_search', 'agency_search_term') ORDER BY name`)).map((r) => r.name)

describe('search index', () => {
  it('is built where it is missing, from every agency', async () => {
    await db.$executeRawUnsafe('DROP TABLE IF EXISTS agency_search')
    await db.$executeRawUnsafe('DROP TABLE IF EXISTS agency_search_term')
    await ensureSearchIndex(db)
    expect(await tables()).toEqual(['agency_search', 'agency_search_term'])
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>('SELECT count(*) AS n FROM agency_search')
    expect(Number(row?.n)).toBe(await db.agency.count())
    expect(await names('Hilsborough')).toContain("Hillsborough County Sheriff's Office")
  })

  it('follows a rename in the writer’s transaction, and a rolled-back rename leaves it as it was', async () => {
    const agency = await db.agency.findFirstOrThrow({ where: { name: 'Plant City Police Department' }, select: { id: true } })
    await expect(
      db.$transaction(async (tx) => {
        await tx.agency.update({ where: { id: agency.id }, data: { name: 'Quuxville Police Department' } })
        await refreshAgencySearch(tx, [agency.id])
        throw new Error('abandon')
      }),
    ).rejects.toThrow('abandon')
    expect(await names('Quuxville')).toEqual([])
    expect(await names('Plant City')).toEqual(['Plant City Police Department'])

    await db.$transaction(async (tx) => {
      await tx.agency.update({ where: { id: agency.id }, data: { name: 'Quuxville Police Department' } })
      await tx.agencyName.create({ data: { agencyId: agency.id, name: 'Quuxville Police Department' } })
      await refreshAgencySearch(tx, [agency.id])
    })
    expect(await names('Quuxville')).toEqual(['Quuxville Police Department'])
    // The old spelling is still one of its names (AgencyName), so it still finds the agency; its new word is offered as a correction.
    expect(await names('Plant City')).toEqual(['Quuxville Police Department'])
    expect((await searchAgencies({ q: 'Quuxvile', page: 1, perPage: 5 })).suggestion).toBe('quuxville')
  })

  it('drops agencies that no longer exist', async () => {
    const agency = await db.agency.create({ data: { name: 'Zyzzogeton Marshal Service', nameKey: 'zyzzogeton marshal service', state: 'WY', type: 'other' }, select: { id: true } })
    await db.$transaction((tx) => refreshAgencySearch(tx, [agency.id]))
    expect(await names('Zyzzogeton')).toEqual(['Zyzzogeton Marshal Service'])
    await db.$transaction(async (tx) => {
      await tx.agency.delete({ where: { id: agency.id } })
      await refreshAgencySearch(tx, [agency.id])
    })
    expect(await names('Zyzzogeton')).toEqual([])
    expect((await searchAgencies({ q: 'Zyzzogetom', page: 1, perPage: 5 })).suggestion).toBeNull()
  })
})
