import { useLocale, useTranslations } from 'next-intl'
import { formatNumber } from '@/lib/i18n/format'
import { Link } from '@/lib/i18n/navigation'
import { DidYouMean, searchHref } from '@/components/search/did-you-mean'
import { AGENCY_TYPES, type AgencyType } from '@/lib/agreements/schema'
import type { AgencySearchResult } from '@/lib/search/queries'
import { stateName } from '@/lib/states'

interface SearchResultsProps {
  q: string
  page: number
  perPage: number
  result: AgencySearchResult
}

const isType = (t: string): t is AgencyType => (AGENCY_TYPES as readonly string[]).includes(t)

export function SearchResults({ q, page, perPage, result }: SearchResultsProps) {
  const t = useTranslations('search')
  const types = useTranslations('labels.agencyType')
  const locale = useLocale()
  const { total, items, suggestion, corrected } = result
  const pages = Math.max(1, Math.ceil(total / perPage))
  const shown = corrected && suggestion ? suggestion : q
  return (
    <section aria-labelledby="results" className="space-y-3">
      <h2 id="results" className="text-lg font-semibold">
        {total === 0 ? t('none', { q }) : t('matches', { count: formatNumber(total, locale), n: total, q: shown })}
      </h2>
      <DidYouMean q={q} suggestion={suggestion} corrected={corrected} />
      {total === 0 && <p className="text-muted">{t('tryFewer')}</p>}
      <ol className="space-y-2" start={(page - 1) * perPage + 1}>
        {items.map((a) => (
          <li key={a.id}>
            <Link href={`/agencies/${a.id}`} className="font-medium">{a.name}</Link>
            <span className="block text-sm text-muted">
              {stateName(a.state)} · {isType(a.type) ? types(a.type) : a.type}
              {a.county && <> · {a.county}</>} · {t('agreements', { count: a.agreements })}
            </span>
          </li>
        ))}
      </ol>
      {pages > 1 && (
        <nav aria-label={t('pages')} className="flex gap-4 text-sm">
          {page > 1 && <Link href={searchHref(q, page - 1)}>{t('previous')}</Link>}
          <span>{t('page', { page, pages })}</span>
          {page < pages && <Link href={searchHref(q, page + 1)}>{t('next')}</Link>}
        </nav>
      )}
    </section>
  )
}
