'use server'
import { redirect } from 'next/navigation'
import { requireUser } from '../../auth/guard.ts'
import { db } from '../../db.ts'
import { editFailure, formActor, invalid } from '../action-utils.ts'
import type { FormState } from '../fields.ts'
import { slugOf } from '../history.ts'
import { clearCorrection } from '../locks.ts'
import { ClearLockSchema } from '../schema.ts'
import { invalidateAfter } from '../../cache/tags.ts'

export async function clearCorrectionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser('/admin')
  const parsed = ClearLockSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return invalid(parsed.error)
  const { recordType, id, reason } = parsed.data
  const failure = editFailure(await clearCorrection(db, parsed.data, formActor(user, reason)), recordType.toLowerCase())
  if (failure) return failure
  await invalidateAfter({ kind: 'record', recordType, recordId: id })
  redirect(`/admin/history/${slugOf(recordType)}/${id}?saved=1`)
}
