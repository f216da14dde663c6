import { addDays, daysBetween } from '../dates.ts'

/**
 * How long a capture stands for, by the kind of source (docs/decisions/0007-dense-history.md). Derived from the real
 * spacing of the captures held: ICE's workbooks and the web-table extractions (2021-01 to 2026-05) are never more than
 * 28 days apart, pending lists never more than 17; Wayback captures of ICE's fact-sheet roster (2010-10 to 2017-08)
 * at most 179 days apart.
 */
export const WINDOW_DAYS = { participating: 30, pending: 30, roster: 180 } as const
/** The newest capture is current for this long; after it "today" is answered from it, marked stale with its age. */
export const STALE_AFTER_DAYS = 14

export interface CaptureRef {
  id: number
  kind: string
  asOf: string
  dayOrder: number
  /** The last day the capture's content was seen published (Wayback capture of a roster dated by its caption). */
  seenOn: string | null
  versionId: number | null
  label: string
}

export interface CoverageWindow extends CaptureRef {
  start: string
  /** Exclusive end; null for the newest capture, which answers every later date (stale after staleFrom). */
  end: string | null
  staleFrom: string | null
}

export function captureOrder(a: Pick<CaptureRef, 'asOf' | 'dayOrder' | 'id'>, b: Pick<CaptureRef, 'asOf' | 'dayOrder' | 'id'>): number {
  return a.asOf.localeCompare(b.asOf) || a.dayOrder - b.dayOrder || a.id - b.id
}

/**
 * The one coverage rule behind every as-of answer. The basis of date D is the last capture dated on or before D (the
 * last of its day when several were published that day). D is covered while it lies within the capture's window after
 * the day it was last seen; past the window and before the next capture D is a gap: no answer is given. The newest
 * capture stands for every later date, stale after STALE_AFTER_DAYS. Earlier captures of a day get an empty window.
 */
export function coverageWindows(captures: CaptureRef[]): CoverageWindow[] {
  const sorted = [...captures].sort(captureOrder)
  return sorted.map((c, i) => {
    const next = sorted[i + 1]
    if (next && next.asOf === c.asOf) return windowOf(c, c.asOf, null)
    const seen = c.seenOn && c.seenOn > c.asOf ? c.seenOn : c.asOf
    if (!next) return windowOf(c, null, addDays(seen, STALE_AFTER_DAYS + 1))
    const reach = addDays(seen, windowDays(c.kind) + 1)
    return windowOf(c, next.asOf < reach ? next.asOf : reach, null)
  })
}

// Written out, not `{ ...c, start, end, staleFrom }`: Node 20's V8 adds properties after a spread one slow step at a
// time (about 5 µs an object here, 4 ms for the 849 captures on every cold as-of answer; this takes 0.2 ms).
function windowOf(c: CaptureRef, end: string | null, staleFrom: string | null): CoverageWindow {
  return { id: c.id, kind: c.kind, asOf: c.asOf, dayOrder: c.dayOrder, seenOn: c.seenOn, versionId: c.versionId, label: c.label, start: c.asOf, end, staleFrom }
}

function windowDays(kind: string): number {
  return WINDOW_DAYS[kind as keyof typeof WINDOW_DAYS] ?? WINDOW_DAYS.participating
}

/** The window that answers `date`, by binary search over windows sorted by start. */
export function windowAt(windows: CoverageWindow[], date: string): CoverageWindow | undefined {
  let lo = 0
  let hi = windows.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (windows[mid]!.start <= date) lo = mid + 1
    else hi = mid
  }
  for (let i = lo - 1; i >= 0; i--) {
    const w = windows[i]!
    if (w.start === w.end) continue
    return w.end === null || date < w.end ? w : undefined
  }
  return undefined
}

export interface CoverageAnswer {
  window: CoverageWindow | undefined
  stale: boolean
  ageDays: number | null
}

export function coverageAt(windows: CoverageWindow[], date: string): CoverageAnswer {
  const window = windowAt(windows, date)
  if (!window) return { window, stale: false, ageDays: null }
  return { window, stale: window.staleFrom !== null && date >= window.staleFrom, ageDays: daysBetween(window.asOf, date) }
}
