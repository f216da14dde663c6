import type { Metadata } from 'next'
import { Link } from '@/lib/i18n/navigation'
import { SnapshotDiffView } from '@/components/snapshots/snapshot-diff'
import { readIdParam } from '@/lib/admin/search-params'
import { diffSnapshots } from '@/lib/snapshots/diff'
import { listSnapshots } from '@/lib/snapshots/queries'

export const metadata: Metadata = { title: 'Compare two ICE lists' }
export const dynamic = 'force-dynamic'

export default async function SnapshotDiffPage({ searchParams }: { searchParams: Promise<{ from?: string; to?: string }> }) {
  const sp = await searchParams
  const lists = await listSnapshots()
  const from = sp.from ? readIdParam(sp.from) : null
  const to = sp.to ? readIdParam(sp.to) : null
  const diff = from !== null && to !== null ? await diffSnapshots(from, to) : null
  const bad = (sp.from && from === null) || (sp.to && to === null)
  const options = lists.map((l) => ({ value: String(l.id), label: `${l.label} (${l.fileName}, ${l.rowCount} rows)` }))
  const previous = lists.length > 1 ? lists[lists.length - 2]! : null
  const latest = lists.at(-1)
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Compare two ICE lists</h1>
      <p className="text-muted">Pick any two source lists to see which agreements appear, disappear, change model or change name between them.</p>
      <form className="flex flex-wrap items-end gap-3" aria-label="Choose two lists">
        {(['from', 'to'] as const).map((name) => (
          <p key={name} className="max-w-full">
            <label htmlFor={`diff-${name}`} className="block text-sm font-medium">{name === 'from' ? 'Earlier list' : 'Later list'}</label>
            <select id={`diff-${name}`} name={name} defaultValue={sp[name] ?? (name === 'from' ? String(previous?.id ?? '') : String(latest?.id ?? ''))} className="w-full max-w-md rounded border border-line px-2 py-1">
              {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
          </p>
        ))}
        <button type="submit" className="rounded border border-accent px-3 py-1 text-accent">Compare</button>
      </form>
      <div role="status" aria-live="polite">
        {bad && <p className="rounded border border-red-700 bg-red-50 p-3">The list ids in the address must be whole numbers; choose the lists above.</p>}
        {diff && 'missing' in diff && diff.missing && <p className="rounded border border-red-700 bg-red-50 p-3">There is no list with id {diff.missing.join(' or ')}; choose the lists above.</p>}
      </div>
      {diff && !('missing' in diff && diff.missing) && 'counts' in diff && <SnapshotDiffView diff={diff} />}
      <p className="text-sm">Also as JSON: <code>/api/v1/snapshots/diff?from=…&amp;to=…</code>. <Link href="/sources">All source lists</Link></p>
    </div>
  )
}
