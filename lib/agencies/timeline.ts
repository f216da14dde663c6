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
  entries: { rowNumber: number; model: string; signedRaw: string | null; flags: string[]; list: ListRef }[]
}

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
  for (const e of g.entries) {
    const pending = e.list.kind === 'pending'
    items.push({
      key: `entry-${e.list.id}-${e.rowNumber}`, kind: pending ? 'pending' : 'listed', date: e.list.asOf, until: null,
      text: pending ? `On ${e.list.label} as ${model(e.model)} (not yet signed)` : `Listed on ${e.list.label} as ${model(e.model)}`,
      source: { listId: e.list.id, label: e.list.label, fileName: e.list.fileName, row: e.rowNumber }, citation: null,
      warnings: e.flags.map((f) => flagText(f, e.signedRaw, e.rowNumber, g.signedOn)),
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
      const lists = windows.filter((w) => w.start < gap.to && w.end > gap.from)
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
