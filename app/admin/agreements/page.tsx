import Link from 'next/link'
import type { Metadata } from 'next'
import { ListFilter, Pager } from '@/components/admin/list-filter'
import { listAdminAgreements } from '@/lib/admin/queries'
import { readListParams } from '@/lib/admin/search-params'
import { MODEL_LABELS, type AgreementModel } from '@/lib/agreements/schema'
import { requirePage } from '@/lib/auth/guard'

export const metadata: Metadata = { title: 'Agreements' }

export default async function AdminAgreements({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePage('editor', '/admin/agreements')
  const q = readListParams(await searchParams)
  const { rows, total, pageCount } = await listAdminAgreements(q)
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Agreements</h1>
      <ListFilter q={q.q} state={q.state} label="Filter agreements" />
      <p className="text-sm text-muted">{total.toLocaleString('en-US')} agreements</p>
      <table className="w-full text-sm">
        <thead><tr className="text-left"><th>Agency</th><th>State</th><th>Model</th><th>Signed</th><th>Expires</th><th>Last listed</th><th><span className="sr-only">Actions</span></th></tr></thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id} className="border-t border-line">
              <td>{a.agency.name}</td><td>{a.agency.state}</td><td>{MODEL_LABELS[a.model as AgreementModel]}</td>
              <td>{a.signedOn ?? '—'}</td><td>{a.expiresOn ?? '—'}</td><td>{a.lastListedOn ?? '—'}</td>
              <td className="space-x-2 whitespace-nowrap">
                <Link href={`/admin/agreements/${a.id}/edit`} aria-label={`Edit agreement ${a.id} of ${a.agency.name}`}>Edit</Link>
                <Link href={`/admin/history/agreement/${a.id}`} aria-label={`History of agreement ${a.id}`}>History</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={q.page} pageCount={pageCount} params={{ q: q.q, state: q.state }} />
    </div>
  )
}
