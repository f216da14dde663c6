import { useLocale, useTranslations } from 'next-intl'
import { Suspense } from 'react'
import { getPathname, Link } from '@/lib/i18n/navigation'
import { LanguageSwitch } from './language-switch'

const NAV = ['agreements', 'states', 'expiring', 'pending', 'trends', 'compare', 'map', 'policy', 'sources'] as const

export function SiteHeader() {
  const t = useTranslations('header')
  const site = useTranslations('site')
  const locale = useLocale()
  return (
    <header className="border-b border-line bg-wash">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-ink">
          {site('name')}
        </Link>
        <nav aria-label={t('nav')}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {NAV.map((key) => (
              <li key={key}>
                <Link href={`/${key}`}>{t(key)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <form action={getPathname({ href: '/search', locale })} role="search" aria-label={t('search')} className="ml-auto">
          <label htmlFor="site-search" className="sr-only">
            {t('searchLabel')}
          </label>
          <input id="site-search" name="q" type="search" placeholder={t('searchLabel')} className="w-48 rounded border border-line px-2 py-1 text-sm" />
        </form>
        <Suspense fallback={null}>
          <LanguageSwitch />
        </Suspense>
      </div>
    </header>
  )
}
