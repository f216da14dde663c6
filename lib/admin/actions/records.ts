'use server'
import { redirect } from 'next/navigation'
import { requireUser } from '../../auth/guard.ts'
import { db } from '../../db.ts'
import { editFailure, fieldErrors, formActor, invalid } from '../action-utils.ts'
import type { FormState } from '../fields.ts'
import { createPolicyEvent, deletePolicyEvent, updateCountyActivation, updatePolicyEvent } from '../policy-counties.ts'
import { revertChange } from '../revert.ts'
import { CountyActivationSchema, DeleteSchema, PolicyEventCreateSchema, PolicyEventEditSchema, RevertSchema } from '../schema.ts'
import { slugOf } from '../history.ts'
import { invalidateAfter } from '../../cache/tags.ts'

export async function createPolicyEventAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser('/admin/policy-events/new')
  const parsed = PolicyEventCreateSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return invalid(parsed.error)
  const res = await createPolicyEvent(db, parsed.data, formActor(user, parsed.data.reason))
  if (res.kind === 'invalid') return { errors: fieldErrors(res.errors), message: 'Nothing was saved.' }
  await invalidateAfter({ kind: 'policy' })
  redirect(`/admin/history/policy-event/${res.id}?saved=1`)
}

export async function updatePolicyEventAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(`/admin/policy-events/${id}/edit`)
  const parsed = PolicyEventEditSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return invalid(parsed.error)
  const failure = editFailure(await updatePolicyEvent(db, id, parsed.data, formActor(user, parsed.data.reason)), 'policy event')
  if (failure) return failure
  await invalidateAfter({ kind: 'policy' })
  redirect(`/admin/history/policy-event/${id}?saved=1`)
}

export async function deletePolicyEventAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(`/admin/policy-events/${id}/edit`)
  const parsed = DeleteSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return invalid(parsed.error)
  const failure = editFailure(await deletePolicyEvent(db, id, parsed.data, formActor(user, parsed.data.reason)), 'policy event')
  if (failure) return failure
  await invalidateAfter({ kind: 'policy' })
  redirect('/admin/policy-events?deleted=1')
}

export async function updateCountyActivationAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(`/admin/counties/${id}/edit`)
  const parsed = CountyActivationSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return invalid(parsed.error)
  const failure = editFailure(await updateCountyActivation(db, id, parsed.data, formActor(user, parsed.data.reason)), 'county')
  if (failure) return failure
  await invalidateAfter({ kind: 'county' })
  redirect(`/admin/history/county/${id}?saved=1`)
}

export async function revertAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser('/admin/audit')
  const parsed = RevertSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return invalid(parsed.error)
  const res = await revertChange(db, parsed.data.auditId, parsed.data.reason, formActor(user, parsed.data.reason))
  if (res.kind === 'refused') return { message: `${res.message} Nothing was changed.` }
  await invalidateAfter({ kind: 'record', recordType: res.recordType, recordId: Number(res.recordId) })
  redirect(`/admin/history/${slugOf(res.recordType)}/${res.recordId}?reverted=1`)
}
