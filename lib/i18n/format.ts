import type { Locale } from './routing'

const TAGS: Record<Locale, string> = { en: 'en-US', es: 'es-ES' }

// Spanish leaves four-digit numbers ungrouped ("1843", "12.500", RAE); es-ES's default grouping (minimumGroupingDigits 2) does that.
const numberFormats = {
  en: new Intl.NumberFormat(TAGS.en),
  es: new Intl.NumberFormat(TAGS.es),
}

export function formatNumber(n: number, locale: Locale): string {
  return numberFormats[locale].format(n)
}

export function formatPercent(share: number, locale: Locale, digits = 1): string {
  return new Intl.NumberFormat(TAGS[locale], { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share)
}

const dateFormats = {
  en: new Intl.DateTimeFormat(TAGS.en, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
  es: new Intl.DateTimeFormat(TAGS.es, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
}

/** A calendar date (YYYY-MM-DD) in prose: "Dec 2, 2026", "2 de diciembre de 2026"; "—" when unknown. */
export function formatDate(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '—'
  return dateFormats[locale].format(new Date(`${iso}T00:00:00Z`))
}

/** A month (YYYY-MM): "December 2026", "diciembre de 2026". */
export function formatMonth(month: string, locale: Locale): string {
  return new Intl.DateTimeFormat(TAGS[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`))
}
