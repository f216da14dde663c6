import Link from 'next/link'
import type { Metadata } from 'next'
import { RejectForm } from '@/components/corrections/decision-forms'
import { listSuggestions } from '@/lib/corrections/queries'
import { requirePage } from '@/lib/auth/guard'

export const metadata: Metadata = { title: 'Correction suggestions' }

export default async function CorrectionsQueue() {
  await requirePage('editor', '/admin/corrections')
  const [open, decided] = await Promise.all([listSuggestions('open'), listSuggestions('accepted').then(async (a) => [...a, ...(await listSuggestions('rejected'))])])
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Correction suggestions</h1>
      <section aria-labelledby="open" className="space-y-3">
        <h2 id="open" className="text-lg font-semibold">Open ({open.length})</h2>
        {open.length === 0 && <p>None.</p>}
        {open.map((s) => {
          const edit = s.recordType === 'Agency' ? `/admin/agencies/${s.recordId}/edit` : `/admin/agreements/${s.recordId}/edit`
          return (
            <article key={s.id} aria-label={`Suggestion ${s.publicId}`} className="space-y-2 rounded border border-line p-3">
              <p className="text-sm text-muted">{s.createdAt.slice(0, 10)} · {s.recordType} {s.recordId} · <Link href={`/corrections/${s.publicId}`}>public status page</Link></p>
              <p>{s.text}</p>
              {s.evidenceUrl && <p className="text-sm">Evidence: <a href={s.evidenceUrl} rel="nofollow noopener">{s.evidenceUrl}</a></p>}
              <p><Link href={`${edit}?correction=${s.publicId}`}>Accept: edit the {s.recordType.toLowerCase()} with this correction</Link></p>
              <RejectForm id={s.id} />
            </article>
          )
        })}
      </section>
      <section aria-labelledby="decided" className="space-y-2">
        <h2 id="decided" className="text-lg font-semibold">Decided</h2>
        <ul className="text-sm">
          {decided.map((s) => <li key={s.id}><Link href={`/corrections/${s.publicId}`}>{s.publicId}</Link>: {s.status} by {s.decidedBy} on {s.decidedAt?.slice(0, 10)} — {s.decisionReason}</li>)}
        </ul>
      </section>
    </div>
  )
}
