import Link from 'next/link'
import type { Metadata } from 'next'
import { DecideMergeForm, MergeRecordsForm } from '@/components/admin/merge-forms'
import { MergeCandidate } from '@/components/admin/merge-candidate'
import { requirePage } from '@/lib/auth/guard'
import { listMergeCandidates } from '@/lib/admin/merge-queries'

export const metadata: Metadata = { title: 'Agency merges' }

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function MergesPage({ searchParams }: Props) {
  await requirePage('editor', '/admin/merges')
  const [open, accepted, rejected, raw] = await Promise.all([listMergeCandidates('open'), listMergeCandidates('accepted'), listMergeCandidates('rejected'), searchParams])
  const decided = [...accepted, ...rejected].sort((a, b) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? ''))
  const just = decided.find((c) => String(c.id) === raw.decided)
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Agency merges</h1>
      <p className="text-sm text-muted">
        Pairs of agency records an import could not decide alone: one left a list while the other appeared with the same state, model and signing date under a
        similar name. Accept merges the two records with their whole history (agreements, names, list rows, events, corrections, audit); reject keeps them apart.
      </p>
      {just && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-sm">
          {just.status === 'accepted'
            ? `Merged: agency ${just.fromAgencyId} is now part of agency ${just.intoAgencyId}, with its agreements, names, list rows and history.`
            : `Rejected: agencies ${just.fromAgencyId} and ${just.intoAgencyId} stay apart, and this pair is not queued again.`}
        </p>
      )}
      <section aria-labelledby="open" className="space-y-3">
        <h2 id="open" className="text-lg font-semibold">Open ({open.length})</h2>
        {open.length === 0 && <p>None.</p>}
        {open.map((c) => (
          <MergeCandidate key={c.id} candidate={c}>
            <DecideMergeForm id={c.id} />
          </MergeCandidate>
        ))}
      </section>
      <section aria-labelledby="decided" className="space-y-2">
        <h2 id="decided" className="text-lg font-semibold">Decided ({decided.length})</h2>
        <ul className="text-sm">
          {decided.map((c) => (
            <li key={c.id}>
              {c.status === 'accepted' ? 'Merged' : 'Kept apart'}: agency {c.fromAgencyId} and <Link href={`/admin/history/agency/${c.intoAgencyId}`}>agency {c.intoAgencyId}</Link>, by {c.decidedBy} on {c.decidedAt?.slice(0, 10)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="by-id" className="max-w-xl space-y-3">
        <h2 id="by-id" className="text-lg font-semibold">Merge two records by id</h2>
        <MergeRecordsForm />
      </section>
    </div>
  )
}
