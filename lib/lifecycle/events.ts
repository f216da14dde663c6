import type { AgreementModel } from '../agreements/schema.ts'
import type { CaptureRef } from './coverage.ts'
import { entryAt, type EntryRef, type Members, type Run } from './presence.ts'

export interface DerivedEvent {
  kind: 'signed' | 'renewed' | 'model_switch' | 'date_corrected' | 'removed' | 'relisted' | 'briefly_absent'
  onDate: string | null
  fromDate: string | null
  toDate: string | null
  reason: string
  details: string | null
  sourceListId: number
  rowNumber: number | null
}

const MODEL_WORDS: Record<AgreementModel, string> = {
  task_force: 'task force',
  jail_enforcement: 'jail enforcement',
  warrant_service_officer: 'warrant service officer',
}

/** Events that follow from the captures of the listed series; recomputed on every import. */
export function deriveEvents(captures: CaptureRef[], members: Members, agreementId: number, runs: Run[], absentFrom: number[]): DerivedEvent[] {
  const out: DerivedEvent[] = []
  if (runs.length === 0) return out
  const at = (i: number) => entryAt(captures, members, i, agreementId)
  const first = at(runs[0]!.first)!
  if (first.signedOn && first.plausible)
    out.push({ kind: 'signed', onDate: first.signedOn, fromDate: null, toDate: null, reason: `Signing date as given in ${captures[runs[0]!.first]!.label}`, details: null, sourceListId: captures[runs[0]!.first]!.id, rowNumber: first.rowNumber })
  for (const i of absentFrom)
    out.push({ kind: 'briefly_absent', onDate: captures[i]!.asOf, fromDate: null, toDate: null, reason: `Not on ${captures[i]!.label}, but on the lists just before and after it: counted as continuing, not as a removal`, details: null, sourceListId: captures[i]!.id, rowNumber: null })
  let prev: { index: number; entry: EntryRef } | null = null
  runs.forEach((run, k) => {
    if (k > 0 && runs[k - 1]!.last + 1 !== run.first) {
      const gapFrom = captures[runs[k - 1]!.last]!
      out.push({ kind: 'relisted', onDate: null, fromDate: gapFrom.asOf, toDate: captures[run.first]!.asOf, reason: `Back on ${captures[run.first]!.label} after leaving ICE's lists`, details: null, sourceListId: captures[run.first]!.id, rowNumber: at(run.first)!.rowNumber })
    }
    for (let i = run.first; i <= run.last; i++) {
      const entry = at(i)
      if (!entry) continue
      if (prev && (prev.entry !== entry)) out.push(...changes(captures, prev, { index: i, entry }))
      prev = { index: i, entry }
    }
    const next = captures[run.last + 1]
    if (next && runs[k + 1]?.first !== run.last + 1)
      out.push({ kind: 'removed', onDate: null, fromDate: captures[run.last]!.asOf, toDate: next.asOf, reason: `On ${captures[run.last]!.label} (row ${at(run.last)!.rowNumber}), not on ${next.label}`, details: null, sourceListId: next.id, rowNumber: null })
  })
  return out
}

function changes(captures: CaptureRef[], a: { index: number; entry: EntryRef }, b: { index: number; entry: EntryRef }): DerivedEvent[] {
  const out: DerivedEvent[] = []
  const from = captures[a.index]!
  const to = captures[b.index]!
  const range = { fromDate: from.asOf, toDate: to.asOf }
  if (a.entry.model !== b.entry.model)
    out.push({ kind: 'model_switch', onDate: null, ...range, reason: `Listed as ${MODEL_WORDS[a.entry.model]} in ${from.label}, as ${MODEL_WORDS[b.entry.model]} in ${to.label}`, details: JSON.stringify({ from: a.entry.model, to: b.entry.model }), sourceListId: to.id, rowNumber: b.entry.rowNumber })
  if (b.entry.signedOn && a.entry.signedOn && b.entry.signedOn !== a.entry.signedOn && b.entry.plausible) {
    const renewed = a.entry.plausible && b.entry.signedOn > a.entry.signedOn
    out.push(renewed
      ? { kind: 'renewed', onDate: b.entry.signedOn, fromDate: null, toDate: null, reason: `New signing date ${b.entry.signedOn} (was ${a.entry.signedOn}) in ${to.label}`, details: JSON.stringify({ from: a.entry.signedOn, to: b.entry.signedOn }), sourceListId: to.id, rowNumber: b.entry.rowNumber }
      : { kind: 'date_corrected', onDate: null, ...range, reason: `Signing date given as ${b.entry.signedOn} in ${to.label}, was ${a.entry.signedOn}`, details: JSON.stringify({ from: a.entry.signedOn, to: b.entry.signedOn }), sourceListId: to.id, rowNumber: b.entry.rowNumber })
  }
  return out
}
