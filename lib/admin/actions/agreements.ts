'use server'
import { redirect } from 'next/navigation'
import { requireUser } from '../../auth/guard.ts'
import { db } from '../../db.ts'
import { acceptingCorrection, editFailure, formActor, invalid } from '../action-utils.ts'
import { updateAgreement } from '../agreements.ts'
import type { FormState } from '../fields.ts'
import { AgreementEditSchema } from '../schema.ts'
import { invalidateAfter } from '../../cache/tags.ts'

export async function updateAgreementAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(`/admin/agreements/${id}/edit`)
  const parsed = AgreementEditSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return invalid(parsed.error)
  const actor = formActor(user, parsed.data.reason)
  const res = await updateAgreement(db, id, parsed.data, actor, acceptingCorrection(formData, parsed.data.reason, actor))
  const failure = editFailure(res, 'agreement')
  if (failure) return failure
  await invalidateAfter({ kind: 'agreement', agreementId: id })
  redirect(`/admin/history/agreement/${id}?saved=1`)
}
