import { scaleLinear } from 'd3-scale'
import { area, line } from 'd3-shape'
import { AGREEMENT_MODELS, MODEL_LABELS, type AgreementModel } from '@/lib/agreements/constants'
import { countTicks, FONT, plotBottom, plotRight, round, spans, thin, type Frame, type HoverBand, type Layout, type Span, type Tick } from './geometry'

export interface PhaseOutPoint extends Record<AgreementModel, number | null> {
  month: string
  date: string
  gap: boolean
  counties_activated: number
  counties_share: number
}

export interface PhaseOutMarker {
  slug: string
  date: string
  title: string
}

export const PHASE_OUT_FRAMES: Record<Layout, Frame> = {
  wide: { width: 1000, height: 420, top: 40, right: 48, bottom: 26, left: 52 },
  narrow: { width: 340, height: 300, top: 40, right: 40, bottom: 26, left: 40 },
}

type Vertex = readonly [number, number] | null

export interface PhaseOutGeometry {
  frame: Frame
  lines: Record<AgreementModel, string>
  shareArea: string
  gaps: Span[]
  xTicks: Tick[]
  yTicks: Tick[]
  shareTicks: Tick[]
  hover: HoverBand
  markers: (PhaseOutMarker & { x: number; y: number })[]
  asOfX: number | null
}

const pct = (v: number) => `${(v * 100).toFixed(1)}%`
const num = (v: number) => v.toLocaleString('en-US')

/** What hovering a month shows: every number drawn for it, or that no list covers it. */
export function monthTip(p: PhaseOutPoint): string {
  const sc = `Secure Communities in ${num(p.counties_activated)} counties (${pct(p.counties_share)})`
  if (p.gap) return `${p.date}: no ICE list covers this month. ${sc}`
  const models = AGREEMENT_MODELS.map((m) => `${MODEL_LABELS[m]} ${num(p[m] ?? 0)}`).join(', ')
  return `${p.date}: ${models}. ${sc}`
}

/**
 * Active agreements by model as steps (each month's value held across the month, a vertical riser where it changes)
 * and Secure Communities coverage as a stepped area. A month no list covers breaks the line: nothing is drawn across it.
 */
export function phaseOutGeometry(points: PhaseOutPoint[], markers: PhaseOutMarker[], asOf: string | null, frame: Frame): PhaseOutGeometry {
  const n = points.length
  const x = scaleLinear().domain([0, Math.max(1, n)]).range([frame.left, plotRight(frame)])
  const max = Math.max(1, ...points.flatMap((p) => AGREEMENT_MODELS.map((m) => p[m] ?? 0)))
  const y = scaleLinear().domain([0, max]).nice().range([plotBottom(frame), frame.top])
  const share = scaleLinear().domain([0, 1]).range([plotBottom(frame), frame.top])
  const steps = (value: (p: PhaseOutPoint) => number | null): Vertex[] =>
    points.flatMap((p, i) => {
      const v = value(p)
      return v === null ? [null] : [[x(i), v] as const, [x(i + 1), v] as const]
    })
  const path = line<Vertex>().defined((d) => d !== null).x((d) => d![0]).y((d) => y(d![1])).digits(1)
  const shareArea = area<Vertex>().x((d) => d![0]).y0(plotBottom(frame)).y1((d) => share(d![1])).digits(1)
  const index = new Map(points.map((p, i) => [p.month, i]))
  /** Where a day falls: its month's band, then the day's share of that month. */
  const dayX = (date: string) => {
    const i = index.get(date.slice(0, 7))
    if (i === undefined) return null
    const [yy, mm, dd] = date.split('-').map(Number) as [number, number, number]
    return round(x(i + (dd - 1) / new Date(Date.UTC(yy, mm, 0)).getUTCDate()))
  }
  const years = points.flatMap((p, i) => (p.month.endsWith('-01') ? [{ at: round(x(i)), label: p.month.slice(0, 4) }] : []))
  return {
    frame,
    lines: Object.fromEntries(AGREEMENT_MODELS.map((m) => [m, path(steps((p) => p[m])) ?? ''])) as Record<AgreementModel, string>,
    shareArea: shareArea(steps((p) => p.counties_share)) ?? '',
    gaps: spans(n, (i) => points[i]!.gap, (i) => round(x(i)), (i) => round(x(i + 1))),
    xTicks: thin(years, FONT * 3.5),
    yTicks: countTicks(y, 5),
    shareTicks: [0, 0.25, 0.5, 0.75, 1].map((v) => ({ at: share(v), label: `${v * 100}%` })),
    hover: { x: frame.left, y: frame.top, width: plotRight(frame) - frame.left, height: plotBottom(frame) - frame.top, along: 'x', tips: points.map(monthTip) },
    markers: markers.flatMap((e) => {
      const at = dayX(e.date)
      return at === null ? [] : [{ ...e, x: at, y: frame.top - 14 }]
    }),
    asOfX: asOf ? dayX(asOf) : null,
  }
}
