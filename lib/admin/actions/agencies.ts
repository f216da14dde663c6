'use server'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { requireUser } from '../../auth/guard.ts'
import { db } from '../../db.ts'
import { acceptingCorrection, editFailure, fieldErrors, formActor, invalid } from '../action-utils.ts'
import { addAgencyAlias, createAgency, deleteAgency, updateAgency } from '../agencies.ts'
import { EditMetaSchema, type FormState } from '../fields.ts'
import { AgencyCreateSchema, AgencyEditSchema, DeleteSchema } from '../schema.ts'
import { invalidateAfter } from '../../cache/tags.ts'

export async function createAgencyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser('/admin/agencies/new')
  const parsed = AgencyCreateSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return invalid(parsed.error)
  const res = await createAgency(db, parsed.data, formActor(user, parsed.data.reason))
  if (res.kind === 'match')
    return { merge: res.match, errors: { name: [`This looks like “${res.match.name}” (agency ${res.match.id}), which already exists in ${parsed.data.state}.`] }, message: 'Nothing was saved. Keep this spelling as another name of the existing agency, or change the name.' }
  if (res.kind === 'invalid') return { errors: fieldErrors(res.errors), message: 'Nothing was saved.' }
  await invalidateAfter({ kind: 'agency' })
  redirect(`/admin/history/agency/${res.id}?saved=1`)
}

const AliasSchema = z.object({ mergeInto: z.coerce.number().int().positive(), name: z.string().trim().min(3).max(300) }).extend(EditMetaSchema.shape)

export async function mergeAgencyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser('/admin/agencies/new')
  const parsed = AliasSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return invalid(parsed.error)
  const ok = await addAgencyAlias(db, parsed.data.mergeInto, parsed.data.name, parsed.data, formActor(user, parsed.data.reason))
  if (!ok) return { message: 'That agency no longer exists; nothing was saved.' }
  await invalidateAfter({ kind: 'agency' })
  redirect(`/admin/history/agency/${parsed.data.mergeInto}?saved=1`)
}

export async function updateAgencyAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(`/admin/agencies/${id}/edit`)
  const parsed = AgencyEditSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return invalid(parsed.error)
  const actor = formActor(user, parsed.data.reason)
  const failure = editFailure(await updateAgency(db, id, parsed.data, actor, acceptingCorrection(formData, parsed.data.reason, actor)), 'agency')
  if (failure) return failure
  await invalidateAfter({ kind: 'agency' })
  redirect(`/admin/history/agency/${id}?saved=1`)
}

export async function deleteAgencyAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(`/admin/agencies/${id}/edit`)
  const parsed = DeleteSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return invalid(parsed.error)
  const failure = editFailure(await deleteAgency(db, id, parsed.data, formActor(user, parsed.data.reason)), 'agency')
  if (failure) return failure
  await invalidateAfter({ kind: 'agency' })
  redirect('/admin/agencies?deleted=1')
}
