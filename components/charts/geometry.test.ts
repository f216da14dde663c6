import { createTranslator } from 'next-intl'
import { describe, expect, it } from 'vitest'
import en from '@/messages/en.json'
import es from '@/messages/es.json'
import { phaseOutChart } from '@/lib/stats/charts'
import { monthBarGeometry, MONTH_BAR_FRAMES, stateBarFrames, stateBarGeometry, type MonthModelPoint } from './bar-geometry'
import type { HoverBand } from './geometry'
import { PHASE_OUT_FRAMES, phaseOutGeometry, phaseOutPanels, type PhaseOutPoint } from './phase-out-geometry'

const tEn = createTranslator({ locale: 'en', messages: en, namespace: 'trends.tips' })
const tEs = createTranslator({ locale: 'es', messages: es, namespace: 'trends.tips' })

const frame = PHASE_OUT_FRAMES.wide
/** The i-th slot of a hover band: where it starts and ends, and its tip. */
const slot = (h: HoverBand, i: number) => ({ x: h.x + (i * h.width) / h.tips.length, width: h.width / h.tips.length, tip: h.tips[i]! })
/** The vertices of an SVG path as drawn, one array per subpath (each `M` starts one). */
const subpaths = (d: string) =>
  d.split('M').filter(Boolean).map((part) => part.split('L').map((xy) => xy.split(',').map(Number) as [number, number]))

const point = (month: string, task_force: number | null, share = 0.5): PhaseOutPoint => ({
  month, date: `${month}-28`, gap: task_force === null, task_force, jail_enforcement: task_force === null ? null : 0, warrant_service_officer: task_force === null ? null : 0,
  counties_activated: Math.round(share * 3000), counties_share: share,
})

describe('phaseOutGeometry', () => {
  const points = [point('2012-01', 20), point('2012-02', 10), point('2012-03', null), point('2012-04', null), point('2012-05', 5)]
  const g = phaseOutGeometry(points, [{ slug: 'e', date: '2012-02-15', title: 'An event' }], '2012-05-01', frame, tEn)
  const col = (i: number) => slot(g.hover, i)

  it('holds each month’s value across the month, with a riser where it changes', () => {
    const [first] = subpaths(g.lines.task_force)
    const y20 = first![0]![1]
    const y10 = first![2]![1]
    expect(first).toEqual([[col(0).x, y20], [col(1).x, y20], [col(1).x, y10], [col(2).x, y10]])
    expect(y10).toBeGreaterThan(y20) // SVG y grows downwards: fewer agreements sit lower
  })

  it('breaks the line over months no list covers: nothing is drawn across them, and they are hatched as one gap', () => {
    const parts = subpaths(g.lines.task_force)
    expect(parts).toHaveLength(2)
    const inside = parts.flat().filter(([x]) => x > col(2).x && x < col(4).x)
    expect(inside).toEqual([])
    expect(g.gaps).toEqual([{ x0: col(2).x, x1: col(4).x }])
    expect(col(2).tip).toMatch(/^2012-03-28: the tracker holds no ICE list for this month/)
    expect(col(1).tip).toBe('2012-02-28: Task force 10, Jail enforcement 0, Warrant service officer 0. Secure Communities in 1,500 counties (50.0%)')
  })

  it('places policy events and the as-of line by day within their month', () => {
    const [m] = g.markers
    expect(m!.x).toBeGreaterThan(col(1).x + col(1).width * 0.45)
    expect(m!.x).toBeLessThan(col(1).x + col(1).width * 0.55)
    expect(g.asOfX).toBe(col(4).x)
  })

  it('draws the real 2008–2013 series: task forces end at zero in January 2013 and no vertex falls in an uncovered month', async () => {
    const { points: real, markers } = await phaseOutChart('default', '2026-11-28')
    const geo = phaseOutGeometry(real, markers, null, frame, tEn)
    const vertices = subpaths(geo.lines.task_force).flat()
    real.forEach((p, i) => {
      if (!p.gap) return
      const c = slot(geo.hover, i)
      expect(vertices.filter(([x]) => x > c.x + 0.1 && x < c.x + c.width - 0.1)).toEqual([])
    })
    const jan2013 = real.findIndex((p) => p.month === '2013-01')
    const end = slot(geo.hover, jan2013)
    const atJan = vertices.filter(([x]) => Math.abs(x - end.x - end.width) < 0.2)
    expect(atJan.map(([, y]) => y)).toContain(frame.height - frame.bottom)
    expect(geo.markers.length).toBe(markers.length)
  })
})

describe('what the phase-out chart must not draw', () => {
  const xs = (d: string) => subpaths(d).flat().map(([x]) => x)
  /** x of a day inside a hover band whose slots are months (as the chart places events). */
  const dayX = (h: HoverBand, i: number, day: number, days: number) => slot(h, i).x + ((day - 1) / days) * slot(h, i).width

  it('stops every line on the day of the newest list held and marks the months after it "not yet listed"', () => {
    const points = [point('2026-04', 400), point('2026-05', 1162), point('2026-06', 1162), point('2026-07', 1162)]
    const g = phaseOutGeometry(points, [], null, frame, tEn, '2026-05-18')
    const end = dayX(g.hover, 1, 18, 31)
    expect(Math.max(...xs(g.lines.task_force))).toBeCloseTo(end, 0)
    expect(Math.max(...xs(g.lines.jail_enforcement))).toBeCloseTo(end, 0)
    expect(g.unlisted!.x0).toBeCloseTo(end, 0)
    expect(g.unlisted!.x1).toBeCloseTo(slot(g.hover, 3).x + slot(g.hover, 3).width, 0)
    expect(g.gaps).toEqual([])
    expect(g.hover.tips[2]).toMatch(/^2026-06-28: not yet listed \(the newest ICE list held is of 2026-05-18\)/)
  })

  it('fills Secure Communities only while it was being switched on, and outlines it after its 2017 revival', () => {
    const points = [point('2014-10', 1, 0.99), point('2014-11', 1, 0.99), point('2016-12', 1, 0.99), point('2017-01', 1, 0.99)]
    const g = phaseOutGeometry(points, [], null, frame, tEn)
    expect(Math.max(...xs(g.shareArea))).toBeCloseTo(slot(g.hover, 1).x, 0) // Nov 2014 ends after the 20th: not drawn as active
    expect(g.scPaused).toEqual({ x0: expect.closeTo(slot(g.hover, 1).x, 0), x1: expect.closeTo(slot(g.hover, 3).x, 0) })
    expect(Math.min(...xs(g.shareRevived))).toBeCloseTo(slot(g.hover, 3).x, 0)
    expect(g.hover.tips[2]).toMatch(/Secure Communities discontinued \(Priority Enforcement Program/)
  })

  it('draws the full range in two panels with their own count axes, and no model before it existed', async () => {
    const { points, markers, lastListed } = await phaseOutChart('full', '2026-11-28')
    const panels = phaseOutPanels(points)
    expect(panels.map((p) => [p[0]!.month, p.at(-1)!.month])).toEqual([['2002-01', '2016-12'], ['2017-01', '2026-11']])
    const [early, late] = panels.map((p) => phaseOutGeometry(p, markers, null, frame, tEn, lastListed))
    const top = (ticks: { label: string }[]) => Number(ticks.at(-1)!.label.replace(/,/g, ''))
    expect(top(early!.yTicks)).toBeLessThanOrEqual(100) // 2010–2012 counts are in the tens: legible on their own axis
    expect(top(late!.yTicks)).toBeGreaterThanOrEqual(1000)
    // Warrant service officers (launched 2019-05-06): no value before May 2019's month-end; task forces none 2013-02 to 2024-12.
    const wso = points.filter((p) => p.warrant_service_officer !== null).map((p) => p.month)
    expect(wso.every((m) => m >= '2019-05')).toBe(true)
    expect(points.filter((p) => p.month >= '2013-02' && p.month <= '2024-12').every((p) => p.task_force === null)).toBe(true)
    expect(points.find((p) => p.month === '2013-01')!.task_force).toBe(0)
    expect(subpaths(early!.lines.warrant_service_officer)).toEqual([])
    expect(lastListed).toBe('2026-05-18')
    expect(late!.unlisted).not.toBeNull()
  })
})

describe('bar geometry', () => {
  const rows: MonthModelPoint[] = [
    { month: '2025-01', task_force: 3, jail_enforcement: 1, warrant_service_officer: 0 },
    { month: '2025-02', task_force: 0, jail_enforcement: 0, warrant_service_officer: 0 },
    { month: '2025-03', task_force: null, jail_enforcement: null, warrant_service_officer: null },
  ]
  const g = monthBarGeometry(rows, MONTH_BAR_FRAMES.wide, tEn)

  it('stacks models in one bar per month, heights in proportion to the counts', () => {
    const [jan] = g.bars
    expect(jan!.segments.map((s) => s.model)).toEqual(['task_force', 'jail_enforcement'])
    const [tf, je] = jan!.segments
    expect(tf!.height / je!.height).toBeCloseTo(3, 1)
    expect(tf!.y).toBeCloseTo(je!.y + je!.height, 1) // jail enforcement sits on top of task force
    expect(g.hover.tips[0]).toBe('2025-01: Task force 3, Jail enforcement 1 (total 4)')
  })

  it('a month of zeros draws no bar; a month no list covers is a gap, not a zero', () => {
    expect(g.bars[1]!.segments).toEqual([])
    expect(g.hover.tips[1]).toBe('2025-02: none')
    expect(g.bars[2]!.segments).toEqual([])
    expect(g.hover.tips[2]).toBe('2025-03: not yet listed (no ICE list held covers it yet)')
    const march = slot(g.hover, 2)
    expect(g.gaps).toEqual([{ x0: expect.closeTo(march.x, 0), x1: expect.closeTo(march.x + march.width, 0) }])
  })

  it('draws states in the order given, bar lengths in proportion to their totals', () => {
    const states = [
      { state: 'TX', name: 'Texas', task_force: 200, jail_enforcement: 50, warrant_service_officer: 50 },
      { state: 'FL', name: 'Florida', task_force: 100, jail_enforcement: 0, warrant_service_officer: 50 },
    ]
    const s = stateBarGeometry(states, stateBarFrames(states.length).wide, tEn)
    expect(s.bandTicks.map((t) => t.label)).toEqual(['TX', 'FL'])
    const length = (i: number) => s.bars[i]!.segments.reduce((sum, seg) => sum + seg.width, 0)
    expect(length(0) / length(1)).toBeCloseTo(2, 1)
    expect(s.hover.tips[1]).toBe('Florida: Task force 100, Warrant service officer 50 (total 150)')
    expect(s.hover.along).toBe('y')
  })
})

describe('chart tips and ticks in Spanish', () => {
  it('words each month’s tip in Spanish, with Spanish numbers and shares, and ICE’s model names beside their gloss', () => {
    const points = [point('2012-01', 1843, 0.997), point('2012-02', null), point('2026-06', 12500, 0.5)]
    const g = phaseOutGeometry(points, [], null, frame, tEs, '2026-05-18')
    expect(g.hover.tips[0]).toBe('2012-01-28: Grupo de trabajo (Task Force) 1843, Cárcel (Jail Enforcement) 0, Agente de órdenes (Warrant Service Officer) 0. Comunidades Seguras activo en 2991 condados (99,7\u00a0%)')
    expect(g.hover.tips[1]).toBe('2012-02-28: el rastreador no tiene ninguna lista de ICE para este mes. Comunidades Seguras activo en 1500 condados (50,0\u00a0%)')
    expect(g.hover.tips[2]).toMatch(/^2026-06-28: aún no figura en ninguna lista \(la lista de ICE más reciente que tenemos es del 2026-05-18\)\. Comunidades Seguras reactivado \(EO 13768\) en 1500 condados/)
    expect(g.shareTicks.map((t) => t.label)).toEqual(['0\u00a0%', '25\u00a0%', '50\u00a0%', '75\u00a0%', '100\u00a0%'])
    expect(g.yTicks.map((t) => t.label)).toContain('2000')
  })

  it('writes bar tips and count ticks in Spanish: four-digit numbers ungrouped, five-digit ones with a point', () => {
    const rows: MonthModelPoint[] = [
      { month: '2025-01', task_force: 12000, jail_enforcement: 500, warrant_service_officer: 0 },
      { month: '2025-02', task_force: 0, jail_enforcement: 0, warrant_service_officer: 0 },
      { month: '2025-03', task_force: null, jail_enforcement: null, warrant_service_officer: null },
    ]
    const g = monthBarGeometry(rows, MONTH_BAR_FRAMES.wide, tEs)
    expect(g.hover.tips).toEqual([
      '2025-01: Grupo de trabajo (Task Force) 12.000, Cárcel (Jail Enforcement) 500 (total 12.500)',
      '2025-02: ninguno',
      '2025-03: aún no figura en ninguna lista (ninguna lista de ICE que tenemos lo cubre todavía)',
    ])
    expect(g.countTicks.map((t) => t.label)).toEqual(['0', '2000', '4000', '6000', '8000', '10.000', '12.000'])
    expect(monthBarGeometry(rows, MONTH_BAR_FRAMES.wide, tEn).countTicks.at(-1)!.label).toBe('12,000')
  })
})
