import { describe, expect, it } from 'vitest'
import { db } from '../db'
import { compareOverTime } from './queries'

// Expected counts are rows of ICE's files (/work/shared/data/agencies_287g_*.csv, ice_287g_roster_2010_2012.csv), counted
// by state: TEXAS 30 / 118 / 387 and FLORIDA 51 / 309 / 348 on 2025-02-22 / 2025-07-18 / 2026-05-18; Autauga County
// Sheriff's Office (AL) has 3 rows in 2026-05-18 and none before; Prince William County Sheriff's Office (VA) is a task
// force on every roster to 10/16/2012 and absent from the 12/31/2012 one, which lists 2 Texas and 2 Florida agreements.
async function agencyId(name: string, state: string) {
  return (await db.agency.findFirstOrThrow({ where: { name, state }, select: { id: true } })).id
}

describe('compareOverTime', () => {
  it('gives each chosen state and agency, and the national total, at each month’s end', async () => {
    const autauga = await agencyId("Autauga County Sheriff's Office", 'AL')
    const pwc = await agencyId("Prince William County Sheriff's Office", 'VA')
    const data = await compareOverTime({ states: ['TX', 'FL'], agencies: [autauga, pwc], from: null, to: null }, '2026-12-01')
    expect(data.series.map((s) => s.label)).toEqual(['National total', 'Texas', 'Florida', "Autauga County Sheriff's Office (AL)", "Prince William County Sheriff's Office (VA)"])
    const at = (m: string) => data.rows.find((r) => r.month === m)!.values
    const keys = ['national', 'state:TX', 'state:FL', `agency:${autauga}`, `agency:${pwc}`]
    const row = (m: string) => keys.map((k) => at(m)[k])
    expect(row('2026-05')).toEqual([1843, 387, 348, 3, 0])
    // National totals at month's end from MANIFEST.tsv: 2025-07-30 pm (875 rows), 2025-03-31 23:10 (427 rows).
    expect(row('2025-07')[0]).toBe(875)
    expect(row('2025-03')[0]).toBe(427)
    expect(row('2012-10')[4]).toBe(1)
    expect(row('2013-01')).toEqual([39, 2, 2, 0, 0])
  })

  it('leaves months no list covers as gaps, never zeros', async () => {
    const data = await compareOverTime({ states: ['TX'], agencies: [], from: '2018-01', to: '2018-12' }, '2026-12-01')
    expect(data.rows).toHaveLength(12)
    for (const r of data.rows) expect(r).toMatchObject({ basis: null, values: { national: null, 'state:TX': null } })
  })

  it('starts at the first roster, stops at the newest list and reports agencies it does not know', async () => {
    const data = await compareOverTime({ states: [], agencies: [999_999], from: null, to: '2026-11' }, '2026-12-01')
    expect([data.from, data.to, data.rows[0]!.month, data.rows.at(-1)!.month]).toEqual(['2010-10', '2026-05', '2010-10', '2026-05'])
    expect(data.unknownAgencies).toEqual([999_999])
    expect(data.series).toHaveLength(1)
  })
})
