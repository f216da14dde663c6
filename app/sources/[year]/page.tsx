import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'
import { YearLists } from '@/components/sources/source-lists'
import { formatNumber } from '@/lib/i18n/format'
import { Link } from '@/lib/i18n/navigation'
import { coverageByList, listSnapshots } from '@/lib/cache/reads'
import { listYears, sourceYearHref } from '@/lib/sources/links'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ year: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations('sources'))('yearMeta', { year: (await params).year }) }
}

export default async function SourceYearPage({ params }: Props) {
  const { year } = await params
  if (!/^\d{4}$/.test(year)) notFound()
  const [lists, coverage, t, locale] = await Promise.all([listSnapshots(), coverageByList(), getTranslations('sources'), getLocale()])
  const ofYear = lists.filter((l) => l.asOf.startsWith(year))
  if (ofYear.length === 0) notFound()
  const years = listYears(lists)
  const [before, after] = [years[years.indexOf(year) - 1], years[years.indexOf(year) + 1]]
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('yearTitle', { year, count: formatNumber(ofYear.length, locale) })}</h1>
      <nav aria-label={t('years.nav')} className="flex flex-wrap gap-x-4 text-sm">
        <Link href="/sources">{t('years.all')}</Link>
        {before && <Link href={sourceYearHref(before)}>{t('years.link', { year: before })}</Link>}
        {after && <Link href={sourceYearHref(after)}>{t('years.link', { year: after })}</Link>}
      </nav>
      <YearLists lists={ofYear} coverage={coverage} />
    </div>
  )
}
