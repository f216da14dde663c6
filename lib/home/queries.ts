import 'server-only'
import { addDays, daysBetween } from '../dates.ts'
import { db } from '../db.ts'
import { listLabel, seriesKinds } from '../lifecycle/lists.ts'
import { diffSnapshots, type DiffItem } from '../snapshots/diff.ts'
import { timeline } from '../stats/queries.ts'

const SERIES = { kind: { in: seriesKinds('participating') } }
const LIST_SELECT = { id: true, kind: true, asOf: true, fileName: true, capturedOn: true } as const
// Two lists of one date: the later import (a re-publication) stands, as in the coverage rule.
const NEWEST_FIRST = [{ asOf: 'desc' as const }, { id: 'desc' as const }]

/** The newest ICE list held (by ICE's date, not the import date) and its age in days on `today`. */
export async function getNewestList(today: string) {
  const list = await db.sourceList.findFirst({ where: SERIES, select: LIST_SELECT, orderBy: NEWEST_FIRST })
  if (!list) return null
  return { id: list.id, as_of: list.asOf, file: list.fileName, label: listLabel(list.kind, list.asOf), age_days: daysBetween(list.asOf, today) }
}

export interface WeekChanges {
  from: { id: number; as_of: string; label: string }
  to: { id: number; as_of: string; label: string }
  /** Days between the two lists: 7 when we hold a list from a week before the newest, more when we do not. */
  days: number
  added: DiffItem[]
  removed: DiffItem[]
}

/**
 * Agreements added to and dropped from ICE's list over the week ending on the newest list: the newest list against
 * the newest list held from at least seven days earlier (net change; a list in between does not count twice).
 */
export async function listWeekChanges(): Promise<WeekChanges | null> {
  const to = await db.sourceList.findFirst({ where: SERIES, select: LIST_SELECT, orderBy: NEWEST_FIRST })
  if (!to) return null
  const from = await db.sourceList.findFirst({ where: { ...SERIES, asOf: { lte: addDays(to.asOf, -7) } }, select: LIST_SELECT, orderBy: NEWEST_FIRST })
  if (!from) return null
  const diff = await diffSnapshots(from.id, to.id)
  if (!diff.added || !diff.removed) throw new Error(`Lists ${from.id} and ${to.id} vanished while comparing them`)
  const ref = (l: typeof to) => ({ id: l.id, as_of: l.asOf, label: listLabel(l.kind, l.asOf) })
  const byName = (a: DiffItem, b: DiffItem) => a.state.localeCompare(b.state) || a.agency.localeCompare(b.agency)
  return { from: ref(from), to: ref(to), days: daysBetween(from.asOf, to.asOf), added: [...diff.added].sort(byName), removed: [...diff.removed].sort(byName) }
}

export interface SparkPoint {
  month: string
  value: number | null
}

const month = (iso: string) => iso.slice(0, 7)

/**
 * The two stories in miniature, monthly from lib/stats' timeline: all agreements since mid-2024 (the surge), ending at
 * the newest list's month so nothing is drawn past what ICE has published; task forces 2010–2013 (the phase-out).
 * Null = no list we hold covers the month.
 */
export async function getHomeCharts(newestAsOf: string) {
  const [surge, phaseOut] = await Promise.all([timeline('2024-07', month(newestAsOf)), timeline('2010-10', '2013-03')])
  return {
    surge: surge.map((p) => ({ month: p.month, value: p.total })),
    phaseOut: phaseOut.map((p) => ({ month: p.month, value: p.task_force })),
    phaseOutJail: phaseOut.map((p) => ({ month: p.month, value: p.jail_enforcement })),
  }
}
