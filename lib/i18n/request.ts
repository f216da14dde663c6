import { headers } from 'next/headers'
import { getRequestConfig } from 'next-intl/server'
import { LOCALE_HEADER } from './locale-path'
import { DEFAULT_LOCALE, isLocale } from './routing'

/** The locale comes from proxy.ts (x-locale, set on every request from the path), not from an app/[locale] segment. */
export default getRequestConfig(async ({ locale: explicit }) => {
  const fromHeader = (await headers()).get(LOCALE_HEADER)
  const locale = isLocale(explicit) ? explicit : isLocale(fromHeader) ? fromHeader : DEFAULT_LOCALE
  return {
    locale,
    // Dates are calendar dates without a time zone (docs/decisions/0001): format them in UTC.
    timeZone: 'UTC',
    messages: (await import(`../../messages/${locale}.json`)).default,
  }
})
