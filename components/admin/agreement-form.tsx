'use client'
import { updateAgreementAction } from '@/lib/admin/actions/agreements'
import { AgreementEditSchema } from '@/lib/admin/schema'
import type { FormState } from '@/lib/admin/fields'
import { EditMetaFields, Field, FormMessage, SubmitButton } from './field'
import { useSchemaForm } from './use-schema-form'

interface AgreementFormProps {
  agreement: { id: number; version: number; signedOn: string | null; expiresOn: string | null; moaUrl: string | null }
  correction?: { id: number; publicId: string; text: string; evidenceUrl: string | null }
}

const STATUS_OPTIONS = [
  { value: 'terminated', label: 'Terminated' },
  { value: 'not_renewed', label: 'Not renewed' },
  { value: 'expired', label: 'Expired' },
]

export function AgreementForm({ agreement, correction }: AgreementFormProps) {
  const { formAction, pending, onSubmit, errors, message } = useSchemaForm<FormState>(AgreementEditSchema, updateAgreementAction.bind(null, agreement.id), {})
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-4" aria-label="Edit agreement">
      <FormMessage message={message} />
      <input type="hidden" name="version" value={agreement.version} />
      {correction && <input type="hidden" name="correctionId" value={correction.id} />}
      <Field name="signedOn" label="Signed on" type="date" errors={errors} defaultValue={agreement.signedOn} />
      <Field name="expiresOn" label="Expires on" type="date" errors={errors} defaultValue={agreement.expiresOn} />
      <Field name="moaUrl" label="MOA link" type="url" errors={errors} defaultValue={agreement.moaUrl} />
      <fieldset className="space-y-3 rounded border border-line p-3">
        <legend className="px-1 text-sm font-semibold">Record an end (optional)</legend>
        <Field name="status" label="How it ended" options={STATUS_OPTIONS} errors={errors} />
        <Field name="statusOn" label="Date it ended" type="date" errors={errors} />
      </fieldset>
      <EditMetaFields errors={errors} defaultReason={correction ? `Correction ${correction.publicId}: ${correction.text.slice(0, 300)}` : undefined} defaultSource={correction?.evidenceUrl} />
      <SubmitButton pending={pending}>Save agreement</SubmitButton>
    </form>
  )
}
