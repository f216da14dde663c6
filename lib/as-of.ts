import { isIsoDate, todayIso } from './dates.ts'

export type AsOfCheck =
  | { ok: true; asOf: string }
  | { ok: false; asOf: string; message: string; reason: 'format' | 'future' | 'early'; value: string; earliest?: string }

/**
 * The one reader of `as_of` for every route, API and page alike: absent means today; otherwise a real calendar date
 * written YYYY-MM-DD, not in the future. A bad value comes back with its message and today as the fallback, so the API
 * answers 400 with the message and a page shows the message above today's figures. Charts and the map also refuse dates
 * before `earliest` (a half-typed year in a date input).
 */
export function checkAsOf(raw: string | string[] | null | undefined, today = todayIso(), earliest?: string): AsOfCheck {
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim()
  if (!value) return { ok: true, asOf: today }
  if (!isIsoDate(value)) return { ok: false, asOf: today, value, reason: 'format', message: `as_of "${value}" is not a real date written YYYY-MM-DD` }
  if (value > today) return { ok: false, asOf: today, value, reason: 'future', message: `as_of cannot be in the future (today is ${today})` }
  if (earliest && value < earliest) return { ok: false, asOf: today, value, reason: 'early', earliest, message: `as_of ${value} is before ${earliest}, the earliest date the tracker answers for` }
  return { ok: true, asOf: value }
}
