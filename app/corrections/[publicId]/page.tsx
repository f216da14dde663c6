import type { Metadata } from 'next'
import { Link } from '@/lib/i18n/navigation'
import { notFound } from 'next/navigation'
import { getSuggestion } from '@/lib/corrections/queries'

export const metadata: Metadata = { title: 'Your correction', robots: { index: false } }
export const dynamic = 'force-dynamic'

const OUTCOME = { open: 'Waiting for an editor', accepted: 'Accepted and applied', rejected: 'Not accepted' } as const

export default async function CorrectionStatus({ params }: { params: Promise<{ publicId: string }> }) {
  const { publicId } = await params
  const s = /^[A-Za-z0-9_-]{8,40}$/.test(publicId) ? await getSuggestion(publicId) : null
  if (!s) notFound()
  const href = s.recordType === 'Agency' ? `/agencies/${s.recordId}` : `/agreements?agreement=${s.recordId}`
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">Your correction: {OUTCOME[s.status as keyof typeof OUTCOME] ?? s.status}</h1>
      <p className="text-sm text-muted">Keep this page’s address to check on it later. Sent {s.createdAt.slice(0, 10)} about <Link href={href}>{s.recordType.toLowerCase()} {s.recordId}</Link>.</p>
      <blockquote className="border-l-4 border-line pl-3">{s.text}</blockquote>
      {s.evidenceUrl && <p className="text-sm">Evidence: <a href={s.evidenceUrl} rel="nofollow noopener">{s.evidenceUrl}</a></p>}
      {s.decidedAt && <p><span className="font-medium">Decided {s.decidedAt.slice(0, 10)}:</span> {s.decisionReason}</p>}
    </div>
  )
}
