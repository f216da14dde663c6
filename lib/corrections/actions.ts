'use server'
import { randomBytes } from 'node:crypto'
import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { requireUser } from '../auth/guard.ts'
import { db } from '../db.ts'
import { formActor, invalid } from '../admin/action-utils.ts'
import type { FormState } from '../admin/fields.ts'
import { clientHash } from './client-hash.ts'
import { decideSuggestion } from './decide.ts'
import { DecisionSchema, SUGGESTION_LIMIT, SuggestionSchema } from './schema.ts'

// Public by design (no account needed); guarded by a honeypot and a per-client rate limit.
export async function suggestCorrection(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = SuggestionSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) {
    if (parsed.error.issues.some((i) => i.path[0] === 'website')) return { message: 'Your suggestion could not be accepted.' }
    return invalid(parsed.error)
  }
  const { recordType, recordId, text, evidenceUrl } = parsed.data
  const exists = recordType === 'Agency' ? await db.agency.count({ where: { id: recordId } }) : await db.agreement.count({ where: { id: recordId } })
  if (!exists) return { message: `There is no ${recordType.toLowerCase()} ${recordId} to correct.` }
  const hash = clientHash(await headers())
  const recent = await db.correctionSuggestion.count({ where: { clientHash: hash, createdAt: { gt: new Date(Date.now() - 3_600_000) } } })
  if (recent >= SUGGESTION_LIMIT.perHour) return { message: `You have sent ${recent} suggestions in the last hour, the most we take from one visitor; please try again later.` }
  const publicId = randomBytes(12).toString('base64url')
  await db.correctionSuggestion.create({ data: { publicId, recordType, recordId: String(recordId), text, evidenceUrl: evidenceUrl ?? null, clientHash: hash } })
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
  return { ok: true, message: 'Rejected; the suggester sees your reason.' }
}
