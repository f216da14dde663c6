'use client'
import { clearCorrectionAction } from '@/lib/admin/actions/locks'
import type { FormState } from '@/lib/admin/fields'
import { FormMessage, SubmitButton } from './field'
import { useSchemaForm } from './use-schema-form'

interface ClearCorrectionFormProps {
  recordType: 'Agreement' | 'Agency'
  id: number
  version: number
  locked: { field: string; label: string; value: string | null }[]
}

/** Lists the fields imports leave alone because an editor corrected them, and clears one (with a reason). */
export function ClearCorrectionForm({ recordType, id, version, locked }: ClearCorrectionFormProps) {
  const { formAction, pending, onSubmit, errors, message } = useSchemaForm<FormState>(null, clearCorrectionAction, {})
  const fieldError = errors.field?.join(' ')
  const reasonError = errors.reason?.join(' ')
  return (
    <form action={formAction} onSubmit={onSubmit} className="max-w-xl space-y-3 rounded border border-line p-3" aria-labelledby="clear-correction-heading">
      <h2 id="clear-correction-heading" className="font-semibold">Corrections kept over imports</h2>
      <p className="text-sm">Imports of ICE lists leave these fields as corrected until you clear the correction.</p>
      <FormMessage message={message} />
      <input type="hidden" name="recordType" value={recordType} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <fieldset className="space-y-1" aria-describedby={fieldError ? 'clear-field-error' : undefined}>
        <legend className="text-sm font-medium">Correction to clear</legend>
        {locked.map((l, i) => (
          <label key={l.field} className="flex gap-2 text-sm">
            <input type="radio" name="field" value={l.field} defaultChecked={i === 0} required />
            {l.label}: {l.value ?? '(empty)'}
          </label>
        ))}
        {fieldError && <p id="clear-field-error" className="text-sm text-red-700">{fieldError}</p>}
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="clear-reason" className="block text-sm font-medium">Reason for clearing<span aria-hidden="true"> *</span></label>
        <input id="clear-reason" name="reason" required className="w-full rounded border border-line px-2 py-1" aria-invalid={reasonError ? true : undefined} aria-describedby={reasonError ? 'clear-reason-error' : undefined} />
        {reasonError && <p id="clear-reason-error" className="text-sm text-red-700">{reasonError}</p>}
      </div>
      <SubmitButton pending={pending}>Clear correction</SubmitButton>
    </form>
  )
}
