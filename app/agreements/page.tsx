import type { Metadata } from 'next'
import { AgreementsEmptyState } from '@/components/agreements/empty-state'
import { AgreementsTable } from '@/components/agreements/agreements-table'
import { BasisLine } from '@/components/agreements/basis-line'
import { ExportLinks } from '@/components/agreements/export-links'
import { QueryNotices } from '@/components/agreements/query-notices'
import { agreementFacets, filterRelaxations, listAgreements } from '@/lib/agreements/queries'
import { parseAgreementQueryLenient } from '@/lib/agreements/query'
import { loadAgreementSearch, toUrlSearchParams } from '@/lib/agreements/search-params'
import { lastUpdated } from '@/lib/snapshots/queries'
import { basisAt } from '@/lib/stats/basis'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Agreements' }

export default async function AgreementsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { query, notices, params } = parseAgreementQueryLenient(toUrlSearchParams(await searchParams))
  const search = loadAgreementSearch(params)
  const [result, facets, basis, updated] = await Promise.all([listAgreements(query), agreementFacets(query), basisAt(query.asOf), lastUpdated()])
  const relaxations = result.total === 0 ? await filterRelaxations(query) : []
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">287(g) agreements</h1>
        <BasisLine asOf={query.asOf} basis={basis} updated={updated} />
      </div>
      <QueryNotices notices={notices} />
      <AgreementsTable
        items={result.items}
        total={result.total}
        pageCount={result.pageCount}
        facets={facets}
        asOf={query.asOf}
        empty={
          result.items.length === 0 ? (
            <AgreementsEmptyState search={search} relaxations={relaxations} asOf={query.asOf} covered={basis !== null} total={result.total} />
          ) : undefined
        }
      />
      <ExportLinks search={search} total={result.total} />
    </div>
  )
}
