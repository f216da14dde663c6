const ISO = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000

/** True for a real calendar date written YYYY-MM-DD (rejects 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value)
  if (!m) return false
  const d = new Date(0)
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999, so 0001-12-01 would be refused as unreal.
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  return d.toISOString().slice(0, 10) === value
}

export function toIso(date: Date): string {
  return date.toISOString().slice(0, 10)
}

export function todayIso(now: Date = new Date()): string {
  return toIso(now)
}

export function addDays(iso: string, days: number): string {
  return toIso(new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS))
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

/** Last calendar day of a YYYY-MM month. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return toIso(new Date(Date.UTC(y, m, 0)))
}

export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = []
  let [y, m] = from.split('-').map(Number) as [number, number]
  const [ty, tm] = to.split('-').map(Number) as [number, number]
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`)
    m += 1
    if (m === 13) { m = 1; y += 1 }
  }
  return out
}

/** Excel stores dates as days since 1899-12-30 (its 1900 leap-year bug folded in). */
export function excelSerialToIso(serial: number): string {
  return toIso(new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * DAY_MS))
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

function ymd(y: number, m: number, d: number): string | undefined {
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  return isIsoDate(iso) ? iso : undefined
}

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y))
// "Sept" and "Jul" are prefixes of the month's name; "Juliet" is not.
const month = (name: string) => MONTHS.findIndex((full) => full.startsWith(name.toLowerCase())) + 1

/**
 * Parses a date as ICE and the copies of its lists write it: ISO (with or without a time), M/D/YY,
 * M/D/YYYY (also with "-" or "."), YYYY/M/D, "July 7, 2025", "Jul 7 2025", "7-Jul-25" and
 * "7 July 2025". Returns undefined for anything else (e.g. "7/72025", "05/082025") so that the
 * caller can keep the raw text and flag the row; never guesses which digits were meant.
 */
export function parseLooseDate(raw: string): string | undefined {
  const text = raw.trim().replace(/\s+/g, ' ')
  if (isIsoDate(text)) return text
  let m = /^(\d{4})-(\d{2})-(\d{2})[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text)
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]))
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text)
  if (m) return ymd(fullYear(m[3]!), Number(m[1]), Number(m[2]))
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text)
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]))
  m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(text)
  if (m && month(m[1]!) > 0) return ymd(Number(m[3]), month(m[1]!), Number(m[2]))
  m = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -](\d{2}|\d{4})$/.exec(text)
  if (m && month(m[2]!) > 0) return ymd(fullYear(m[3]!), month(m[2]!), Number(m[1]))
  return undefined
}
