import Link from 'next/link'
import type { ReactNode } from 'react'
import type { MergeCandidateView } from '@/lib/admin/merge-queries'
import { MODEL_LABELS, type AgreementModel } from '@/lib/agreements/schema'

type Side = NonNullable<MergeCandidateView['from']>

function Record({ label, agency, id }: { label: string; agency: Side | null; id: number }) {
  if (!agency) return <div><h4 className="font-semibold">{label}: agency {id}</h4><p className="text-sm">No longer exists (merged or deleted).</p></div>
  return (
    <div className="space-y-1">
      <h4 className="font-semibold">{label}: <Link href={`/agencies/${agency.id}`}>{agency.name}</Link> (agency {agency.id})</h4>
      <ul className="text-sm">
        {agency.names.map((n) => <li key={n.name}>“{n.name}” {n.firstSeenOn ? `listed ${n.firstSeenOn} – ${n.lastSeenOn}` : ''}</li>)}
      </ul>
      <ul className="text-sm text-muted">
        {agency.agreements.map((a) => (
          <li key={a.id}>Agreement {a.id}: {MODEL_LABELS[a.model as AgreementModel] ?? a.model}, signed {a.signedOn ?? 'unknown'}{a.firstListedOn ? `, listed ${a.firstListedOn} – ${a.lastListedOn}` : ''}</li>
        ))}
      </ul>
    </div>
  )
}

interface MergeCandidateProps {
  candidate: MergeCandidateView
  children: ReactNode
}

export function MergeCandidate({ candidate: c, children }: MergeCandidateProps) {
  return (
    <article aria-label={`Merge candidate ${c.id}`} className="space-y-3 rounded border border-line p-3">
      <p className="text-sm text-muted">{c.createdAt.slice(0, 10)} · {c.state} · {c.reason}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <Record label="Merge" agency={c.from} id={c.fromAgencyId} />
        <Record label="Into" agency={c.into} id={c.intoAgencyId} />
      </div>
      {children}
    </article>
  )
}
