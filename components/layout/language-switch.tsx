'use client'

import { useClientText, useLocale } from '@/lib/i18n/client'
import { useSearchParams } from 'next/navigation'
import { localizedHref } from '@/lib/i18n/locale-path'
import { usePathname } from '@/lib/i18n/navigation'

/** The same page in the other language, query string kept. A plain link: the whole document (and its lang) changes. */
export function LanguageSwitch() {
  const t = useClientText('languageSwitch')
  const locale = useLocale()
  const pathname = usePathname()
  const search = useSearchParams().toString()
  const other = locale === 'es' ? 'en' : 'es'
  return (
    <a href={localizedHref(other, pathname, search)} hrefLang={other} lang={other} className="text-sm">
      {t('label')}
    </a>
  )
}
