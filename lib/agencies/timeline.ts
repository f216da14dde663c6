import { MODEL_LABELS, type AgreementModel } from '../agreements/schema.ts'
import type { CoverageWindow } from '../lifecycle/coverage.ts'

export interface SourceRef {
  listId: number
  label: string
  fileName: string
  row: number | null
}

export interface TimelineItem {
  key: string
  kind: 'signed' | 'listed' | 'pending' | 'removed' | 'relisted' | 'model_switch' | 'renewed' | 'date_corrected' | 'expired' | 'not_renewed' | 'terminated' | 'corrected' | 'gap' | 'unlisted'
  date: string
  /** The end of a range (removed between two lists, a gap). */
  until: string | null
  text: string
  source: SourceRef | null
  /** The other end of a range: the last capture of a presence interval. */
  lastSource?: SourceRef | null
  citation: { title: string | null; url: string | null; note?: string | null } | null
  warnings: string[]
}

interface Period { status: string; model: string; startOn: string; endOn: string | null }
interface ListRef { id: number; kind: string; asOf: string; fileName: string; label: string }
export interface TimelineAgreement {
  id: number
  signedOn: string | null
  periods: Period[]
  events: { id: number; kind: string; onDate: string | null; fromDate: string | null; toDate: string | null; reason: string | null; source: (ListRef & { row: number | null }) | null; citation: { title: string | null; url: string | null; note: string | null } | null }[]
  /** Flagged rows only (their warnings are shown on the interval they belong to). */
  entries: { rowNumber: number; model: string; signedRaw: string | null; flags: string[]; list: ListRef }[]
  intervals: { series: string; model: string; startOn: string; endOn: string; captures: number; first: ListRef & { row: number }; last: ListRef & { row: number } }[]
}

const ref = (l: ListRef & { row: number | null }): SourceRef => ({ listId: l.id, label: l.label, fileName: l.fileName, row: l.row })

const model = (m: string) => MODEL_LABELS[m as AgreementModel]?.toLowerCase() ?? m

export function flagText(flag: string, raw: string | null, row: number, signedOn: string | null): string {
  const shown = signedOn ? `the signing date ${signedOn} from another list is used` : 'shown as unknown'
  if (flag === 'implausible_date') return `ICE's sheet gives signed ${raw ?? '?'} (row ${row}), an impossible date; ${shown}.`
  if (flag === 'malformed_date') return `ICE's sheet gives signed "${raw ?? ''}" (row ${row}), which is not a date; ${shown}.`
  return `Row ${row}: ${flag.replace(/_/g, ' ')}${raw ? ` (signed cell "${raw}")` : ''}.`
}

/** Stretches of the agreement's life that no status period explains: no list held covers them. */
export function findGaps(periods: Period[], start: string, end: string): { from: string; to: string }[] {
  const sorted = [...periods].sort((a, b) => a.startOn.localeCompare(b.startOn))
  const gaps: { from: string; to: string }[] = []
  let cursor = start
  for (const p of sorted) {
    if (p.startOn > cursor && cursor < end) gaps.push({ from: cursor, to: p.startOn < end ? p.startOn : end })
    if (p.endOn === null) return gaps
    if (p.endOn > cursor) cursor = p.endOn
  }
  if (cursor < end) gaps.push({ from: cursor, to: end })
  return gaps
}

/** Every dated fact about one agreement, oldest first, each with its source; gaps drawn where no source speaks. */
export function agreementTimeline(g: TimelineAgreement, windows: CoverageWindow[], today: string): TimelineItem[] {
  const items: TimelineItem[] = []
  const firstStart = g.periods.map((p) => p.startOn).sort()[0]
  if (g.signedOn) {
    const e = g.events.find((x) => x.kind === 'signed')
    items.push({ key: 'signed', kind: 'signed', date: g.signedOn, until: null, text: 'Memorandum of agreement signed', source: e?.source ? { listId: e.source.id, label: e.source.label, fileName: e.source.fileName, row: e.source.row } : null, citation: null, warnings: [] })
  }
  for (const i of g.intervals) {
    const pending = i.series === 'pending'
    const span = i.captures === 1 ? `on ${i.first.label}` : `on every one of the ${i.captures} captures from ${i.first.label} to ${i.last.label}`
    const warnings = g.entries
      .filter((e) => e.list.asOf >= i.startOn && e.list.asOf <= i.endOn && (e.list.kind === 'pending') === pending)
      .flatMap((e) => e.flags.map((f) => `${e.list.label}: ${flagText(f, e.signedRaw, e.rowNumber, g.signedOn)}`))
    items.push({
      key: `interval-${i.series}-${i.startOn}`, kind: pending ? 'pending' : 'listed', date: i.startOn, until: i.captures === 1 ? null : i.endOn,
      text: pending ? `Applied: ${span} of pending agencies, as ${model(i.model)} (not yet signed)` : `Listed ${span}, as ${model(i.model)}`,
      source: ref(i.first), lastSource: i.captures === 1 ? null : ref(i.last), citation: null, warnings: [...new Set(warnings)],
    })
  }
  for (const e of g.events) {
    if (e.kind === 'signed') continue
    const date = e.onDate ?? e.fromDate ?? e.toDate
    if (!date) continue
    items.push({
      key: `event-${e.id}`, kind: e.kind as TimelineItem['kind'], date, until: e.onDate ? null : e.toDate,
      text: e.reason ?? e.kind, source: e.source ? { listId: e.source.id, label: e.source.label, fileName: e.source.fileName, row: e.source.row } : null,
      citation: e.citation, warnings: [],
    })
  }
  const start = [g.signedOn, firstStart].filter((d): d is string => !!d && d <= today).sort()[0]
  if (start) {
    for (const gap of findGaps(g.periods, start, today)) {
      const lists = windows.filter((w) => w.start < gap.to && (w.end === null || w.end > gap.from) && w.start !== w.end)
      items.push({
        key: `gap-${gap.from}`, kind: lists.length ? 'unlisted' : 'gap', date: gap.from, until: gap.to,
        text: lists.length
          ? `Not on ICE's list for these dates (${lists.map((w) => w.label).join(', ')} ${lists.length === 1 ? 'does' : 'do'} not show it).`
          : 'No ICE list we hold covers these dates, so the status is unknown, not inactive.',
        source: null, citation: null, warnings: [],
      })
    }
  }
  const order: TimelineItem['kind'][] = ['signed', 'pending', 'unlisted', 'listed', 'model_switch', 'renewed', 'date_corrected', 'removed', 'expired', 'not_renewed', 'terminated', 'relisted', 'gap']
  const rank = (i: TimelineItem) => order.indexOf(i.kind)
  return items.sort((a, b) => a.date.localeCompare(b.date) || rank(a) - rank(b))
}
