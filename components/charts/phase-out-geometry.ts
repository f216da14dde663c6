import { scaleLinear } from 'd3-scale'
import { area, line } from 'd3-shape'
import { AGREEMENT_MODELS, type AgreementModel } from '@/lib/agreements/constants'
import { PANEL_BREAK, scPhase } from '@/lib/stats/eras'
import { countTicks, FONT, plotBottom, plotRight, round, spans, thin, type ChartText, type Frame, type HoverBand, type Layout, type Span, type Tick } from './geometry'

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
  wide: { width: 1000, height: 380, top: 40, right: 48, bottom: 26, left: 52 },
  narrow: { width: 340, height: 280, top: 40, right: 40, bottom: 26, left: 40 },
}

type Vertex = readonly [number, number] | null

export interface PhaseOutGeometry {
  frame: Frame
  lines: Record<AgreementModel, string>
  /** Secure Communities while it was being switched on (filled), and after its 2017 revival (outline only). */
  shareArea: string
  shareRevived: string
  gaps: Span[]
  /** After ICE's newest list held: not yet listed, nothing drawn. */
  unlisted: Span | null
  /** Nov 2014 – Jan 2017: Secure Communities discontinued. */
  scPaused: Span | null
  xTicks: Tick[]
  yTicks: Tick[]
  shareTicks: Tick[]
  hover: HoverBand
  markers: (PhaseOutMarker & { x: number; y: number })[]
  asOfX: number | null
}

const SC_TIP = { before: 'scBefore', active: 'scActive', discontinued: 'scDiscontinued', revived: 'scRevived' } as const

/** What hovering or arrowing to a month shows: every number drawn for it, or why nothing is drawn. */
export function monthTip(p: PhaseOutPoint, t: ChartText, lastListed: string | null = null): string {
  const sc = t(SC_TIP[scPhase(p.date)], { n: p.counties_activated, share: p.counties_share })
  if (lastListed && p.date > lastListed && p.month > lastListed.slice(0, 7)) return t('notYet', { date: p.date, lastListed, sc })
  if (p.gap) return t('gap', { date: p.date, sc })
  const models = AGREEMENT_MODELS.filter((m) => p[m] !== null).map((m) => t('model', { model: m, n: p[m]! }))
  return t('month', { date: p.date, models: models.join(', '), sc })
}

/** The full range in two panels with their own count axes (see PANEL_BREAK); a shorter range in one. */
export function phaseOutPanels<P extends { month: string }>(points: P[]): P[][] {
  const cut = points.findIndex((p) => p.month >= PANEL_BREAK)
  return cut > 0 ? [points.slice(0, cut), points.slice(cut)] : [points]
}

/**
 * Active agreements by model as steps (each month's value held across the month, a vertical riser where it changes)
 * and Secure Communities coverage as a stepped area. A month no list covers breaks the line: nothing is drawn across
 * it; after the newest list held nothing is drawn at all.
 */
export function phaseOutGeometry(points: PhaseOutPoint[], markers: PhaseOutMarker[], asOf: string | null, frame: Frame, t: ChartText, lastListed: string | null = null): PhaseOutGeometry {
  const n = points.length
  const x = scaleLinear().domain([0, Math.max(1, n)]).range([frame.left, plotRight(frame)])
  const index = new Map(points.map((p, i) => [p.month, i]))
  /** Where a day falls: its month's band, then the day's share of that month. */
  const dayAt = (date: string) => {
    const i = index.get(date.slice(0, 7))
    if (i === undefined) return null
    const [yy, mm, dd] = date.split('-').map(Number) as [number, number, number]
    return i + (dd - 1) / new Date(Date.UTC(yy, mm, 0)).getUTCDate()
  }
  const dayX = (date: string) => {
    const at = dayAt(date)
    return at === null ? null : round(x(at))
  }
  // The month holding the newest list is drawn up to that day; later months not at all.
  const listedEnd = lastListed ? (dayAt(lastListed) ?? (lastListed < (points[0]?.date ?? '') ? 0 : n)) : n
  const cut = (i: number) => Math.min(i + 1, Math.max(i, listedEnd))
  const max = Math.max(1, ...points.flatMap((p, i) => (i < listedEnd ? AGREEMENT_MODELS.map((m) => p[m] ?? 0) : [])))
  const y = scaleLinear().domain([0, max]).nice().range([plotBottom(frame), frame.top])
  const share = scaleLinear().domain([0, 1]).range([plotBottom(frame), frame.top])
  const steps = (value: (p: PhaseOutPoint) => number | null, keep: (p: PhaseOutPoint, i: number) => boolean): Vertex[] =>
    points.flatMap((p, i) => {
      const v = keep(p, i) ? value(p) : null
      return v === null ? [null] : [[x(i), v] as const, [x(cut(i)), v] as const]
    })
  const listed = (_: PhaseOutPoint, i: number) => i < listedEnd
  const path = line<Vertex>().defined((d) => d !== null).x((d) => d![0]).y((d) => y(d![1])).digits(1)
  const shareArea = area<Vertex>().defined((d) => d !== null).x((d) => d![0]).y0(plotBottom(frame)).y1((d) => share(d![1])).digits(1)
  const shareLine = line<Vertex>().defined((d) => d !== null).x((d) => d![0]).y((d) => share(d![1])).digits(1)
  const years = points.flatMap((p, i) => (p.month.endsWith('-01') ? [{ at: round(x(i)), label: p.month.slice(0, 4) }] : []))
  const paused = points.map((p, i) => (scPhase(p.date) === 'discontinued' ? i : -1)).filter((i) => i >= 0)
  return {
    frame,
    lines: Object.fromEntries(AGREEMENT_MODELS.map((m) => [m, path(steps((p) => p[m], listed)) ?? ''])) as Record<AgreementModel, string>,
    shareArea: shareArea(steps((p) => p.counties_share, (p) => scPhase(p.date) === 'active')) ?? '',
    shareRevived: shareLine(steps((p) => p.counties_share, (p) => scPhase(p.date) === 'revived')) ?? '',
    gaps: spans(n, (i) => i < listedEnd && points[i]!.gap, (i) => round(x(i)), (i) => round(x(cut(i)))),
    unlisted: listedEnd < n ? { x0: round(x(listedEnd)), x1: round(x(n)) } : null,
    scPaused: paused.length ? { x0: round(x(paused[0]!)), x1: round(x(paused.at(-1)! + 1)) } : null,
    xTicks: thin(years, FONT * 3.5),
    yTicks: countTicks(y, 5, t),
    shareTicks: [0, 0.25, 0.5, 0.75, 1].map((v) => ({ at: share(v), label: t('share', { share: v }) })),
    hover: { x: frame.left, y: frame.top, width: plotRight(frame) - frame.left, height: plotBottom(frame) - frame.top, along: 'x', tips: points.map((p) => monthTip(p, t, lastListed)) },
    markers: markers.flatMap((e) => {
      const at = dayX(e.date)
      return at === null ? [] : [{ ...e, x: at, y: frame.top - 14 }]
    }),
    asOfX: asOf ? dayX(asOf) : null,
  }
}
