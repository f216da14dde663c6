'use server'
import { redirect } from 'next/navigation'
import { requireUser } from '../../auth/guard.ts'
import { db } from '../../db.ts'
import { formActor, invalid } from '../action-utils.ts'
import type { FormState } from '../fields.ts'
import { decideMergeCandidate, MergeDecisionSchema, mergeRecords, MergeRecordsSchema } from '../merge-decide.ts'
import { invalidateAfter } from '../../cache/tags.ts'

export async function decideMergeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser('/admin/merges')
  const parsed = MergeDecisionSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return invalid(parsed.error)
  const res = await decideMergeCandidate(db, parsed.data, formActor(user, parsed.data.reason))
  if (res.kind === 'invalid') return { message: res.message }
  await invalidateAfter({ kind: res.status === 'accepted' ? 'merge' : 'audited' })
  // The decided candidate leaves the open list (and its form with it): the page says what became of it.
  redirect(`/admin/merges?decided=${parsed.data.id}`)
}

export async function mergeRecordsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser('/admin/merges')
  const parsed = MergeRecordsSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return invalid(parsed.error)
  const res = await mergeRecords(db, parsed.data, formActor(user, parsed.data.reason))
  if (res.kind === 'invalid') return { message: `${res.message} Nothing was saved.` }
  await invalidateAfter({ kind: 'merge' })
  redirect(`/admin/history/agency/${res.intoAgencyId}?saved=1`)
}
