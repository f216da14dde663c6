'use client'
import { createAgencyAction, mergeAgencyAction, updateAgencyAction } from '@/lib/admin/actions/agencies'
import { AgencyCreateSchema, AgencyEditSchema } from '@/lib/admin/schema'
import type { FormState } from '@/lib/admin/fields'
import { AGENCY_TYPES, AGENCY_TYPE_LABELS } from '@/lib/agreements/schema'
import { STATES } from '@/lib/states'
import { EditMetaFields, Field, FormMessage, SubmitButton } from './field'
import { useSchemaForm } from './use-schema-form'

const STATE_OPTIONS = STATES.map(([value, label]) => ({ value, label: `${label} (${value})` }))
const TYPE_OPTIONS = AGENCY_TYPES.map((value) => ({ value, label: AGENCY_TYPE_LABELS[value] }))

interface AgencyFormProps {
  agency?: { id: number; version: number; name: string; state: string; type: string; countyName: string | null; countyFips: string | null }
  correction?: { id: number; publicId: string; text: string; evidenceUrl: string | null }
}

export function AgencyForm({ agency, correction }: AgencyFormProps) {
  const action = agency ? updateAgencyAction.bind(null, agency.id) : createAgencyAction
  const { state, formAction, pending, onSubmit, errors, message } = useSchemaForm<FormState>(agency ? AgencyEditSchema : AgencyCreateSchema, action, {})
  return (
    <div className="space-y-6">
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-4" aria-label={agency ? 'Edit agency' : 'New agency'}>
        <FormMessage message={message} />
        {agency && <input type="hidden" name="version" value={agency.version} />}
        {correction && <input type="hidden" name="correctionId" value={correction.id} />}
        <Field name="name" label="Name" required errors={errors} defaultValue={agency?.name} />
        <Field name="state" label="State" required options={STATE_OPTIONS} errors={errors} defaultValue={agency?.state} />
        <Field name="type" label="Type" required options={TYPE_OPTIONS} errors={errors} defaultValue={agency?.type} />
        <Field name="countyName" label="County" errors={errors} defaultValue={agency?.countyName} />
        <Field name="countyFips" label="County FIPS code" errors={errors} defaultValue={agency?.countyFips} hint="Five digits; the first two are the state’s code (Texas 48…)." />
        <EditMetaFields errors={errors} defaultReason={correction ? `Correction ${correction.publicId}: ${correction.text.slice(0, 300)}` : undefined} defaultSource={correction?.evidenceUrl} />
        <SubmitButton pending={pending}>{agency ? 'Save agency' : 'Create agency'}</SubmitButton>
      </form>
      {state.merge && <MergeOffer target={state.merge} />}
    </div>
  )
}

function MergeOffer({ target }: { target: { id: number; name: string } }) {
  const { formAction, pending, onSubmit, errors, message } = useSchemaForm<FormState>(null, mergeAgencyAction, {})
  return (
    <form action={formAction} onSubmit={onSubmit} className="max-w-xl space-y-3 rounded border border-accent p-3" aria-label="Merge with the existing agency">
      <h2 className="font-semibold">Keep this spelling as another name of “{target.name}”?</h2>
      <FormMessage message={message} />
      <input type="hidden" name="mergeInto" value={target.id} />
      <Field name="name" label="Spelling to keep" required errors={errors} />
      <EditMetaFields errors={errors} />
      <SubmitButton pending={pending}>Add as another name</SubmitButton>
    </form>
  )
}
