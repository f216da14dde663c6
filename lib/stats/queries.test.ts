import { describe, expect, it } from 'vitest'
import { activeStats, secureCommunitiesStats, timeline } from './queries'

describe('activeStats reconciles with the source lists', () => {
  it.each([
    ['2010-10-29', 71, { task_force: 25, jail_enforcement: 46 }, 'ICE roster of 2010-10-29'],
    // The first capture under the caption "as of 09/02/2011" (2011-10-20) lists 69; later captures under it list 68.
    ['2011-09-02', 69, { task_force: 20, jail_enforcement: 49 }, 'ICE roster of 2011-09-02'],
    ['2012-10-02', 64, { task_force: 20 }, 'ICE roster of 2012-10-02'],
    ['2012-10-16', 57, { task_force: 17, jail_enforcement: 40 }, 'ICE roster of 2012-10-16'],
    ['2013-01-15', 39, { task_force: 0 }, 'ICE roster of 2012-12-31'],
    ['2025-01-04', 135, {}, 'ICE list of 2025-01-04'],
    ['2025-02-22', 151, { task_force: 11 }, 'ICE list of 2025-02-22'],
    ['2025-07-18', 832, { task_force: 415, warrant_service_officer: 300, jail_enforcement: 117 }, 'ICE list of 2025-07-18'],
    ['2026-05-18', 1843, { task_force: 1162, warrant_service_officer: 499, jail_enforcement: 182 }, 'ICE list of 2026-05-18'],
  ])('%s: %i agreements', async (asOf, total, byModel, basis) => {
    const s = await activeStats(asOf)
    expect(s.gap).toBe(false)
    expect(s.total).toBe(total)
    expect(s.by_model).toMatchObject(byModel)
    expect(s.basis?.label).toBe(basis)
    expect(Object.values(s.by_state ?? {}).reduce((a, b) => a + b, 0)).toBe(total)
  })

  it('answers a date no list covers with a gap, not a number', async () => {
    const s = await activeStats('2018-06-01')
    expect(s).toMatchObject({ gap: true, total: null, basis: null })
  })

  it('has no basis before the first roster', async () => {
    expect((await activeStats('2009-06-30')).gap).toBe(true)
  })
})

describe('secureCommunitiesStats', () => {
  it.each([
    ['2008-12-31', 14],
    ['2009-12-31', 102],
    ['2010-12-31', 885],
    ['2011-12-31', 1984],
    ['2013-02-01', 3134],
  ])('%s: %i counties activated', async (asOf, n) => {
    const s = await secureCommunitiesStats(asOf)
    expect(s.counties_activated).toBe(n)
    expect(s.counties_total).toBe(3143)
  })
})

describe('timeline', () => {
  it('gives the state on each month’s last day, with gaps where no list covers', async () => {
    const points = await timeline('2008-01', '2026-05')
    const at = (m: string) => points.find((p) => p.month === m)!
    expect(at('2012-10')).toMatchObject({ total: 57, task_force: 17 })
    expect(at('2013-01')).toMatchObject({ total: 39, task_force: 0, counties_activated: 3134 })
    expect(at('2008-12').counties_activated).toBe(14)
    expect(at('2010-12').counties_activated).toBe(885)
    // The roster's last capture (2017-08-01) stands 180 days; the next list held is of 2021-01-13 (MANIFEST.tsv).
    for (const p of points.filter((x) => x.month >= '2018-02' && x.month <= '2020-12')) expect(p).toMatchObject({ gap: true, total: null })
    expect(at('2016-06')).toMatchObject({ gap: false, total: 32 })
    expect(at('2009-06').gap).toBe(true)
  })
})
