import type en from '../../messages/en.json'
import type { CoverageWindow } from '../lifecycle/coverage.ts'
import { NON_RENEWAL_REASON } from '../lifecycle/non-renewal-reason.ts'

/** A sentence the page words in its language (agency.timeline.sentences), or text recorded in the data (kept as written). */
export type TimelineText = { key: keyof (typeof en)['agency']['timeline']['sentences']; values: Record<string, string | number> } | { recorded: string }
const say = (key: Extract<TimelineText, { key: unknown }>['key'], values: Record<string, string | number> = {}): TimelineText => ({ key, values })

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
  text: TimelineText
  source: SourceRef | null
  /** The other end of a range: the last capture of a presence interval. */
  lastSource?: SourceRef | null
  citation: { title: string | null; url: string | null; note?: string | null } | null
  warnings: TimelineText[]
}

interface Period { status: string; model: string; startOn: string; endOn: string | null }
interface ListRef { id: number; kind: string; asOf: string; fileName: string; label: string }
export interface TimelineAgreement {
  id: number
  signedOn: string | null
  periods: Period[]
  events: { id: number; kind: string; onDate: string | null; fromDate: string | null; toDate: string | null; reason: string | null; derived?: boolean; details?: string | null; source: (ListRef & { row: number | null }) | null; citation: { title: string | null; url: string | null; note: string | null } | null }[]
  /** Flagged rows only (their warnings are shown on the interval they belong to). */
  entries: { rowNumber: number; model: string; signedRaw: string | null; flags: string[]; list: ListRef }[]
  intervals: { series: string; model: string; startOn: string; endOn: string; captures: number; first: ListRef & { row: number }; last: ListRef & { row: number } }[]
}

const ref = (l: ListRef & { row: number | null }): SourceRef => ({ listId: l.id, label: l.label, fileName: l.fileName, row: l.row })

/** A data-quality flag on a list row, with what the page shows instead. */
type TimelineEvent = TimelineAgreement['events'][number]

/**
 * An event's sentence in the page's language where the tracker wrote its reason from the lists (lib/lifecycle/events.ts,
 * rules.ts); a reason an editor recorded stays as written. A removal names the last capture that listed the agreement (the
 * end of its presence interval) and a model switch the capture before it (its coverage window), as the recorded reason does.
 */
function eventText(e: TimelineEvent, g: TimelineAgreement, windows: CoverageWindow[]): TimelineText {
  if (e.reason === NON_RENEWAL_REASON) return say('notRenewed2012', { listed: 'ICE roster of 2012-10-16', absent: 'ICE roster of 2012-12-31' })
  const list = e.source?.label
  if (e.derived && list) {
    if (e.kind === 'briefly_absent') return say('brieflyAbsent', { list })
    if (e.kind === 'relisted') return say('relistedOn', { list })
    if (e.kind === 'removed') {
      const last = g.intervals.find((i) => i.series !== 'pending' && i.endOn === e.fromDate)?.last
      if (last) return say('removedAfter', { last: last.label, row: last.row, absent: list })
    }
    const change = e.details ? (JSON.parse(e.details) as { from?: unknown; to?: unknown }) : {}
    if (typeof change.from === 'string' && typeof change.to === 'string') {
      if (e.kind === 'renewed' || e.kind === 'date_corrected') return say(e.kind === 'renewed' ? 'renewedDate' : 'dateCorrected', { date: change.to, was: change.from, list })
      const before = e.kind === 'model_switch' ? windows.find((w) => w.asOf === e.fromDate)?.label : undefined
      if (before) return say('modelSwitch', { from: change.from, to: change.to, before, list })
    }
  }
  return { recorded: e.reason ?? e.kind }
}

export function flagText(list: string, flag: string, raw: string | null, row: number, signedOn: string | null): TimelineText {
  const shown = { shown: signedOn ? 'used' : 'unknown', signedOn: signedOn ?? '' }
  if (flag === 'implausible_date') return say('flagImplausible', { list, raw: raw ?? '?', row, ...shown })
  if (flag === 'malformed_date') return say('flagMalformed', { list, raw: raw ?? '', row, ...shown })
  return say('flagOther', { list, row, flag, hasRaw: raw ? 'yes' : 'no', raw: raw ?? '' })
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
    items.push({ key: 'signed', kind: 'signed', date: g.signedOn, until: null, text: say('signed'), source: e?.source ? { listId: e.source.id, label: e.source.label, fileName: e.source.fileName, row: e.source.row } : null, citation: null, warnings: [] })
  }
  for (const i of g.intervals) {
    const pending = i.series === 'pending'
    const span = { first: i.first.label, last: i.last.label, captures: i.captures, model: i.model }
    const one = i.captures === 1
    const warnings = g.entries
      .filter((e) => e.list.asOf >= i.startOn && e.list.asOf <= i.endOn && (e.list.kind === 'pending') === pending)
      .flatMap((e) => e.flags.map((f) => flagText(e.list.label, f, e.signedRaw, e.rowNumber, g.signedOn)))
    items.push({
      key: `interval-${i.series}-${i.startOn}`, kind: pending ? 'pending' : 'listed', date: i.startOn, until: i.captures === 1 ? null : i.endOn,
      text: say(pending ? (one ? 'appliedOne' : 'appliedMany') : one ? 'listedOne' : 'listedMany', span),
      source: ref(i.first), lastSource: one ? null : ref(i.last), citation: null, warnings: [...new Map(warnings.map((w) => [JSON.stringify(w), w])).values()],
    })
  }
  for (const e of g.events) {
    if (e.kind === 'signed') continue
    const date = e.onDate ?? e.fromDate ?? e.toDate
    if (!date) continue
    items.push({
      key: `event-${e.id}`, kind: e.kind as TimelineItem['kind'], date, until: e.onDate ? null : e.toDate,
      text: eventText(e, g, windows), source: e.source ? { listId: e.source.id, label: e.source.label, fileName: e.source.fileName, row: e.source.row } : null,
      citation: e.citation, warnings: [],
    })
  }
  const start = [g.signedOn, firstStart].filter((d): d is string => !!d && d <= today).sort()[0]
  if (start) {
    for (const gap of findGaps(g.periods, start, today)) {
      const lists = windows.filter((w) => w.start < gap.to && (w.end === null || w.end > gap.from) && w.start !== w.end)
      items.push({
        key: `gap-${gap.from}`, kind: lists.length ? 'unlisted' : 'gap', date: gap.from, until: gap.to,
        text: lists.length ? say('unlisted', { lists: lists.map((w) => w.label).join(', '), count: lists.length }) : say('gap'),
        source: null, citation: null, warnings: [],
      })
    }
  }
  const order: TimelineItem['kind'][] = ['signed', 'pending', 'unlisted', 'listed', 'model_switch', 'renewed', 'date_corrected', 'removed', 'expired', 'not_renewed', 'terminated', 'relisted', 'gap']
  const rank = (i: TimelineItem) => order.indexOf(i.kind)
  return items.sort((a, b) => a.date.localeCompare(b.date) || rank(a) - rank(b))
}
