import { daysBetween } from '../dates.ts'

/** Past this many days without a newer ICE list, every page warns that its figures may be out of date. */
export const STALE_AFTER_DAYS = 14

export interface Staleness {
  newestList: string | null
  ageDays: number | null
  stale: boolean
}

export function staleness(newestList: string | null, today: string): Staleness {
  if (!newestList) return { newestList, ageDays: null, stale: true }
  const ageDays = daysBetween(newestList, today)
  return { newestList, ageDays, stale: ageDays > STALE_AFTER_DAYS }
}
