import Link from 'next/link'
import { notFound } from 'next/navigation'
import { CountyForm } from '@/components/admin/county-form'
import { getCountyForEdit } from '@/lib/admin/queries'
import { readIdParam } from '@/lib/admin/search-params'
import { requirePage } from '@/lib/auth/guard'

export default async function EditCounty({ params }: { params: Promise<{ id: string }> }) {
  await requirePage('editor', '/admin')
  const id = readIdParam((await params).id)
  const county = id === null ? null : await getCountyForEdit(id)
  if (!county) notFound()
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{county.name}, {county.state} ({county.fips})</h1>
      <p className="text-sm">Counted as activated from {county.scEffectiveOn ?? '—'}. Version {county.version}.</p>
      <CountyForm county={county} />
      <p><Link href={`/admin/history/county/${county.id}`}>History of this county</Link></p>
    </div>
  )
}
