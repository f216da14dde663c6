import { AgencyForm } from '@/components/admin/agency-form'
import { requirePage } from '@/lib/auth/guard'

export default async function NewAgency() {
  await requirePage('editor', '/admin/agencies/new')
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">New agency</h1>
      <p className="text-muted">Agencies normally come from ICE’s lists. If the name matches an agency already in the same state, you will be offered to keep it as another name of that agency instead.</p>
      <AgencyForm />
    </div>
  )
}
