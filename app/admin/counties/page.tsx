import Link from 'next/link'
import type { Metadata } from 'next'
import { ListFilter, Pager } from '@/components/admin/list-filter'
import { listAdminCounties } from '@/lib/admin/queries'
import { readListParams } from '@/lib/admin/search-params'
import { requirePage } from '@/lib/auth/guard'

export const metadata: Metadata = { title: 'County activations' }

export default async function AdminCounties({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePage('editor', '/admin/counties')
  const q = readListParams(await searchParams)
  const { rows, total, pageCount } = await listAdminCounties(q)
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Secure Communities county activations</h1>
      <ListFilter q={q.q} state={q.state} label="Filter counties" />
      <p className="text-sm text-muted">{total.toLocaleString('en-US')} counties</p>
      <table className="w-full text-sm">
        <thead><tr className="text-left"><th>County</th><th>State</th><th>FIPS</th><th>Activated</th><th><span className="sr-only">Actions</span></th></tr></thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id} className="border-t border-line">
              <td>{c.name}</td><td>{c.state}</td><td>{c.fips}</td><td>{c.scPrecision === 'day' ? c.scActivatedOn : (c.scActivationMonth ?? '—')}</td>
              <td className="space-x-2 whitespace-nowrap">
                <Link href={`/admin/counties/${c.id}/edit`} aria-label={`Edit ${c.name}, ${c.state}`}>Edit</Link>
                <Link href={`/admin/history/county/${c.id}`} aria-label={`History of ${c.name}, ${c.state}`}>History</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={q.page} pageCount={pageCount} params={{ q: q.q, state: q.state }} />
    </div>
  )
}
