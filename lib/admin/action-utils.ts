import { z } from 'zod'
import type { Actor } from '../audit.ts'
import { decideSuggestion } from '../corrections/decide.ts'
import type { Tx } from '../db.ts'
import type { SessionUser } from '../auth/guard.ts'
import type { EditResult } from './agreements.ts'
import type { FormState } from './fields.ts'
import { conflictMessage } from './history.ts'

export function formActor(user: SessionUser, reason?: string): Actor {
  return { actor: user.email, userId: user.id, channel: 'form', reason }
}

export function invalid(error: z.ZodError): FormState {
  return { errors: z.flattenError(error).fieldErrors as Record<string, string[]>, message: 'Some fields need attention (see below); nothing was saved.' }
}

/** One message per field, as the form's field errors. */
export function fieldErrors(errors: Record<string, string>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, [v]]))
}

/** A failed EditResult as form state; null when the edit succeeded. */
export function editFailure(res: EditResult, what: string): FormState | null {
  switch (res.kind) {
    case 'ok': return null
    case 'not_found': return { message: `This ${what} no longer exists.` }
    case 'conflict': return { message: conflictMessage(res.current, res.changes) }
    case 'invalid': return { errors: fieldErrors(res.errors), message: `${res.message} Nothing was saved.` }
  }
}

/** When an edit comes from a correction suggestion, accepting it happens in the edit's transaction. */
export function acceptingCorrection(formData: FormData, reason: string, who: Actor): ((tx: Tx) => Promise<void>) | undefined {
  const id = Number(formData.get('correctionId'))
  if (!Number.isInteger(id) || id <= 0) return undefined
  return async (tx) => {
    await decideSuggestion(tx, id, 'accepted', reason, who)
  }
}
