import { headers } from 'next/headers'
import { createTranslator } from 'next-intl'
import en from '../../messages/en.json'
import es from '../../messages/es.json'
import { LOCALE_HEADER } from './locale-path.ts'
import { DEFAULT_LOCALE, isLocale, type Locale } from './routing.ts'

/** The locale proxy.ts set for this request (x-locale, from the path); a server action posted from /es/... is Spanish. */
export async function requestLocale(): Promise<Locale> {
  const value = (await headers()).get(LOCALE_HEADER)
  return isLocale(value) ? value : DEFAULT_LOCALE
}

/**
 * The messages a server action answers with, in the request's language. Actions use this rather than next-intl's
 * getTranslations so that they run the same under Vitest, where next-intl's request config is not wired in.
 */
export async function actionTranslator() {
  const locale = await requestLocale()
  return createTranslator({ locale, messages: locale === 'es' ? es : en, namespace: 'corrections.action' })
}
