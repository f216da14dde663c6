import { DEFAULT_LOCALE, type Locale } from './routing'

export const LOCALE_HEADER = 'x-locale'

// Sign-in, administration, the JSON API and the feeds stay English only: /es/admin... is a 404, not a translation.
const ENGLISH_ONLY = ['/admin', '/api', '/login', '/account', '/feeds']

export type LocaleRoute = { locale: Locale; pathname: string } | { locale: Locale; notFound: true }

/** Which language a request path asks for, and the page path it shows (`/es/states/TX` → es, `/states/TX`). */
export function localeRoute(pathname: string): LocaleRoute {
  if (pathname !== '/es' && !pathname.startsWith('/es/')) return { locale: DEFAULT_LOCALE, pathname }
  const rest = pathname.slice(3) || '/'
  if (ENGLISH_ONLY.some((p) => rest === p || rest.startsWith(`${p}/`))) return { locale: 'es', notFound: true }
  return { locale: 'es', pathname: rest }
}

/** The same page in another language, query string kept. */
export function localizedHref(locale: Locale, pathname: string, search = ''): string {
  const path = locale === DEFAULT_LOCALE ? pathname : pathname === '/' ? '/es' : `/es${pathname}`
  return `${path}${search && !search.startsWith('?') ? `?${search}` : search}`
}

/**
 * An in-site link in the reader's language: `/states/TX?x=1#y` → `/es/states/TX?x=1#y` on a Spanish page. Links
 * elsewhere and to the English-only paths (admin, API, feeds) are left as they are.
 */
export function localizedLink(locale: Locale, href: string): string {
  if (locale === DEFAULT_LOCALE || !href.startsWith('/') || href.startsWith('//')) return href
  const cut = href.search(/[?#]/)
  const path = cut < 0 ? href : href.slice(0, cut)
  if (ENGLISH_ONLY.some((p) => path === p || path.startsWith(`${p}/`))) return href
  return `${localizedHref(locale, path)}${cut < 0 ? '' : href.slice(cut)}`
}
