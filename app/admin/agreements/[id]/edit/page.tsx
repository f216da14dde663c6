import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AgreementForm } from '@/components/admin/agreement-form'
import { ClearCorrectionForm } from '@/components/admin/clear-correction-form'
import { getAgreementForEdit } from '@/lib/admin/queries'
import { readIdParam } from '@/lib/admin/search-params'
import { MODEL_LABELS, type AgreementModel } from '@/lib/agreements/schema'
import { getOpenSuggestion } from '@/lib/corrections/queries'
import { requirePage } from '@/lib/auth/guard'
import { lockedList } from '@/lib/import/locks'

export default async function EditAgreement({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ correction?: string }> }) {
  await requirePage('editor', '/admin')
  const id = readIdParam((await params).id)
  const agreement = id === null ? null : await getAgreementForEdit(id)
  if (!agreement) notFound()
  const correction = await getOpenSuggestion((await searchParams).correction, 'Agreement', agreement.id)
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Edit agreement {agreement.id}</h1>
      <p>
        <Link href={`/agencies/${agreement.agency.id}`}>{agreement.agency.name}</Link> ({agreement.agency.state}), {MODEL_LABELS[agreement.model as AgreementModel]}. Listed by ICE {agreement.firstListedOn ?? '—'} to {agreement.lastListedOn ?? '—'}; current status {agreement.status ?? 'unknown'}. Version {agreement.version}.
      </p>
      {agreement.events.length > 0 && (
        <ul className="text-sm">{agreement.events.map((e) => <li key={e.id}>Recorded: {e.kind.replace('_', ' ')} on {e.onDate ?? '—'} — {e.reason}</li>)}</ul>
      )}
      {correction && <p className="rounded border border-accent p-3">Accepting correction {correction.publicId}: “{correction.text}”</p>}
      <AgreementForm agreement={agreement} correction={correction ?? undefined} />
      {agreement.lockedFields.length > 0 && <ClearCorrectionForm recordType="Agreement" id={agreement.id} version={agreement.version} locked={lockedList(agreement.lockedFields, agreement)} />}
      <p><Link href={`/admin/history/agreement/${agreement.id}`}>History of this agreement</Link></p>
    </div>
  )
}
