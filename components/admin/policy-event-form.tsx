'use client'
import { createPolicyEventAction, updatePolicyEventAction } from '@/lib/admin/actions/records'
import { POLICY_KINDS, PolicyEventCreateSchema, PolicyEventEditSchema } from '@/lib/admin/schema'
import type { FormState } from '@/lib/admin/fields'
import { EditMetaFields, Field, FormMessage, SubmitButton } from './field'
import { useSchemaForm } from './use-schema-form'

interface PolicyEventFormProps {
  event?: { id: number; version: number; slug: string; date: string; datePrecision: string; kind: string; title: string; summary: string; sourceUrl: string | null; sourceName: string | null }
}

const KIND_OPTIONS = POLICY_KINDS.map((value) => ({ value, label: value.replace('_', ' ') }))

export function PolicyEventForm({ event }: PolicyEventFormProps) {
  const action = event ? updatePolicyEventAction.bind(null, event.id) : createPolicyEventAction
  const { formAction, pending, onSubmit, errors, message } = useSchemaForm<FormState>(event ? PolicyEventEditSchema : PolicyEventCreateSchema, action, {})
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-4" aria-label={event ? 'Edit policy event' : 'New policy event'}>
      <FormMessage message={message} />
      {event && <input type="hidden" name="version" value={event.version} />}
      <Field name="slug" label="Slug" required errors={errors} defaultValue={event?.slug} />
      <Field name="date" label="Date" type="date" required errors={errors} defaultValue={event?.date} />
      <Field name="datePrecision" label="The source gives the" required options={[{ value: 'day', label: 'Day' }, { value: 'month', label: 'Month only' }]} errors={errors} defaultValue={event?.datePrecision ?? 'day'} />
      <Field name="kind" label="Kind" required options={KIND_OPTIONS} errors={errors} defaultValue={event?.kind} />
      <Field name="title" label="Title" required errors={errors} defaultValue={event?.title} />
      <Field name="summary" label="Summary" required textarea errors={errors} defaultValue={event?.summary} />
      <Field name="sourceUrl" label="Source link" type="url" errors={errors} defaultValue={event?.sourceUrl} />
      <Field name="sourceName" label="Source name" errors={errors} defaultValue={event?.sourceName} />
      <EditMetaFields errors={errors} />
      <SubmitButton pending={pending}>{event ? 'Save event' : 'Create event'}</SubmitButton>
    </form>
  )
}
