import { describe, expect, it } from 'vitest'
import { phaseOutChart } from '@/lib/stats/charts'
import { monthBarGeometry, MONTH_BAR_FRAMES, stateBarFrames, stateBarGeometry, type MonthModelPoint } from './bar-geometry'
import type { HoverBand } from './geometry'
import { PHASE_OUT_FRAMES, phaseOutGeometry, type PhaseOutPoint } from './phase-out-geometry'

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
  const g = phaseOutGeometry(points, [{ slug: 'e', date: '2012-02-15', title: 'An event' }], '2012-05-01', frame)
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
    expect(col(2).tip).toMatch(/^2012-03-28: no ICE list covers this month/)
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
    const geo = phaseOutGeometry(real, markers, null, frame)
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

describe('bar geometry', () => {
  const rows: MonthModelPoint[] = [
    { month: '2025-01', task_force: 3, jail_enforcement: 1, warrant_service_officer: 0 },
    { month: '2025-02', task_force: 0, jail_enforcement: 0, warrant_service_officer: 0 },
    { month: '2025-03', task_force: null, jail_enforcement: null, warrant_service_officer: null },
  ]
  const g = monthBarGeometry(rows, MONTH_BAR_FRAMES.wide)

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
    expect(g.hover.tips[2]).toBe('2025-03: not known (no ICE list covers it yet)')
    const march = slot(g.hover, 2)
    expect(g.gaps).toEqual([{ x0: expect.closeTo(march.x, 0), x1: expect.closeTo(march.x + march.width, 0) }])
  })

  it('draws states in the order given, bar lengths in proportion to their totals', () => {
    const states = [
      { state: 'TX', name: 'Texas', task_force: 200, jail_enforcement: 50, warrant_service_officer: 50 },
      { state: 'FL', name: 'Florida', task_force: 100, jail_enforcement: 0, warrant_service_officer: 50 },
    ]
    const s = stateBarGeometry(states, stateBarFrames(states.length).wide)
    expect(s.bandTicks.map((t) => t.label)).toEqual(['TX', 'FL'])
    const length = (i: number) => s.bars[i]!.segments.reduce((sum, seg) => sum + seg.width, 0)
    expect(length(0) / length(1)).toBeCloseTo(2, 1)
    expect(s.hover.tips[1]).toBe('Florida: Task force 100, Warrant service officer 50 (total 150)')
    expect(s.hover.along).toBe('y')
  })
})
