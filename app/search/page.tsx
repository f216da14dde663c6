import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { getPathname } from '@/lib/i18n/navigation'
import { SearchResults } from '@/components/agencies/search-results'
import { Notices } from '@/components/states/notices'
import { readPageParam } from '@/lib/states/page-params'
import { lastUpdated, searchAgencies } from '@/lib/cache/reads'

export const dynamic = 'force-dynamic'
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('search'))('metaTitle') }
}

const PER_PAGE = 50

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams
  const q = (Array.isArray(raw.q) ? raw.q[0] : raw.q)?.trim().slice(0, 200) ?? ''
  const { page, notices } = readPageParam(raw)
  const [result, updated, t, locale] = await Promise.all([q ? searchAgencies({ q, page, perPage: PER_PAGE }) : null, lastUpdated(), getTranslations('search'), getLocale()])
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <form action={getPathname({ href: '/search', locale })} role="search" aria-label={t('form')} className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-sm">
          <span>{t('field')}</span>
          <input name="q" type="search" defaultValue={q} className="w-72 rounded border border-line px-2 py-1" />
        </label>
        <button type="submit" className="rounded border border-line bg-wash px-3 py-1 text-sm">{t('submit')}</button>
      </form>
      <Notices notices={notices} />
      {result ? (
        <SearchResults q={q} page={page} perPage={PER_PAGE} result={result} />
      ) : (
        <p>{t('hint')}</p>
      )}
      <p className="text-sm text-muted">{t('scope')}
        {updated && t('updated', { date: updated.slice(0, 10) })}</p>
    </div>
  )
}
