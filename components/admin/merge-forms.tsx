'use client'
import { useActionState } from 'react'
import { decideMergeAction, mergeRecordsAction } from '@/lib/admin/actions/merges'
import type { FormState } from '@/lib/admin/fields'
import { EditMetaFields, Field, FormMessage, SubmitButton } from '@/components/admin/field'

function Input({ id, name, label, errors, textarea }: { id: string; name: string; label: string; errors?: FormState['errors']; textarea?: boolean }) {
  const error = errors?.[name]?.join(' ')
  const common = { id, name, required: true, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined, className: 'w-full rounded border border-line px-2 py-1' }
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      {textarea ? <textarea {...common} rows={2} /> : <input {...common} type="text" />}
      {error && <p id={`${id}-error`} className="text-sm text-red-700">{error}</p>}
    </div>
  )
}

/** Accept (merge the two records) or reject (keep them apart) one candidate; both need a reason and a source. */
export function DecideMergeForm({ id }: { id: number }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(decideMergeAction, {})
  return (
    <form action={formAction} className="space-y-2" aria-label={`Decide merge candidate ${id}`}>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="id" value={id} />
      <Input id={`m${id}-reason`} name="reason" label="Reason" errors={state.errors} textarea />
      <Input id={`m${id}-source`} name="source" label="Source (web address or document title)" errors={state.errors} />
      <div className="flex gap-2">
        <button type="submit" name="decision" value="accept" disabled={pending} className="rounded bg-accent px-3 py-1 font-medium text-white disabled:opacity-60">Accept: merge</button>
        <button type="submit" name="decision" value="reject" disabled={pending} className="rounded border border-red-700 px-3 py-1 text-red-700 disabled:opacity-60">Reject: keep apart</button>
      </div>
    </form>
  )
}

/** Merge two records named by id, for pairs no import queued. */
export function MergeRecordsForm() {
  const [state, formAction, pending] = useActionState<FormState, FormData>(mergeRecordsAction, {})
  return (
    <form action={formAction} className="space-y-3" aria-label="Merge two agency records">
      <FormMessage message={state.message} ok={state.ok} />
      <Field name="fromId" label="Agency id to merge (its record goes away)" required errors={state.errors} type="number" />
      <Field name="intoId" label="Agency id it merges into (keeps its id)" required errors={state.errors} type="number" />
      <EditMetaFields errors={state.errors} />
      <SubmitButton pending={pending}>Merge</SubmitButton>
    </form>
  )
}
