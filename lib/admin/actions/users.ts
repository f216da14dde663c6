'use server'
import { revalidatePath } from 'next/cache'
import { invalidateAfter } from '../../cache/tags.ts'
import { z } from 'zod'
import { recordAudit } from '../../audit.ts'
import { requireAdmin } from '../../auth/guard.ts'
import { ROLES } from '../../auth/roles.ts'
import { revokeUserSessions } from '../../auth/sessions.ts'
import { issueToken, revokeToken, TOKEN_DAYS, TOKEN_SCOPES } from '../../auth/tokens.ts'
import { createUser, DuplicateEmailError, NewUserSchema, resetPassword } from '../../auth/users.ts'
import { db } from '../../db.ts'
import { formActor, invalid } from '../action-utils.ts'
import type { FormState } from '../fields.ts'

export async function createUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireAdmin('/admin/users')
  const parsed = NewUserSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return invalid(parsed.error)
  try {
    await createUser(db, parsed.data, formActor(admin, 'Created in /admin/users'))
  } catch (error) {
    if (error instanceof DuplicateEmailError) return { errors: { email: [error.message] }, message: 'Nothing was saved.' }
    throw error
  }
  revalidatePath('/admin/users')
  await invalidateAfter({ kind: 'audited' })
  return { ok: true, message: `Created ${parsed.data.role} ${parsed.data.email}. Give them the password through a safe channel.` }
}

const UserUpdateSchema = z.object({
  userId: z.coerce.number().int().positive(),
  role: z.enum(ROLES, { error: 'Choose a role: admin or editor.' }),
  disabled: z.enum(['yes', 'no']),
})

export async function updateUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireAdmin('/admin/users')
  const parsed = UserUpdateSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return invalid(parsed.error)
  const { userId, role, disabled } = parsed.data
  if (userId === admin.id && (role !== 'admin' || disabled === 'yes')) return { message: 'You cannot remove your own admin role or disable yourself; ask another admin. Nothing was saved.' }
  const done = await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { role: true, disabledAt: true } })
    if (!before) return false
    const disabledAt = disabled === 'yes' ? (before.disabledAt ?? new Date()) : null
    await tx.user.update({ where: { id: userId }, data: { role, disabledAt } })
    // A disabled user's sessions end now (they would be refused anyway); a role change takes effect on the next request.
    const ended = disabledAt ? await revokeUserSessions(tx, userId) : 0
    await recordAudit(tx, formActor(admin), { action: 'update', recordType: 'User', recordId: String(userId), reason: 'Changed in /admin/users', diff: { role: [before.role, role], disabled: [!!before.disabledAt, !!disabledAt], ...(ended && { sessionsEnded: [null, ended] }) } })
    return true
  })
  if (!done) return { message: 'That user no longer exists.' }
  revalidatePath('/admin/users')
  await invalidateAfter({ kind: 'audited' })
  return { ok: true, message: 'Saved.' }
}

const TokenSchema = z.object({
  userId: z.coerce.number().int().positive(),
  name: z.string().trim().min(3, 'Name the token after what uses it (at least 3 characters).').max(100),
  scope: z.enum(TOKEN_SCOPES, { error: 'Choose what the token may do: read, edit or import.' }),
  days: z.coerce.number({ error: 'Say how many days the token lasts.' }).int('Whole days only.').min(1, 'At least 1 day.').max(TOKEN_DAYS.max, `At most ${TOKEN_DAYS.max} days.`),
})

export async function issueTokenAction(_prev: FormState & { token?: string }, formData: FormData): Promise<FormState & { token?: string }> {
  const admin = await requireAdmin('/admin/users')
  const parsed = TokenSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return invalid(parsed.error)
  const { userId, name, scope, days } = parsed.data
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, role: true, disabledAt: true } })
  if (!user || user.disabledAt) return { message: 'That user does not exist or is disabled.' }
  if (scope === 'import' && user.role !== 'admin') return { errors: { scope: ['Imports need an admin: an import token for an editor would be refused.'] }, message: 'Nothing was issued.' }
  const { token, expiresAt } = await issueToken(db, user.id, { name, scope, days }, formActor(admin, `Issued API token "${name}" in /admin/users`))
  revalidatePath('/admin/users')
  await invalidateAfter({ kind: 'audited' })
  return { ok: true, token, message: `Copy this token now (scope ${scope}, expires ${expiresAt.toISOString().slice(0, 10)}): it is shown only once and only its hash is stored.` }
}

export async function revokeTokenAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireAdmin('/admin/users')
  const parsed = z.object({ tokenId: z.coerce.number().int().positive() }).safeParse(Object.fromEntries(formData))
  if (!parsed.success) return invalid(parsed.error)
  const ok = await revokeToken(db, parsed.data.tokenId, formActor(admin, 'Revoked in /admin/users'))
  revalidatePath('/admin/users')
  await invalidateAfter({ kind: 'audited' })
  return ok ? { ok: true, message: 'Token revoked.' } : { message: 'That token does not exist or was already revoked.' }
}

const UserIdSchema = z.object({ userId: z.coerce.number().int().positive() })

/** A temporary password, shown once; the user must change it at the next sign-in, and every session of theirs ends now. */
export async function resetPasswordAction(_prev: FormState & { temporary?: string }, formData: FormData): Promise<FormState & { temporary?: string }> {
  const admin = await requireAdmin('/admin/users')
  const parsed = UserIdSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return invalid(parsed.error)
  if (parsed.data.userId === admin.id) return { message: 'Change your own password in /account/password; nothing was changed.' }
  const temporary = await resetPassword(db, parsed.data.userId, formActor(admin, 'Issued a temporary password in /admin/users'))
  if (!temporary) return { message: 'That user no longer exists.' }
  revalidatePath('/admin/users')
  await invalidateAfter({ kind: 'audited' })
  return { ok: true, temporary, message: 'Give this temporary password through a safe channel; it is shown only once. Their sessions have ended.' }
}

/** Clears the sign-in limits of an account (every address): a new epoch makes the old counters unreachable. */
export async function unlockSignInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireAdmin('/admin/users')
  const parsed = UserIdSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return invalid(parsed.error)
  const done = await db.$transaction(async (tx) => {
    const res = await tx.user.updateMany({ where: { id: parsed.data.userId }, data: { signInEpoch: { increment: 1 } } })
    if (res.count === 0) return false
    await recordAudit(tx, formActor(admin), { action: 'unlock', recordType: 'User', recordId: String(parsed.data.userId), reason: 'Cleared sign-in limits in /admin/users', diff: { signInLimits: ['(counted)', '(cleared)'] } })
    return true
  })
  if (!done) return { message: 'That user no longer exists.' }
  revalidatePath('/admin/users')
  await invalidateAfter({ kind: 'audited' })
  return { ok: true, message: 'Sign-in limits cleared for this account.' }
}

export async function endSessionsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireAdmin('/admin/users')
  const parsed = UserIdSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return invalid(parsed.error)
  const ended = await db.$transaction(async (tx) => {
    const n = await revokeUserSessions(tx, parsed.data.userId)
    if (n > 0) await recordAudit(tx, formActor(admin), { action: 'revoke', recordType: 'User', recordId: String(parsed.data.userId), reason: 'Ended all sessions in /admin/users', diff: { sessionsEnded: [null, n] } })
    return n
  })
  revalidatePath('/admin/users')
  await invalidateAfter({ kind: 'audited' })
  return ended ? { ok: true, message: `Ended ${ended} session${ended === 1 ? '' : 's'}.` } : { message: 'No live session to end.' }
}
