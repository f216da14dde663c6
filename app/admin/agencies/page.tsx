import Link from 'next/link'
import type { Metadata } from 'next'
import { ListFilter, Pager } from '@/components/admin/list-filter'
import { listAdminAgencies } from '@/lib/admin/queries'
import { readListParams } from '@/lib/admin/search-params'
import { requirePage } from '@/lib/auth/guard'

export const metadata: Metadata = { title: 'Agencies' }

export default async function AdminAgencies({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePage('editor', '/admin/agencies')
  const q = readListParams(await searchParams)
  const { rows, total, pageCount } = await listAdminAgencies(q)
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Agencies</h1>
      <p><Link href="/admin/agencies/new">New agency</Link></p>
      <ListFilter q={q.q} state={q.state} label="Filter agencies" />
      <p className="text-sm text-muted">{total.toLocaleString('en-US')} agencies</p>
      <table className="w-full text-sm">
        <thead><tr className="text-left"><th>Name</th><th>State</th><th>Type</th><th>County (FIPS)</th><th>Agreements</th><th><span className="sr-only">Actions</span></th></tr></thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id} className="border-t border-line">
              <td>{a.name}</td><td>{a.state}</td><td>{a.type}</td><td>{a.countyName ?? '—'} {a.countyFips && `(${a.countyFips})`}</td><td>{a._count.agreements}</td>
              <td className="space-x-2 whitespace-nowrap">
                <Link href={`/admin/agencies/${a.id}/edit`} aria-label={`Edit ${a.name}`}>Edit</Link>
                <Link href={`/admin/history/agency/${a.id}`} aria-label={`History of ${a.name}`}>History</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={q.page} pageCount={pageCount} params={{ q: q.q, state: q.state }} />
    </div>
  )
}
