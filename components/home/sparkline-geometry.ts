import { scaleLinear } from 'd3-scale'
import { line } from 'd3-shape'
import { round, spans, type Frame, type Span } from '@/components/charts/geometry'

export interface SparkPoint {
  month: string
  value: number | null
}

export interface SparkSeries {
  key: string
  label: string
  color: string
  dash: string
  points: SparkPoint[]
}

export const SPARK_FRAME: Frame = { width: 320, height: 120, top: 18, right: 8, bottom: 20, left: 8 }

type Vertex = readonly [number, number] | null

/**
 * Monthly steps for each series on one count scale from zero; a month without a value breaks every line
 * and is returned as a gap span (drawn hatched), never as zero.
 */
export function sparkGeometry(series: SparkSeries[], frame: Frame = SPARK_FRAME) {
  const months = series[0]?.points.map((p) => p.month) ?? []
  const n = months.length
  const x = scaleLinear().domain([0, Math.max(1, n)]).range([frame.left, frame.width - frame.right])
  const max = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p.value ?? 0)))
  const y = scaleLinear().domain([0, max]).range([frame.height - frame.bottom, frame.top])
  const path = line<Vertex>().defined((d) => d !== null).x((d) => d![0]).y((d) => y(d![1])).digits(1)
  const steps = (points: SparkPoint[]): Vertex[] =>
    points.flatMap((p, i) => (p.value === null ? [null] : [[x(i), p.value] as const, [x(i + 1), p.value] as const]))
  const gaps: Span[] = spans(n, (i) => series.every((s) => s.points[i]?.value === null), (i) => round(x(i)), (i) => round(x(i + 1)))
  const last = (s: SparkSeries) => {
    const i = s.points.findLastIndex((p) => p.value !== null)
    return i < 0 ? null : { x: round(x(i + 1)), y: round(y(s.points[i]!.value!)), value: s.points[i]!.value! }
  }
  return {
    frame,
    lines: series.map((s) => ({ ...s, d: path(steps(s.points)) ?? '', last: last(s) })),
    gaps,
    max,
    maxY: round(y(max)),
    first: months[0] ?? null,
    lastMonth: months.at(-1) ?? null,
  }
}
