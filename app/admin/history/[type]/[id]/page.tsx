import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AuditEntryView } from '@/components/admin/audit-entry'
import { RevertForm } from '@/components/admin/small-forms'
import { recordHistory } from '@/lib/admin/audit-queries'
import { RECORD_TYPES, type RecordSlug } from '@/lib/admin/history'
import { requirePage } from '@/lib/auth/guard'

const EDIT_PATHS: Partial<Record<RecordSlug, string>> = { agreement: 'agreements', agency: 'agencies', 'policy-event': 'policy-events', county: 'counties' }
const REVERTIBLE = new Set(['update', 'revert'])

export default async function HistoryPage({ params, searchParams }: { params: Promise<{ type: string; id: string }>; searchParams: Promise<{ saved?: string; reverted?: string }> }) {
  await requirePage('editor', '/admin')
  const { type, id } = await params
  const flags = await searchParams
  if (!(type in RECORD_TYPES) || !/^\d{1,9}$/.test(id)) notFound()
  const slug = type as RecordSlug
  const entries = await recordHistory(RECORD_TYPES[slug], id)
  const edit = EDIT_PATHS[slug]
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">History of {RECORD_TYPES[slug]} {id}</h1>
      <div role="status" aria-live="polite">
        {flags.saved && <p className="rounded border border-green-700 bg-green-50 p-3">Saved. The change is below.</p>}
        {flags.reverted && <p className="rounded border border-green-700 bg-green-50 p-3">Reverted. The revert is below.</p>}
      </div>
      {edit && <p><Link href={`/admin/${edit}/${id}/edit`}>Edit this record</Link></p>}
      {entries.length === 0 && <p>No recorded changes.</p>}
      <ol className="space-y-3">
        {entries.map((e) => (
          <li key={e.id} className="rounded border border-line p-3">
            <AuditEntryView entry={e} />
            {edit && REVERTIBLE.has(e.action) && e.channel !== 'seed' && (
              <details className="mt-2"><summary>Revert this change</summary><RevertForm auditId={e.id} /></details>
            )}
          </li>
        ))}
      </ol>
    </div>
  )
}
