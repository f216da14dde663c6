import { isIsoDate, todayIso } from './dates.ts'

export type AsOfCheck = { ok: true; asOf: string } | { ok: false; asOf: string; message: string }

/**
 * The one reader of `as_of` for every route, API and page alike: absent means today; otherwise a real calendar date
 * written YYYY-MM-DD, not in the future. A bad value comes back with its message and today as the fallback, so the API
 * answers 400 with the message and a page shows the message above today's figures.
 */
export function checkAsOf(raw: string | string[] | null | undefined, today = todayIso()): AsOfCheck {
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim()
  if (!value) return { ok: true, asOf: today }
  if (!isIsoDate(value)) return { ok: false, asOf: today, message: `as_of "${value}" is not a real date written YYYY-MM-DD` }
  if (value > today) return { ok: false, asOf: today, message: `as_of cannot be in the future (today is ${today})` }
  return { ok: true, asOf: value }
}
