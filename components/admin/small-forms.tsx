'use client'
import { deleteAgencyAction } from '@/lib/admin/actions/agencies'
import { deletePolicyEventAction, revertAction } from '@/lib/admin/actions/records'
import type { FormState } from '@/lib/admin/fields'
import { EditMetaFields, Field, FormMessage, SubmitButton } from './field'
import { useSchemaForm } from './use-schema-form'

export function RevertForm({ auditId }: { auditId: number }) {
  const { formAction, pending, onSubmit, errors, message } = useSchemaForm<FormState>(null, revertAction, {})
  return (
    <form action={formAction} onSubmit={onSubmit} className="mt-2 space-y-2" aria-label={`Revert change ${auditId}`}>
      <FormMessage message={message} />
      <input type="hidden" name="auditId" value={auditId} />
      <Field name="reason" label={`Reason for reverting change #${auditId}`} required errors={errors} />
      <SubmitButton pending={pending}>Revert this change</SubmitButton>
    </form>
  )
}

export function DeleteForm({ kind, id, version }: { kind: 'agency' | 'policy-event'; id: number; version: number }) {
  const action = kind === 'agency' ? deleteAgencyAction.bind(null, id) : deletePolicyEventAction.bind(null, id)
  const { formAction, pending, onSubmit, errors, message } = useSchemaForm<FormState>(null, action, {})
  return (
    <form action={formAction} onSubmit={onSubmit} className="max-w-xl space-y-3 rounded border border-red-700 p-3" aria-label={`Delete this ${kind.replace('-', ' ')}`}>
      <h2 className="font-semibold">Delete</h2>
      <FormMessage message={message} />
      <input type="hidden" name="version" value={version} />
      <EditMetaFields errors={errors} />
      <SubmitButton pending={pending}>Delete</SubmitButton>
    </form>
  )
}
