import { describe, expect, it } from 'vitest'
import { stateAgencies, stateRecentChanges, stateSecureCommunities, stateSummaries } from './queries'

describe('stateSummaries', () => {
  it('adds up to the national count of the ICE list of 2026-05-18', async () => {
    const s = await stateSummaries('2026-05-18')
    expect(s.basis?.label).toBe('ICE list of 2026-05-18')
    expect(s.states).toHaveLength(56)
    expect(s.states.reduce((n, r) => n + r.total, 0)).toBe(1843)
    expect(s.states.find((r) => r.code === 'TX')).toMatchObject({ total: 387 })
    for (const r of s.states) expect(r.task_force + r.jail_enforcement + r.warrant_service_officer).toBe(r.total)
  })

  it('gives no basis in the 2013–2024 gap', async () => {
    const s = await stateSummaries('2018-06-01')
    expect(s).toMatchObject({ gap: true, basis: null })
  })
})

describe('state details', () => {
  it('Virginia at the end of 2012: two jail agreements left, six task forces not renewed', async () => {
    const { rows: agencies } = await stateAgencies('VA', '2012-12-31')
    expect(agencies.filter((a) => a.activeModels.length).map((a) => a.name).sort()).toEqual(["Prince William-Manassas Regional Jail", "Shenandoah County Sheriff's Office"])
    const recent = await stateRecentChanges('VA', '2012-12-31')
    expect(recent.since).toBe('2012-10-16')
    expect(recent.changes.filter((c) => c.kind === 'not_renewed')).toHaveLength(6)
  })

  it('counts a state’s Secure Communities activations by month', async () => {
    const sc = await stateSecureCommunities('AZ')
    expect(sc).toMatchObject({ total: 15, activated: 15 })
    expect(sc.byMonth.reduce((n, m) => n + m.count, 0)).toBe(15)
    expect(sc.first!.date <= sc.last!.date).toBe(true)
  })
})

describe('agency counts', () => {
  it('counts each agency once however many agreements it holds', async () => {
    const s = await stateSummaries('2026-05-18')
    const al = s.states.find((r) => r.code === 'AL')!
    const first = await stateAgencies('AL', '2026-05-18')
    const pages = await Promise.all(Array.from({ length: first.pageCount }, (_, i) => stateAgencies('AL', '2026-05-18', i + 1)))
    const agencies = pages.flatMap((p) => p.rows)
    expect(agencies).toHaveLength(first.total)
    expect(al.agencies).toBe(agencies.filter((a) => a.activeModels.length).length)
    expect(al.agencies).toBeLessThan(al.total)
  })
})

describe('the agencies of a large state come a page at a time', () => {
  it('Texas: every agency once across the pages, by name', async () => {
    const first = await stateAgencies('TX', '2026-05-18', 1)
    expect(first.rows).toHaveLength(50)
    expect(first.pageCount).toBe(Math.ceil(first.total / 50))
    const pages = await Promise.all(Array.from({ length: first.pageCount }, (_, i) => stateAgencies('TX', '2026-05-18', i + 1)))
    const ids = pages.flatMap((p) => p.rows.map((r) => r.id))
    expect(new Set(ids).size).toBe(first.total)
    const names = pages.flatMap((p) => p.rows.map((r) => r.name))
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
  })
})
