import type { Locale } from './routing'

/** `lang` for text held only in English (names, ICE's wording, recorded summaries) on a page in another language. */
export function englishText(locale: Locale): 'en' | undefined {
  return locale === 'en' ? undefined : 'en'
}
