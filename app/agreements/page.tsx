import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { AgreementsEmptyState } from '@/components/agreements/empty-state'
import { AgreementsTable } from '@/components/agreements/agreements-table'
import { BasisNote } from '@/components/layout/basis-note'
import { ExportLinks } from '@/components/agreements/export-links'
import { FilterForm } from '@/components/agreements/filter-form'
import { QueryNotices } from '@/components/agreements/query-notices'
import { TableNav } from '@/components/agreements/table-nav'
import { PhaseOutReconciliation, showsPhaseOut } from '@/components/policy/phase-out-2012'
import { formatNumber } from '@/lib/i18n/format'
import { Link, redirect } from '@/lib/i18n/navigation'
import { parseAgreementQueryLenient } from '@/lib/agreements/query'
import { canonicalQuery, loadAgreementSearch, serializeAgreementSearch, toUrlSearchParams } from '@/lib/agreements/search-params'
import { agreementFacets, basisAt, countExpiringBy, filterRelaxations, lastUpdated, listAgreements } from '@/lib/cache/reads'

export const dynamic = 'force-dynamic'
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('agreements'))('metaTitle') }
}

export default async function AgreementsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams
  const canonical = canonicalQuery(raw)
  const locale = await getLocale()
  if (canonical !== null) redirect({ href: `/agreements${canonical ? `?${canonical}` : ''}`, locale })
  const { query, notices, params } = parseAgreementQueryLenient(toUrlSearchParams(raw))
  const search = loadAgreementSearch(params)
  const [result, facets, basis, updated, t] = await Promise.all([listAgreements(query), agreementFacets(query), basisAt(query.asOf), lastUpdated(), getTranslations('agreements')])
  const [relaxations, phaseOut] = await Promise.all([
    result.total === 0 ? filterRelaxations(query) : [],
    showsPhaseOut(query) ? countExpiringBy('2012-12-01', '2013-01-01') : null,
  ])
  const filtered = Object.entries(search).some(([k, v]) => !['sort', 'page', 'per_page', 'hide'].includes(k) && (Array.isArray(v) ? v.length > 0 : v !== null && v !== ''))
  const cleared = `/agreements${serializeAgreementSearch({ sort: search.sort, per_page: search.per_page, hide: search.hide })}`
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <BasisNote asOf={query.asOf} basis={basis} updated={updated} />
      </div>
      <QueryNotices notices={notices} />
      {phaseOut && <PhaseOutReconciliation count={phaseOut.byModel.task_force ?? 0} collapsed />}
      <FilterForm search={search} asOf={query.asOf} facets={facets} />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p role="status" className="text-lg">
          {t.rich('count', { count: formatNumber(result.total, locale), n: result.total, b: (c) => <strong className="tabular">{c}</strong> })}
        </p>
        {filtered && <Link href={cleared} className="text-sm">{t('clear')}</Link>}
      </div>
      <AgreementsTable
        items={result.items}
        search={search}
        pageCount={result.pageCount}
        asOf={query.asOf}
        empty={
          result.items.length === 0 ? (
            <AgreementsEmptyState search={search} relaxations={relaxations} asOf={query.asOf} covered={basis !== null} total={result.total} />
          ) : undefined
        }
      />
      <TableNav search={search} total={result.total} pageCount={result.pageCount} />
      <ExportLinks search={search} total={result.total} />
    </div>
  )
}
