import { checkAsOf } from '../as-of.ts'
import { todayIso } from '../dates.ts'
import { asOfNotice, notice, type Notice } from '../i18n/notice.ts'
import { isStateCode, type StateCode } from '../states.ts'

type Raw = Record<string, string | string[] | undefined>
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

/** `as_of` for pages: a bad or future date falls back to today with a notice, never an error page. */
export function readAsOfParam(raw: Raw, today = todayIso()): { asOf: string; notices: Notice[] } {
  const check = checkAsOf(raw.as_of, today)
  return { asOf: check.asOf, notices: check.ok ? [] : [asOfNotice(check)] }
}

export function readStateParam(code: string): StateCode | null {
  const upper = decodeURIComponent(code).trim().toUpperCase()
  return isStateCode(upper) ? upper : null
}

export const STATE_SORT_KEYS = ['name', 'total', 'task_force', 'jail_enforcement', 'warrant_service_officer', 'agencies'] as const
export type StateSortKey = (typeof STATE_SORT_KEYS)[number]
export interface StateSort { key: StateSortKey; desc: boolean }

/** The states table opens with the most agreements first. */
export const DEFAULT_STATE_SORT: StateSort = { key: 'total', desc: true }
export const isDefaultStateSort = (s: StateSort) => s.key === DEFAULT_STATE_SORT.key && s.desc === DEFAULT_STATE_SORT.desc
export const formatStateSort = (s: StateSort) => `${s.desc ? '-' : ''}${s.key}`

export function readStateSort(raw: Raw): { sort: StateSort; notices: Notice[] } {
  const v = first(raw.sort)?.trim()
  if (!v) return { sort: DEFAULT_STATE_SORT, notices: [] }
  const key = v.replace(/^-/, '')
  if ((STATE_SORT_KEYS as readonly string[]).includes(key)) return { sort: { key: key as StateSortKey, desc: v.startsWith('-') }, notices: [] }
  return { sort: DEFAULT_STATE_SORT, notices: [notice('stateSort', { value: v })] }
}

export function sortStates<T extends { name: string } & Record<Exclude<StateSortKey, 'name'>, number>>(rows: T[], sort: StateSort): T[] {
  const dir = sort.desc ? -1 : 1
  return [...rows].sort((a, b) => {
    const byName = a.name.localeCompare(b.name)
    if (sort.key === 'name') return dir * byName
    return dir * (a[sort.key] - b[sort.key]) || byName
  })
}

/** A 1-based page number; anything else falls back to 1 with a notice. */
export function readPageParam(raw: Raw): { page: number; notices: Notice[] } {
  const v = first(raw.page)?.trim()
  if (!v) return { page: 1, notices: [] }
  if (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 100000) return { page: Number(v), notices: [] }
  return { page: 1, notices: [notice('page', { value: v })] }
}
