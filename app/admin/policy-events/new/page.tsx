import { PolicyEventForm } from '@/components/admin/policy-event-form'
import { requirePage } from '@/lib/auth/guard'

export default async function NewPolicyEvent() {
  await requirePage('editor', '/admin/policy-events/new')
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">New policy event</h1>
      <PolicyEventForm />
    </div>
  )
}
