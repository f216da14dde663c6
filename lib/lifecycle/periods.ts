import type { AgreementModel, AgreementStatus, TerminalKind } from '../agreements/schema.ts'
import type { CoverageWindow } from './coverage.ts'

export interface Presence {
  listId: number
  model: AgreementModel
}

export interface PeriodInput {
  windows: CoverageWindow[]
  pendingWindows: CoverageWindow[]
  present: Map<number, AgreementModel>
  pendingPresent: Map<number, AgreementModel>
  terminals: { kind: TerminalKind; date: string }[]
  /** An agreement entered from its MOA before any list shows it: in force from this date. */
  manualStart?: { date: string; model: AgreementModel }
  model: AgreementModel
}

export interface Period {
  status: AgreementStatus
  model: AgreementModel
  startOn: string
  endOn: string | null
}

type Slice = { status: AgreementStatus; model: AgreementModel } | null

/**
 * Status over time, decided at every boundary (list dates, window ends, terminal events):
 * a terminal event holds until the agreement is listed again after it; otherwise the
 * agreement is active where a covering list shows it, removed after it has left the lists
 * (a removal persists across gaps), pending where only a pending list shows it, and has no
 * status at all (unknown) in periods no source covers.
 */
export function derivePeriods(input: PeriodInput): Period[] {
  const starts = presenceStarts(input)
  const bounds = new Set<string>()
  for (const w of [...input.windows, ...input.pendingWindows]) bounds.add(w.start).add(w.end)
  for (const t of input.terminals) bounds.add(t.date)
  if (input.manualStart) bounds.add(input.manualStart.date)
  const sorted = [...bounds].sort()
  const periods: Period[] = []
  sorted.forEach((date, i) => {
    const slice = statusAt(input, starts, date)
    const last = periods.at(-1)
    const endOn = sorted[i + 1] ?? null
    if (!slice) return
    if (last && last.endOn === date && last.status === slice.status && last.model === slice.model) last.endOn = endOn
    else periods.push({ ...slice, startOn: date, endOn })
  })
  // Only a non-active status may run on without an end: nothing shows an agreement active past its last list.
  return periods.filter((p) => p.endOn === null || p.startOn < p.endOn)
}

function presenceStarts(input: PeriodInput): { start: string; model: AgreementModel }[] {
  const out = input.windows
    .filter((w) => input.present.has(w.id))
    .map((w) => ({ start: w.start, model: input.present.get(w.id)! }))
  if (input.manualStart) out.push({ start: input.manualStart.date, model: input.manualStart.model })
  return out.sort((a, b) => a.start.localeCompare(b.start))
}

function statusAt(input: PeriodInput, starts: { start: string; model: AgreementModel }[], date: string): Slice {
  const lastP = starts.filter((s) => s.start <= date).at(-1)
  const lastT = input.terminals.filter((t) => t.date <= date).sort((a, b) => a.date.localeCompare(b.date)).at(-1)
  const model = lastP?.model ?? input.model
  if (lastT && (!lastP || lastT.date >= lastP.start)) return { status: lastT.kind, model }

  const w = input.windows.find((x) => x.start <= date && date < x.end)
  if (w && input.present.has(w.id)) return { status: 'active', model: input.present.get(w.id)! }
  const m = input.manualStart
  if (m && m.date <= date && !input.windows.some((x) => x.start > m.date && x.start <= date && !input.present.has(x.id)))
    return { status: 'active', model: m.model }

  const pw = input.pendingWindows.find((x) => x.start <= date && date < x.end)
  if (pw && input.pendingPresent.has(pw.id) && !lastP) return { status: 'pending', model: input.pendingPresent.get(pw.id)! }
  if (!lastP) return null
  const lastWindow = w ?? input.windows.filter((x) => x.end <= date).at(-1)
  if (lastWindow && lastWindow.start >= lastP.start && !input.present.has(lastWindow.id) && (w || lastWindow.start > lastP.start))
    return { status: 'removed', model }
  return null
}
