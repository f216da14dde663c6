import type { ScaleLinear } from 'd3-scale'
import type en from '@/messages/en.json'

/** A chart's drawing area in SVG units (the SVG scales to its box; text keeps its size relative to the frame). */
export interface Frame {
  width: number
  height: number
  top: number
  right: number
  bottom: number
  left: number
}

export interface Tick {
  at: number
  label: string
}

/** A run of consecutive periods no source covers, drawn as a hatched band, never as zero. */
export interface Span {
  x0: number
  x1: number
}

/**
 * One transparent target over the plot instead of one per month or bar: the slot under the pointer picks its tip.
 * Slots are equal, laid along `along`, from (x, y) over width × height.
 */
export interface HoverBand {
  x: number
  y: number
  width: number
  height: number
  along: 'x' | 'y'
  tips: string[]
}

/** Wide layouts for tablets and desktops, narrow ones for phones (see chartLayout). */
export type Layout = 'wide' | 'narrow'

export const FONT = 12

export const plotBottom = (f: Frame) => f.height - f.bottom
export const plotRight = (f: Frame) => f.width - f.right

/** Tips and tick numbers in the page's language: `useTranslations('trends.tips')`, or createTranslator in tests. */
export type ChartText = (key: keyof (typeof en)['trends']['tips'], values?: Record<string, string | number>) => string

/** Integer ticks for a count axis, about `count` of them. */
export function countTicks(scale: ScaleLinear<number, number>, count: number, t: ChartText): Tick[] {
  return scale
    .ticks(count)
    .filter(Number.isInteger)
    .map((v) => ({ at: scale(v), label: t('tick', { n: v }) }))
}

/** Every `k`-th candidate, with k the smallest step that keeps labels at least `minGap` apart. */
export function thin<T extends { at: number }>(candidates: T[], minGap: number): T[] {
  if (candidates.length < 2) return candidates
  const gap = Math.abs(candidates[1]!.at - candidates[0]!.at)
  const k = Math.max(1, Math.ceil(minGap / gap))
  return candidates.filter((_, i) => i % k === 0)
}

/** Runs of consecutive indexes where `missing(i)` holds, as x extents. */
export function spans(count: number, missing: (i: number) => boolean, x0: (i: number) => number, x1: (i: number) => number): Span[] {
  const out: Span[] = []
  for (let i = 0; i < count; i++) {
    if (!missing(i)) continue
    let j = i
    while (j + 1 < count && missing(j + 1)) j++
    out.push({ x0: x0(i), x1: x1(j) })
    i = j
  }
  return out
}

export const round = (v: number) => Math.round(v * 10) / 10
