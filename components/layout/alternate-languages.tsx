'use client'

import { useSearchParams } from 'next/navigation'
import { localizedHref } from '@/lib/i18n/locale-path'
import { usePathname } from '@/lib/i18n/navigation'

interface AlternateLanguagesProps {
  origin: string
}

/** `<link rel="alternate" hreflang>` for the page shown (React puts them in <head>); a client leaf so it follows navigations. */
export function AlternateLanguages({ origin }: AlternateLanguagesProps) {
  const pathname = usePathname()
  const search = useSearchParams().toString()
  const en = `${origin}${localizedHref('en', pathname, search)}`
  return (
    <>
      <link rel="alternate" hrefLang="en" href={en} />
      <link rel="alternate" hrefLang="es" href={`${origin}${localizedHref('es', pathname, search)}`} />
      <link rel="alternate" hrefLang="x-default" href={en} />
    </>
  )
}
