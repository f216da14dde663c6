import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { formatNumber } from '@/lib/i18n/format'
import { CountyDatasets } from '@/components/sources/county-datasets'
import { CoverageRule } from '@/components/sources/coverage-rule'
import { Downloads } from '@/components/sources/downloads'
import { ListHashRedirect } from '@/components/sources/list-hash-redirect'
import { SourceYears } from '@/components/sources/source-lists'
import { getPathname } from '@/lib/i18n/navigation'
import { STALE_AFTER_DAYS, WINDOW_DAYS } from '@/lib/lifecycle/coverage'
import { countyDatasets, lastUpdated, listSnapshots } from '@/lib/cache/reads'

export const dynamic = 'force-dynamic'
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('sources')
  return {
    title: t('metaTitle'),
    alternates: {
      types: {
        'application/atom+xml': [{ url: '/feeds/changes.atom', title: t('atom') }],
        'text/calendar': [{ url: '/feeds/expirations.ics', title: t('ics') }],
      },
    },
  }
}

export default async function SourcesPage() {
  const [lists, counties, updated, t, locale] = await Promise.all([
    listSnapshots(),
    countyDatasets(),
    lastUpdated(),
    getTranslations('sources'),
    getLocale(),
  ])
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="max-w-3xl">
          {t('intro')}
          {updated && t('updated', { date: updated.slice(0, 10) })}
        </p>
        <p className="text-sm">
          {t.rich('feeds', {
            atom: (c) => <a href="/feeds/changes.atom">{c}</a>,
            ics: (c) => <a href="/feeds/expirations.ics">{c}</a>,
            code: (c) => <code>{c}</code>,
            all: (c) => <a href="#downloads">{c}</a>,
          })}
        </p>
        {t('englishNote') && <p className="text-sm text-muted">{t('englishNote')}</p>}
      </div>
      <section aria-labelledby="lists-h" className="space-y-3">
        <h2 id="lists-h" className="text-lg font-semibold">{t('lists', { count: formatNumber(lists.length, locale) })}</h2>
        <p className="max-w-3xl text-sm">{t('years.text')}</p>
        <SourceYears lists={lists} />
        <ListHashRedirect base={getPathname({ href: '/sources/lists', locale })} />
      </section>
      <Downloads />
      <CoverageRule windowDays={WINDOW_DAYS} staleAfterDays={STALE_AFTER_DAYS} />
      <CountyDatasets data={counties} />
    </div>
  )
}
