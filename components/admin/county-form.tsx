'use client'
import { updateCountyActivationAction } from '@/lib/admin/actions/records'
import { CountyActivationSchema } from '@/lib/admin/schema'
import type { FormState } from '@/lib/admin/fields'
import { EditMetaFields, Field, FormMessage, SubmitButton } from './field'
import { useSchemaForm } from './use-schema-form'

interface CountyFormProps {
  county: { id: number; version: number; scPrecision: string | null; scActivatedOn: string | null; scActivationMonth: string | null; scNotes: string | null }
}

export function CountyForm({ county }: CountyFormProps) {
  const { formAction, pending, onSubmit, errors, message } = useSchemaForm<FormState>(CountyActivationSchema, updateCountyActivationAction.bind(null, county.id), {})
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-4" aria-label="Edit Secure Communities activation">
      <FormMessage message={message} />
      <input type="hidden" name="version" value={county.version} />
      <Field name="scPrecision" label="The source gives the" options={[{ value: 'day', label: 'Day' }, { value: 'month', label: 'Month only' }]} errors={errors} defaultValue={county.scPrecision} />
      <Field name="scActivatedOn" label="Activated on (day)" type="date" errors={errors} defaultValue={county.scActivatedOn} />
      <Field name="scActivationMonth" label="Activated in (month, YYYY-MM)" errors={errors} defaultValue={county.scActivationMonth} />
      <Field name="scNotes" label="Notes" textarea errors={errors} defaultValue={county.scNotes} />
      <EditMetaFields errors={errors} />
      <SubmitButton pending={pending}>Save activation</SubmitButton>
    </form>
  )
}
