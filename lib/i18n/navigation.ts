import { redirect as nextRedirect } from 'next/navigation'
import { localizedLink } from './locale-path'
import type { Locale } from './routing'

/** Links that keep the reader's language: `<Link href="/states">` goes to /es/states on a Spanish page. */
export { Link, usePathname } from './client'

export function getPathname({ href, locale }: { href: string; locale: Locale }): string {
  return localizedLink(locale, href)
}

export function redirect({ href, locale }: { href: string; locale: Locale }): never {
  return nextRedirect(localizedLink(locale, href))
}
