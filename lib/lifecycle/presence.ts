import type { AgreementModel } from '../agreements/schema.ts'
import type { CaptureRef, CoverageWindow } from './coverage.ts'

export interface EntryRef {
  rowNumber: number
  model: AgreementModel
  signedOn: string | null
  plausible: boolean
}

/** Per version, the agreements its rows list (a row ICE printed twice counts once, at its first row). */
export type Members = Map<number, Map<number, EntryRef>>

/** An unbroken run of captures (indices into the series' sorted captures) that list one agreement. */
export interface Run {
  first: number
  last: number
}

/** Runs per agreement, in one pass over the captures: O(rows of all captures). */
export function presenceRuns(captures: CaptureRef[], members: Members): Map<number, Run[]> {
  const runs = new Map<number, Run[]>()
  captures.forEach((c, i) => {
    const listed = c.versionId === null ? undefined : members.get(c.versionId)
    if (!listed) return
    for (const agreementId of listed.keys()) {
      const own = runs.get(agreementId)
      const last = own?.at(-1)
      if (last && last.last === i - 1) last.last = i
      else if (own) own.push({ first: i, last: i })
      else runs.set(agreementId, [{ first: i, last: i }])
    }
  })
  return runs
}

/** Runs split where the captures they span leave a coverage gap (2018–2020): presence across a gap is not known. */
export function splitAtGaps(runs: Run[], captures: CaptureRef[], windows: CoverageWindow[]): Run[] {
  const out: Run[] = []
  for (const r of runs) {
    let first = r.first
    for (let i = r.first; i < r.last; i++) {
      const end = windows[i]!.end
      if (end !== null && end < captures[i + 1]!.asOf) {
        out.push({ first, last: i })
        first = i + 1
      }
    }
    out.push({ first, last: r.last })
  }
  return out
}

export function entryAt(captures: CaptureRef[], members: Members, index: number, agreementId: number): EntryRef | undefined {
  const v = captures[index]?.versionId
  return v === null || v === undefined ? undefined : members.get(v)?.get(agreementId)
}

/** Runs separated by exactly one capture are one presence: the agreement was briefly absent from that capture. */
export function mergeBriefAbsences(runs: Run[]): { merged: Run[]; absentFrom: number[] } {
  const merged: Run[] = []
  const absentFrom: number[] = []
  for (const r of runs) {
    const prev = merged.at(-1)
    if (prev && r.first - prev.last === 2) {
      absentFrom.push(prev.last + 1)
      prev.last = r.last
    } else merged.push({ ...r })
  }
  return { merged, absentFrom }
}

export interface IntervalRow {
  agreementId: number
  series: 'listed' | 'pending'
  model: AgreementModel
  state: string
  startOn: string
  endOn: string
  firstListId: number
  firstRow: number
  lastListId: number
  lastRow: number
  prevListId: number | null
  nextListId: number | null
  captures: number
}

/** Stored presence intervals: both ends cite a capture and row, the neighbouring captures bound when the run began and ended. */
export function intervalRows(series: 'listed' | 'pending', captures: CaptureRef[], members: Members, runs: Map<number, Run[]>, stateOf: (agreementId: number) => string): IntervalRow[] {
  const out: IntervalRow[] = []
  for (const [agreementId, own] of runs)
    for (const r of own) {
      const first = entryAt(captures, members, r.first, agreementId)!
      const last = entryAt(captures, members, r.last, agreementId)!
      out.push({
        agreementId, series, model: last.model, state: stateOf(agreementId),
        startOn: captures[r.first]!.asOf, endOn: captures[r.last]!.asOf,
        firstListId: captures[r.first]!.id, firstRow: first.rowNumber,
        lastListId: captures[r.last]!.id, lastRow: last.rowNumber,
        prevListId: captures[r.first - 1]?.id ?? null, nextListId: captures[r.last + 1]?.id ?? null,
        captures: r.last - r.first + 1,
      })
    }
  return out
}
