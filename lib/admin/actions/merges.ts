'use server'
import { revalidatePath } from 'next/cache'
import { requireUser } from '../../auth/guard.ts'
import { db } from '../../db.ts'
import { formActor, invalid } from '../action-utils.ts'
import type { FormState } from '../fields.ts'
import { decideMergeCandidate, MergeDecisionSchema, mergeRecords, MergeRecordsSchema } from '../merge-decide.ts'

export async function decideMergeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser('/admin/merges')
  const parsed = MergeDecisionSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return invalid(parsed.error)
  const res = await decideMergeCandidate(db, parsed.data, formActor(user, parsed.data.reason))
  if (res.kind === 'invalid') return { message: res.message }
  revalidatePath('/', 'layout')
  if (res.status === 'rejected') return { ok: true, message: 'Rejected: the two records stay apart, and this pair is not queued again.' }
  const m = res.merge?.kind === 'ok' ? res.merge : null
  return { ok: true, message: `Merged into agency ${m?.intoAgencyId}: ${m?.mergedAgreements.length ?? 0} agreement(s) joined, ${m?.movedAgreements.length ?? 0} moved.` }
}

export async function mergeRecordsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser('/admin/merges')
  const parsed = MergeRecordsSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return invalid(parsed.error)
  const res = await mergeRecords(db, parsed.data, formActor(user, parsed.data.reason))
  if (res.kind === 'invalid') return { message: `${res.message} Nothing was saved.` }
  revalidatePath('/', 'layout')
  return { ok: true, message: `Merged agency ${parsed.data.fromId} into agency ${res.intoAgencyId}: ${res.mergedAgreements.length} agreement(s) joined, ${res.movedAgreements.length} moved.` }
}
