import { PolicyEventForm } from '@/components/admin/policy-event-form'

export default function NewPolicyEvent() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">New policy event</h1>
      <PolicyEventForm />
    </div>
  )
}
