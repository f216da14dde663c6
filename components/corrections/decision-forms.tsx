'use client'
import { useActionState } from 'react'
import { rejectCorrectionAction } from '@/lib/corrections/actions'
import type { FormState } from '@/lib/admin/fields'
import { Field, FormMessage } from '@/components/admin/field'

export function RejectForm({ id }: { id: number }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(rejectCorrectionAction, {})
  return (
    <form action={formAction} className="space-y-2" aria-label={`Reject suggestion ${id}`}>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="id" value={id} />
      <Field name="decisionReason" label="Reason for rejecting" required errors={state.errors} />
      <button type="submit" disabled={pending} className="rounded border border-red-700 px-3 py-1 text-red-700">
        Reject
      </button>
    </form>
  )
}
