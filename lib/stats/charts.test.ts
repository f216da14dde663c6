import { describe, expect, it } from 'vitest'
import { monthModelTable, phaseOutTable, stateTable, chartCsv } from './chart-tables'
import { agreementsByState, expirationsByMonth, newAgreementsByMonth, phaseOutChart } from './charts'
import { countyMapData } from './counties'
import { readViewParams } from './view-params'

const TODAY = '2026-11-28'

describe('phaseOutChart', () => {
  it('shows the task-force phase-out against the Secure Communities rollout, 2008–2013 by default', async () => {
    const { from, to, points, markers } = await phaseOutChart('default', TODAY)
    expect([from, to, points.length]).toEqual(['2008-01', '2013-12', 72])
    const at = (month: string) => points.find((p) => p.month === month)!
    expect(at('2012-10')).toMatchObject({ date: '2012-10-31', task_force: 17, gap: false })
    expect(at('2013-01').task_force).toBe(0)
    expect(at('2010-12').counties_activated).toBe(885)
    // Before the first roster (Oct 2010) no list covers a month: null, never zero.
    expect(at('2009-06')).toMatchObject({ gap: true, task_force: null, jail_enforcement: null, total: null })
    // Dec 2013 is covered by the roster captured 2013-09-04 ("as of 08/07/2013": 36 jail agreements, ddp/pre2018-roster-long.csv);
    // the task-force model had ended (Jan 2013), so it has no line there rather than a zero.
    expect(at('2013-12')).toMatchObject({ gap: false, task_force: null, jail_enforcement: 36 })
    expect(markers.map((m) => m.slug)).toContain('2012-12-21-detainer-guidance')
    expect(markers.every((m) => m.month >= from && m.month <= to)).toBe(true)
  })

  it('the full range runs from 2002 to this month and shows the 2025–26 growth by model', async () => {
    const { points } = await phaseOutChart('full', TODAY)
    expect(points[0]!.month).toBe('2002-01')
    expect(points.at(-1)!.month).toBe('2026-11')
    expect(points.find((p) => p.month === '2018-06')!.total).toBeNull()
    const may2026 = points.find((p) => p.month === '2026-05')!
    expect(may2026).toMatchObject({ task_force: 1162, warrant_service_officer: 499, jail_enforcement: 182 })
  })
})

describe('newAgreementsByMonth', () => {
  it('counts agreements by signing month since 2025 and leaves months after the newest list unknown', async () => {
    const { rows, lastListed, excluded, flaggedDates } = await newAgreementsByMonth(TODAY)
    expect(lastListed).toBe('2026-05-18')
    expect(rows[0]!.month).toBe('2025-01')
    expect(rows.find((r) => r.month === '2026-06')!.total).toBeNull()
    const counted = rows.reduce((s, r) => s + (r.total ?? 0), 0)
    // ICE's list of 2026-05-18 prints 1,770 agreements signed since 2025; agreements signed then and ended before it count too.
    expect(counted).toBeGreaterThanOrEqual(1770 - excluded)
    expect(counted).toBeLessThan(1770 + 200)
    // ICE printed "5025-07-07" for Grundy County; the date from a later list is used.
    expect(flaggedDates).toContainEqual(expect.objectContaining({ printed: '5025-07-07', usedDate: '2025-07-07' }))
    // Campbell County's "05/082025" is on many of ICE's 2025 lists: one misprint, said once.
    expect(flaggedDates.filter((f) => f.agency === "Campbell County Sheriff's Office")).toEqual([
      { agency: "Campbell County Sheriff's Office", state: 'VA', printed: '05/082025', flags: ['malformed_date'], usedDate: '2025-05-08' },
    ])
    expect(new Set(flaggedDates.map((f) => JSON.stringify(f))).size).toBe(flaggedDates.length)
    // Misspelt states and models and repeated rows are not date problems: they are flagged on the agency pages instead.
    expect(flaggedDates.flatMap((f) => f.flags).filter((f) => !f.endsWith('_date'))).toEqual([])
  })
})

describe('agreementsByState', () => {
  it('adds up to the active total on a listed date', async () => {
    const { rows, basis } = await agreementsByState('2026-05-18')
    expect(basis?.label).toBe('ICE list of 2026-05-18')
    expect(rows!.reduce((s, r) => s + r.total, 0)).toBe(1843)
    expect(rows![0]!.total).toBeGreaterThanOrEqual(rows![1]!.total)
  })

  it('returns no rows, not zeros, for a date no list covers', async () => {
    expect((await agreementsByState('2018-06-01')).rows).toBeNull()
  })
})

describe('expirationsByMonth', () => {
  it('places the 17 task-force agreements not renewed at the end of 2012 in December 2012', async () => {
    const { rows, undated } = await expirationsByMonth()
    expect(rows.find((r) => r.month === '2012-12')).toMatchObject({ task_force: 17, total: 17 })
    expect(undated).toBeGreaterThan(0)
  })
})

describe('chart tables and CSV', () => {
  it('write the same rows the chart draws, with gaps as empty cells', async () => {
    const { points } = await phaseOutChart('default', TODAY)
    const table = phaseOutTable(points)
    expect(table.rows).toHaveLength(points.length)
    const csv = chartCsv(table).split('\r\n')
    expect(csv[0]).toBe('Month end,Task force,Jail enforcement,Warrant service officer,Total,Counties with Secure Communities,Share of counties,Basis (ICE list)')
    // Warrant service officers did not exist before 2019: blank, not 0.
    expect(csv.find((l) => l.startsWith('2012-10-31,'))).toMatch(/^2012-10-31,17,40,,57,/)
    expect(csv.find((l) => l.startsWith('2009-06-30,'))).toMatch(/^2009-06-30,,,,,\d+,/)
    expect(monthModelTable([{ month: '2025-01', task_force: 1, jail_enforcement: 2, warrant_service_officer: null, total: null }]).rows[0]).toEqual(['2025-01', 1, 2, null, null])
    expect(stateTable([]).rows).toEqual([])
  })
})

describe('map data', () => {
  it('draws every county in the activation data, with its date', async () => {
    const { counties } = await countyMapData()
    const dated = counties.filter((c) => c[4] !== null)
    expect(dated).toHaveLength(3134)
    expect(counties.find((c) => c[0] === '48201')).toMatchObject(['48201', expect.any(String), 'Harris County', 'TX', '2008-10-27', 0, expect.any(Number)])
    expect(dated.filter((c) => c[4]! <= '2010-12-31')).toHaveLength(885)
  })
})

describe('readViewParams', () => {
  it('keeps a valid as-of date and range, and drops bad ones with a notice', () => {
    expect(readViewParams({ as_of: '2012-10-31', range: 'full' }, TODAY)).toMatchObject({ asOf: '2012-10-31', range: 'full', notices: [] })
    const bad = readViewParams({ as_of: '2012-02-30', range: 'all' }, TODAY)
    expect(bad).toMatchObject({ asOf: TODAY, range: 'default' })
    expect(bad.notices).toHaveLength(2)
    expect(readViewParams({ as_of: '2030-01-01' }, TODAY).asOf).toBe(TODAY)
  })
})
