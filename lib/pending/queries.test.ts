import { describe, expect, it } from 'vitest'
import { pendingLists } from './queries'

describe('pendingLists on the real ICE pending workbook of 2025-07-18', () => {
  it('holds the 26 rows and tells which were later signed and which vanished', async () => {
    const lists = await pendingLists()
    expect(lists.map((l) => [l.asOf, l.rows.length])).toEqual([['2025-07-18', 26]])
    const [list] = lists
    expect(list!.counts).toEqual({ signed: 15, stillPending: 0, vanished: 11 })
    expect(list!.rows.map((r) => r.row)).toEqual(Array.from({ length: 26 }, (_, i) => i + 2))
  })

  it('measures the time from the pending list to the signing date and to the first listing', async () => {
    const [list] = await pendingLists()
    const denton = list!.rows.find((r) => r.agency.name === "Denton County Sheriff's Office")!
    expect(denton).toMatchObject({ outcome: 'signed', model: 'jail_enforcement', signedOn: '2025-07-29', daysToSigning: 11, daysToListing: 304 })
    expect(denton.firstListed?.label).toBe('ICE list of 2026-05-18')
    // Haywood County TN was signed three days before the pending list and is also on the participating list of that day.
    const haywood = list!.rows.find((r) => r.agency.name.startsWith('Haywood County'))!
    expect(haywood).toMatchObject({ outcome: 'signed', daysToSigning: -3, daysToListing: 0 })
  })

  it('counts as vanished an application on no later list', async () => {
    const [list] = await pendingLists()
    const madison = list!.rows.find((r) => r.agency.name.startsWith('Madison County') && r.agency.state === 'AL')!
    expect(madison).toMatchObject({ outcome: 'vanished', signedOn: null, firstListed: null })
  })
})
