import { addDays, daysBetween } from '../dates.ts'

/** Consecutive lists at most this far apart are read as continuous: the longest interval
 *  between consecutive ICE rosters we hold is 396 days (2011-09-02 → 2012-10-02). */
export const MAX_STEP_DAYS = 400
/** A list followed by a long silence still stands for this long, or until its last capture. */
export const TAIL_DAYS = 90

export interface ListRef {
  id: number
  asOf: string
  capturedOn: string | null
  label: string
}

export interface CoverageWindow extends ListRef {
  start: string
  /** Exclusive end. */
  end: string
}

/**
 * The rule behind every as-of answer (docs/api.md, "Coverage"): a list is the basis for
 * dates from its as-of date until the next list when that follows within MAX_STEP_DAYS;
 * the newest list stands for MAX_STEP_DAYS; a list followed by a longer silence (2013–2024)
 * stands only until it was last seen published or TAIL_DAYS, whichever is later.
 * Dates outside every window are gaps: no answer is given for them.
 */
export function coverageWindows(lists: ListRef[]): CoverageWindow[] {
  const sorted = dedupeByDate([...lists].sort((a, b) => a.asOf.localeCompare(b.asOf) || a.id - b.id))
  return sorted.map((list, i) => {
    const next = sorted[i + 1]
    let end: string
    if (next && daysBetween(list.asOf, next.asOf) <= MAX_STEP_DAYS) end = next.asOf
    else if (!next) end = addDays(list.asOf, MAX_STEP_DAYS)
    else {
      const tail = addDays(list.asOf, TAIL_DAYS)
      const seen = list.capturedOn ? addDays(list.capturedOn, 1) : tail
      end = seen > tail ? seen : tail
      if (end > next.asOf) end = next.asOf
    }
    return { ...list, start: list.asOf, end }
  })
}

// Two lists with the same as-of date: the later import (a re-publication) stands.
function dedupeByDate(lists: ListRef[]): ListRef[] {
  const byDate = new Map<string, ListRef>()
  for (const l of lists) byDate.set(l.asOf, l)
  return [...byDate.values()]
}

export function windowAt(windows: CoverageWindow[], date: string): CoverageWindow | undefined {
  return windows.find((w) => w.start <= date && date < w.end)
}
