import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { stateBreakdown, stateRosterHistory } from './breakdown'

// ICE's list of 2026-05-18, as extracted row by row in prisma/data: the expected counts come from the file, not the database.
const ice = (parse(readFileSync('prisma/data/agencies_287g_2026-05-18.csv'), { columns: true }) as Record<string, string>[]).filter((r) => r.state === 'TEXAS')

describe('stateBreakdown', () => {
  it('summarises the 387 Texas agreements of 2026-05-18 by county as ICE’s file does', async () => {
    const b = await stateBreakdown('TX', '2026-05-18')
    expect(b.agreements).toBe(ice.length)
    expect(b.topCounties.reduce((n, c) => n + c.agreements, 0)).toBeLessThanOrEqual(b.agreements)
    const fromFile = (county: string) => ice.filter((r) => r.county === county).length
    expect(b.topCounties[0]).toMatchObject({ county: 'Galveston County', agreements: fromFile('Galveston County') })
    for (const c of b.topCounties) expect(c.agreements).toBe(fromFile(c.county))
    expect(new Set(ice.map((r) => r.agency)).size).toBeGreaterThanOrEqual(b.agencies - 5)
  })

  it('ranks agencies by their active agreements', async () => {
    const b = await stateBreakdown('TX', '2026-05-18')
    const perAgency = new Map<string, number>()
    for (const { agency } of ice) perAgency.set(agency!, (perAgency.get(agency!) ?? 0) + 1)
    expect(b.topAgencies[0]!.agreements).toBe(Math.max(...perAgency.values()))
  })
})

describe('stateRosterHistory', () => {
  it('shows Arizona’s three task forces relabelled in 2011 and four agencies gone before the October 2012 roster', async () => {
    // Expected from ddp/pre2018-roster-long.csv (state ARIZONA, by capture; a row per change): 9 (3 TF, 6 jail) on the
    // 10/29/2010 roster, all 9 jail on the capture of 2011-08-18, Maricopa gone on 2012-01-20, four gone by 10/02/2012,
    // then the same four jail agreements on every capture to 2017-08-01.
    const h = await stateRosterHistory('AZ')
    expect(h.map((r) => [r.asOf, r.until, r.total, r.task_force, r.jail_enforcement])).toEqual([
      ['2010-10-29', '2010-10-29', 9, 3, 6],
      ['2011-08-18', '2011-09-02', 9, 0, 9],
      ['2012-01-20', '2012-08-01', 8, 0, 8],
      ['2012-10-02', '2017-08-01', 4, 0, 4],
    ])
    expect(h[2]!.left.map((a) => a.name)).toEqual(["Maricopa County Sheriff's Office"])
    expect(h[3]!.left.map((a) => a.name)).toEqual(['Arizona Department of Public Safety', 'City of Phoenix Police Department', 'Florence Police Department', "Pima County Sheriff's Office"])
  })

  it('is empty for a state on no roster', async () => {
    expect(await stateRosterHistory('WY')).toEqual([])
  })
})
