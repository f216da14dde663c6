import { describe, expect, it } from 'vitest'
import { pendingList } from './queries'

// Expected values read from ICE's files with exceljs, outside the import path: the rows of pendingAgencies07182025pm.xlsx,
// each looked up by state, agency name (letters and digits) and model on every later participating and pending file of
// prisma/data/ice-history/MANIFEST.tsv (the 2025-09-22 pair swapped, README §5).
describe('pendingList on the real ICE pending workbook of 2025-07-18 (pm)', () => {
  it('holds the 26 rows and tells which were later signed and which stayed pending', async () => {
    const list = (await pendingList('2025-07-18'))!
    expect([list.asOf, list.fileName, list.rows.length]).toEqual(['2025-07-18', 'pendingAgencies07182025pm.xlsx', 26])
    expect(list.counts).toEqual({ signed: 16, stillPending: 10, vanished: 0 })
    expect(list.rows.map((r) => r.row)).toEqual(Array.from({ length: 26 }, (_, i) => i + 2))
    expect(list.rows.filter((r) => r.outcome === 'still_pending').map((r) => r.row)).toEqual([2, 5, 7, 8, 10, 11, 12, 14, 16, 22])
  })

  it('measures the time from the pending list to the signing date and to the first listing, cited by file and row', async () => {
    const list = (await pendingList('2025-07-18'))!
    const denton = list.rows.find((r) => r.agency.name === "Denton County Sheriff's Office")!
    expect(denton).toMatchObject({ outcome: 'signed', model: 'jail_enforcement', signedOn: '2025-07-29', daysToSigning: 11, daysToListing: 12 })
    expect(denton.firstListed).toMatchObject({ asOf: '2025-07-30', label: 'ICE list of 2025-07-30', row: 701 })
    // Haywood County TN was signed three days before the pending list and is on the participating list of that day (row 641).
    const haywood = list.rows.find((r) => r.agency.name.startsWith('Haywood County'))!
    expect(haywood).toMatchObject({ outcome: 'signed', daysToSigning: -3, daysToListing: 0, firstListed: { asOf: '2025-07-18', row: 641 } })
    // Southside Place PD waited until the list of 2026-03-02 (row 1324).
    expect(list.rows.find((r) => r.row === 24)).toMatchObject({ outcome: 'signed', firstListed: { asOf: '2026-03-02', row: 1324 } })
  })

  it('steps between the pending lists held, and opens on the newest', async () => {
    const newest = (await pendingList())!
    expect([newest.asOf, newest.fileName, newest.rows.length, newest.next]).toEqual(['2026-02-27', 'pendingAgencies02272026am.xlsx', 2, null])
    expect(newest.previous).toBe('2026-02-17')
    expect((await pendingList('2025-07-19'))!.fileName).toBe('pendingAgencies07182025pm.xlsx')
    expect(await pendingList('2025-01-01')).toBeNull()
  })
})
