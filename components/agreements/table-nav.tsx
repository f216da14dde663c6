import { useLocale, useTranslations } from 'next-intl'
import { formatNumber } from '@/lib/i18n/format'
import { Link } from '@/lib/i18n/navigation'
import { PER_PAGE_OPTIONS } from '@/lib/agreements/constants'
import { HIDEABLE_COLUMNS, serializeAgreementSearch, type AgreementSearch } from '@/lib/agreements/search-params'
import type { ColumnId } from './agreements-columns'

interface TableNavProps {
  search: AgreementSearch
  total: number
  pageCount: number
}

const href = (search: AgreementSearch, patch: Partial<AgreementSearch>) => `/agreements${serializeAgreementSearch({ ...search, ...patch })}`

function PageLink({ to, search, children }: { to: number | null; search: AgreementSearch; children: string }) {
  const cls = 'rounded border border-line px-2 py-1 no-underline'
  if (to === null) return <span aria-disabled="true" className={`${cls} text-muted opacity-60`}>{children}</span>
  return <Link href={href(search, { page: to })} className={`${cls} hover:bg-wash`}>{children}</Link>
}

/** Pagination, page size and column visibility: links to the same view with one parameter changed. */
export function TableNav({ search, total, pageCount }: TableNavProps) {
  const { page, per_page: size } = search
  const first = total === 0 ? 0 : (page - 1) * size + 1
  const last = Math.min(total, page * size)
  const t = useTranslations('agreements.nav')
  const cols = useTranslations('agreements.columns')
  const locale = useLocale()
  const n = (x: number) => formatNumber(x, locale)
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <nav aria-label={t('pagination')} className="flex flex-wrap items-center gap-3">
        <span className="tabular">{t('range', { first: n(first), last: n(last), total: n(total), page: n(page), pages: n(pageCount) })}</span>
        <span className="flex gap-1">
          <PageLink to={page > 1 ? 1 : null} search={search}>{t('first')}</PageLink>
          <PageLink to={page > 1 ? page - 1 : null} search={search}>{t('previous')}</PageLink>
          <PageLink to={page < pageCount ? page + 1 : null} search={search}>{t('next')}</PageLink>
          <PageLink to={page < pageCount ? pageCount : null} search={search}>{t('last')}</PageLink>
        </span>
      </nav>
      <nav aria-label={t('perPage')} className="flex items-center gap-3 [&_a]:inline-block [&_a]:px-1 [&_a]:py-1">
        <span className="text-muted">{t('perPageLabel')}</span>
        {PER_PAGE_OPTIONS.map((n) => (
          <Link key={n} href={href(search, { per_page: n, page: 1 })} aria-current={n === size ? 'true' : undefined} className={n === size ? 'font-semibold no-underline' : ''}>{n}</Link>
        ))}
      </nav>
      <details>
        <summary className="cursor-pointer">{t('columns')}</summary>
        <ul className="mt-1 space-y-0.5">
          {HIDEABLE_COLUMNS.map((id) => {
            const hidden = search.hide.includes(id)
            return (
              <li key={id}>
                <Link href={href(search, { hide: hidden ? search.hide.filter((h) => h !== id) : [...search.hide, id] })}>
                  {t(hidden ? 'show' : 'hide', { column: cols(id as ColumnId).toLowerCase() })}
                </Link>
              </li>
            )
          })}
        </ul>
      </details>
    </div>
  )
}
