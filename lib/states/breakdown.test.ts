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
    const h = await stateRosterHistory('AZ')
    expect(h.map((r) => [r.asOf, r.total, r.task_force, r.jail_enforcement])).toEqual([
      ['2010-10-29', 9, 3, 6],
      ['2011-09-02', 8, 0, 8],
      ['2012-10-02', 4, 0, 4],
      ['2012-10-16', 4, 0, 4],
      ['2012-12-31', 4, 0, 4],
    ])
    expect(h[1]!.left.map((a) => a.name)).toEqual(["Maricopa County Sheriff's Office"])
    expect(h[2]!.left.map((a) => a.name)).toEqual(['Arizona Department of Public Safety', 'City of Phoenix Police Department', 'Florence Police Department', "Pima County Sheriff's Office"])
  })

  it('is empty for a state on no roster', async () => {
    expect(await stateRosterHistory('WY')).toEqual([])
  })
})
