import { defineRouting } from 'next-intl/routing'

export const LOCALES = ['en', 'es'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'

/**
 * English keeps the unprefixed paths; Spanish lives under /es. proxy.ts rewrites /es/... onto the same pages (no
 * app/[locale] segment) and passes the locale in a request header; next-intl only builds the links.
 */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: 'as-needed',
  localeDetection: false,
  localeCookie: false,
  alternateLinks: false,
})

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}
