import Link from 'next/link'
import { notFound } from 'next/navigation'
import { PolicyEventForm } from '@/components/admin/policy-event-form'
import { DeleteForm } from '@/components/admin/small-forms'
import { getPolicyEventForEdit } from '@/lib/admin/queries'
import { readIdParam } from '@/lib/admin/search-params'
import { requirePage } from '@/lib/auth/guard'

export default async function EditPolicyEvent({ params }: { params: Promise<{ id: string }> }) {
  await requirePage('editor', '/admin')
  const id = readIdParam((await params).id)
  const event = id === null ? null : await getPolicyEventForEdit(id)
  if (!event) notFound()
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Edit “{event.title}”</h1>
      <PolicyEventForm event={event} />
      <DeleteForm kind="policy-event" id={event.id} version={event.version} />
      <p><Link href={`/admin/history/policy-event/${event.id}`}>History of this event</Link></p>
    </div>
  )
}
