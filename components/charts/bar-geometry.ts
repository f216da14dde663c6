import { scaleBand, scaleLinear } from 'd3-scale'
import { stack } from 'd3-shape'
import { AGREEMENT_MODELS, type AgreementModel } from '@/lib/agreements/constants'
import { countTicks, FONT, plotBottom, plotRight, round, spans, thin, type ChartText, type Frame, type HoverBand, type Layout, type Span, type Tick } from './geometry'

export type ModelCounts<V> = Record<AgreementModel, V>
export interface MonthModelPoint extends ModelCounts<number | null> {
  month: string
}
export interface StatePoint extends ModelCounts<number> {
  state: string
  name: string
}

export interface Segment {
  model: AgreementModel
  x: number
  y: number
  width: number
  height: number
}

export interface BarGeometry {
  frame: Frame
  bars: { key: string; segments: Segment[] }[]
  gaps: Span[]
  hover: HoverBand
  /** Ticks along the bars' band axis (months or states) and along the count axis. */
  bandTicks: Tick[]
  countTicks: Tick[]
}

export const MONTH_BAR_FRAMES: Record<Layout, Frame> = {
  wide: { width: 1000, height: 320, top: 24, right: 12, bottom: 26, left: 52 },
  narrow: { width: 340, height: 260, top: 24, right: 8, bottom: 26, left: 40 },
}

const ROW = 18
/** One band per state with room for the axis: the chart grows with the states it lists. */
export function stateBarFrames(states: number): Record<Layout, Frame> {
  const height = Math.max(160, states * ROW + 36)
  return {
    wide: { width: 1000, height, top: 4, right: 16, bottom: 24, left: 40 },
    narrow: { width: 340, height, top: 4, right: 12, bottom: 24, left: 40 },
  }
}

const total = (r: ModelCounts<number | null>) => AGREEMENT_MODELS.reduce((s, m) => s + (r[m] ?? 0), 0)
const breakdown = (r: ModelCounts<number | null>, t: ChartText) => AGREEMENT_MODELS.filter((m) => r[m]).map((m) => t('model', { model: m, n: r[m]! })).join(', ')
const barTip = (name: string, r: ModelCounts<number | null>, t: ChartText) => (total(r) ? t('bar', { name, breakdown: breakdown(r, t), total: total(r) }) : t('barNone', { name }))

function stacked<R extends ModelCounts<number | null>>(rows: R[]) {
  return stack<R, AgreementModel>().keys(AGREEMENT_MODELS).value((r, m) => r[m] ?? 0)(rows)
}

/** Bars stacked by model, one per month; a month with null counts (no source) draws no bar and is hatched as a gap. */
export function monthBarGeometry(rows: MonthModelPoint[], frame: Frame, t: ChartText): BarGeometry {
  const x = scaleBand().domain(rows.map((r) => r.month)).range([frame.left, plotRight(frame)]).paddingInner(0.2)
  const y = scaleLinear().domain([0, Math.max(1, ...rows.map(total))]).nice().range([plotBottom(frame), frame.top])
  const series = stacked(rows)
  const known = (r: MonthModelPoint) => AGREEMENT_MODELS.some((m) => r[m] !== null)
  const step = x.step()
  const slot = (i: number) => x(rows[i]!.month)! - (step - x.bandwidth()) / 2
  return {
    frame,
    bars: rows.map((r, i) => ({
      key: r.month,
      segments: series.flatMap((s) => {
        const [a, b] = s[i]!
        return b > a ? [{ model: s.key, x: round(x(r.month)!), y: round(y(b)), width: round(x.bandwidth()), height: round(y(a) - y(b)) }] : []
      }),
    })),
    gaps: spans(rows.length, (i) => !known(rows[i]!), (i) => round(slot(i)), (i) => round(slot(i) + step)),
    hover: {
      x: rows.length ? round(slot(0)) : frame.left, y: frame.top, width: round(step * rows.length), height: plotBottom(frame) - frame.top, along: 'x',
      tips: rows.map((r) => (known(r) ? barTip(r.month, r, t) : t('barNotYet', { name: r.month }))),
    },
    bandTicks: thin(rows.map((r) => ({ at: round(x(r.month)! + x.bandwidth() / 2), label: r.month })), FONT * 5),
    countTicks: countTicks(y, 5, t),
  }
}

/** Horizontal bars stacked by model, one per state, in the order given. */
export function stateBarGeometry(rows: StatePoint[], frame: Frame, t: ChartText): BarGeometry {
  const y = scaleBand().domain(rows.map((r) => r.state)).range([frame.top, plotBottom(frame)]).paddingInner(0.2)
  const x = scaleLinear().domain([0, Math.max(1, ...rows.map(total))]).nice().range([frame.left, plotRight(frame)])
  const series = stacked(rows)
  const step = y.step()
  const slot = (i: number) => y(rows[i]!.state)! - (step - y.bandwidth()) / 2
  return {
    frame,
    bars: rows.map((r, i) => ({
      key: r.state,
      segments: series.flatMap((s) => {
        const [a, b] = s[i]!
        return b > a ? [{ model: s.key, x: round(x(a)), y: round(y(r.state)!), width: round(x(b) - x(a)), height: round(y.bandwidth()) }] : []
      }),
    })),
    gaps: [],
    hover: {
      x: frame.left, y: rows.length ? round(slot(0)) : frame.top, width: plotRight(frame) - frame.left, height: round(step * rows.length), along: 'y',
      tips: rows.map((r) => barTip(r.name, r, t)),
    },
    bandTicks: rows.map((r) => ({ at: round(y(r.state)! + y.bandwidth() / 2), label: r.state })),
    countTicks: thin(countTicks(x, 6, t), FONT * 3),
  }
}
