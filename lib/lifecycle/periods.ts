import type { AgreementModel, AgreementStatus, TerminalKind } from '../agreements/schema.ts'
import type { CaptureRef, CoverageWindow } from './coverage.ts'
import { entryAt, type Members, type Run } from './presence.ts'

export interface Period {
  status: AgreementStatus
  model: AgreementModel
  startOn: string
  endOn: string | null
}

export interface SeriesView {
  captures: CaptureRef[]
  windows: CoverageWindow[]
  members: Members
}

export interface PeriodInput {
  agreementId: number
  model: AgreementModel
  listed: SeriesView
  pending: SeriesView
  /** Merged runs (brief absences folded in) in each series. */
  listedRuns: Run[]
  pendingRuns: Run[]
  terminals: { kind: TerminalKind; date: string }[]
  /** An agreement entered from its MOA that no list shows: in force from this date. */
  manualStart?: string
}

/**
 * Status over time: active while a covering capture lists the agreement (its model as listed), removed from the first
 * capture that no longer lists it until it is listed again, pending where only pending lists show it before it was ever
 * listed, and no status at all (unknown) where no capture covers the date. A terminal event (expired, not renewed,
 * terminated) holds from its date until a later capture lists the agreement again.
 */
export function derivePeriods(input: PeriodInput): Period[] {
  const { listed } = input
  const segments: Period[] = []
  if (input.manualStart && input.listedRuns.length === 0) segments.push({ status: 'active', model: input.model, startOn: input.manualStart, endOn: null })
  input.listedRuns.forEach((run, k) => {
    segments.push(...activeSegments(listed, run, input.agreementId))
    const next = listed.captures[run.last + 1]
    if (!next) return
    const relisted = input.listedRuns[k + 1]
    if (relisted && relisted.first === run.last + 1) return
    const until = relisted ? listed.captures[relisted.first]!.asOf : null
    if (until === null || next.asOf < until) segments.push({ status: 'removed', model: segments.at(-1)!.model, startOn: next.asOf, endOn: until })
  })
  const firstListed = input.listedRuns[0] ? listed.captures[input.listedRuns[0].first]!.asOf : null
  for (const run of input.pendingRuns) {
    for (const s of activeSegments(input.pending, run, input.agreementId)) {
      const endOn = firstListed !== null && (s.endOn === null || s.endOn > firstListed) ? firstListed : s.endOn
      if (firstListed === null || s.startOn < firstListed) segments.push({ ...s, status: 'pending', endOn })
    }
  }
  segments.sort((a, b) => a.startOn.localeCompare(b.startOn))
  let out = segments
  for (const t of [...input.terminals].sort((a, b) => a.date.localeCompare(b.date))) {
    const until = relistAfter(input, t.date)
    const model = out.filter((s) => s.startOn <= t.date).at(-1)?.model ?? input.model
    out = [...cut(out, t.date, until), { status: t.kind, model, startOn: t.date, endOn: until }].sort((a, b) => a.startOn.localeCompare(b.startOn))
  }
  return joinAdjacent(out.filter((p) => p.endOn === null || p.startOn < p.endOn))
}

/** Active from the run's first capture to the end of its last capture's window, split where ICE changed the model. */
function activeSegments(view: SeriesView, run: Run, agreementId: number): Period[] {
  const out: Period[] = []
  for (let i = run.first; i <= run.last; i++) {
    const e = entryAt(view.captures, view.members, i, agreementId)
    const model = e?.model ?? out.at(-1)?.model
    if (!model) continue
    const start = view.captures[i]!.asOf
    const last = out.at(-1)
    if (!last) out.push({ status: 'active', model, startOn: start, endOn: null })
    else if (last.model !== model && start > last.startOn) {
      last.endOn = start
      out.push({ status: 'active', model, startOn: start, endOn: null })
    } else if (last.model !== model) last.model = model
  }
  if (out.length) out.at(-1)!.endOn = view.windows[run.last]!.end
  return out
}

function relistAfter(input: PeriodInput, date: string): string | null {
  const { captures } = input.listed
  for (const run of input.listedRuns) {
    if (captures[run.last]!.asOf <= date) continue
    for (let i = run.first; i <= run.last; i++) if (captures[i]!.asOf > date) return captures[i]!.asOf
  }
  return null
}

/** Removes [from, until) from the periods. */
function cut(periods: Period[], from: string, until: string | null): Period[] {
  const out: Period[] = []
  for (const p of periods) {
    const endsBefore = p.endOn !== null && p.endOn <= from
    const startsAfter = until !== null && p.startOn >= until
    if (endsBefore || startsAfter) { out.push(p); continue }
    if (p.startOn < from) out.push({ ...p, endOn: from })
    if (until !== null && (p.endOn === null || p.endOn > until)) out.push({ ...p, startOn: until })
  }
  return out
}

function joinAdjacent(periods: Period[]): Period[] {
  const out: Period[] = []
  for (const p of periods) {
    const last = out.at(-1)
    if (last && last.endOn === p.startOn && last.status === p.status && last.model === p.model) last.endOn = p.endOn
    else out.push({ ...p })
  }
  return out
}
