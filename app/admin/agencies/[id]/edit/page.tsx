import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AgencyForm } from '@/components/admin/agency-form'
import { ClearCorrectionForm } from '@/components/admin/clear-correction-form'
import { DeleteForm } from '@/components/admin/small-forms'
import { getAgencyForEdit } from '@/lib/admin/queries'
import { readIdParam } from '@/lib/admin/search-params'
import { getOpenSuggestion } from '@/lib/corrections/queries'
import { requirePage } from '@/lib/auth/guard'
import { lockedList } from '@/lib/import/locks'

export default async function EditAgency({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ correction?: string }> }) {
  await requirePage('editor', '/admin')
  const id = readIdParam((await params).id)
  const agency = id === null ? null : await getAgencyForEdit(id)
  if (!agency) notFound()
  const correction = await getOpenSuggestion((await searchParams).correction, 'Agency', agency.id)
  const locked = lockedList(agency.lockedFields, agency)
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Edit {agency.name}</h1>
      <p className="text-sm">Names seen in ICE’s lists: {agency.names.map((n) => n.name).join('; ') || '—'}. Version {agency.version}.</p>
      {!agency.countyFips && agency.countyNote && <p className="text-sm">No county: {agency.countyNote}</p>}
      {correction && <p className="rounded border border-accent p-3">Accepting correction {correction.publicId}: “{correction.text}”</p>}
      <AgencyForm agency={agency} correction={correction ?? undefined} />
      {locked.length > 0 && <ClearCorrectionForm recordType="Agency" id={agency.id} version={agency.version} locked={locked} />}
      {agency._count.agreements === 0 && agency._count.entries === 0 && <DeleteForm kind="agency" id={agency.id} version={agency.version} />}
      <p><Link href={`/admin/history/agency/${agency.id}`}>History of this agency</Link></p>
    </div>
  )
}
