import type { AgreementModel } from '../agreements/schema.ts'
import type { CoverageWindow } from './coverage.ts'

export interface EntryRef {
  listId: number
  rowNumber: number
  model: AgreementModel
  signedOn: string | null
  plausible: boolean
}

export interface DerivedEvent {
  kind: 'signed' | 'renewed' | 'model_switch' | 'date_corrected' | 'removed' | 'relisted'
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

/** Events that follow from comparing consecutive lists; recomputed whenever a list is imported. */
export function deriveEvents(windows: CoverageWindow[], entries: Map<number, EntryRef>, listLabel: (id: number) => string): DerivedEvent[] {
  const out: DerivedEvent[] = []
  const firstIdx = windows.findIndex((w) => entries.has(w.id))
  if (firstIdx < 0) return out
  const first = entries.get(windows[firstIdx]!.id)!
  if (first.signedOn && first.plausible)
    out.push({ kind: 'signed', onDate: first.signedOn, fromDate: null, toDate: null, reason: `Signing date as given in ${listLabel(first.listId)}`, details: null, sourceListId: first.listId, rowNumber: first.rowNumber })
  let prev: { window: CoverageWindow; entry: EntryRef | undefined } = { window: windows[firstIdx]!, entry: first }
  for (const window of windows.slice(firstIdx + 1)) {
    const entry = entries.get(window.id)
    const range = { fromDate: prev.window.asOf, toDate: window.asOf }
    if (entry && prev.entry) {
      if (entry.model !== prev.entry.model)
        out.push({ kind: 'model_switch', onDate: null, ...range, reason: `Listed as ${MODEL_WORDS[prev.entry.model]} in ${listLabel(prev.entry.listId)}, as ${MODEL_WORDS[entry.model]} in ${listLabel(entry.listId)}`, details: JSON.stringify({ from: prev.entry.model, to: entry.model }), sourceListId: entry.listId, rowNumber: entry.rowNumber })
      if (entry.signedOn && prev.entry.signedOn && entry.signedOn !== prev.entry.signedOn && entry.plausible) {
        const renewed = prev.entry.plausible && entry.signedOn > prev.entry.signedOn
        out.push(renewed
          ? { kind: 'renewed', onDate: entry.signedOn, fromDate: null, toDate: null, reason: `New signing date ${entry.signedOn} (was ${prev.entry.signedOn}) in ${listLabel(entry.listId)}`, details: JSON.stringify({ from: prev.entry.signedOn, to: entry.signedOn }), sourceListId: entry.listId, rowNumber: entry.rowNumber }
          : { kind: 'date_corrected', onDate: null, ...range, reason: `Signing date given as ${entry.signedOn} in ${listLabel(entry.listId)}, was ${prev.entry.signedOn}`, details: JSON.stringify({ from: prev.entry.signedOn, to: entry.signedOn }), sourceListId: entry.listId, rowNumber: entry.rowNumber })
      }
    } else if (entry && !prev.entry) {
      out.push({ kind: 'relisted', onDate: null, ...range, reason: `Back on ICE's list of ${window.asOf} after leaving it`, details: null, sourceListId: entry.listId, rowNumber: entry.rowNumber })
    } else if (!entry && prev.entry) {
      out.push({ kind: 'removed', onDate: null, ...range, reason: `On ${listLabel(prev.window.id)}, not on ${listLabel(window.id)}`, details: null, sourceListId: window.id, rowNumber: null })
    }
    prev = { window, entry }
  }
  return out
}
