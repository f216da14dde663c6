'use server'
import { randomBytes } from 'node:crypto'
import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { requireUser } from '../auth/guard.ts'
import { invalidateAfter } from '../cache/tags.ts'
import { db } from '../db.ts'
import { formActor, invalid } from '../admin/action-utils.ts'
import { actionTranslator } from '../i18n/request-locale.ts'
import type { FormState } from '../admin/fields.ts'
import { pruneRetention } from '../auth/retention.ts'
import { clientHash, reserveSuggestion } from './client-hash.ts'
import { decideSuggestion } from './decide.ts'
import { DecisionSchema, SUGGESTION_LIMIT, SuggestionSchema, suggestionErrors } from './schema.ts'

// Public by design (no account needed); guarded by a honeypot, a per-client limit and a site-wide daily cap.
export async function suggestCorrection(_prev: FormState, formData: FormData): Promise<FormState> {
  const t = await actionTranslator()
  const parsed = SuggestionSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) {
    if (parsed.error.issues.some((i) => i.path[0] === 'website')) return { message: t('trap') }
    return { errors: suggestionErrors(parsed.error.issues, t), message: t('invalid') }
  }
  const { recordType, recordId, text, evidenceUrl } = parsed.data
  const exists = recordType === 'Agency' ? await db.agency.count({ where: { id: recordId } }) : await db.agreement.count({ where: { id: recordId } })
  if (!exists) return { message: t('noRecord', { type: recordType, id: recordId }) }
  const hash = clientHash(await headers())
  const slot = await reserveSuggestion(hash)
  if (!slot.ok) {
    const minutes = Math.ceil(slot.retryMs / 60_000)
    return slot.reason === 'client'
      ? { message: t('clientLimit', { limit: SUGGESTION_LIMIT.perHour, minutes }) }
      : { message: t('siteLimit', { limit: SUGGESTION_LIMIT.perDayAll, hours: Math.ceil(minutes / 60) }) }
  }
  const publicId = randomBytes(12).toString('base64url')
  await db.correctionSuggestion.create({ data: { publicId, recordType, recordId: String(recordId), text, evidenceUrl: evidenceUrl ?? null, clientHash: hash } })
  await pruneRetention(db)
  revalidatePath('/admin/corrections')
  redirect(`/corrections/${publicId}`)
}

export async function rejectCorrectionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser('/admin/corrections')
  const parsed = DecisionSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return invalid(parsed.error)
  const ok = await db.$transaction((tx) => decideSuggestion(tx, parsed.data.id, 'rejected', parsed.data.decisionReason, formActor(user)))
  if (!ok) return { message: 'This suggestion was already decided; nothing was changed.' }
  revalidatePath('/admin/corrections')
  await invalidateAfter({ kind: 'audited' })
  return { ok: true, message: 'Rejected; the suggester sees your reason.' }
}
