'use server'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { recordAudit } from '../../audit.ts'
import { requireAdmin } from '../../auth/guard.ts'
import { ROLES } from '../../auth/roles.ts'
import { issueToken, revokeToken } from '../../auth/tokens.ts'
import { createUser, DuplicateEmailError, NewUserSchema } from '../../auth/users.ts'
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
    await recordAudit(tx, formActor(admin), { action: 'update', recordType: 'User', recordId: String(userId), reason: 'Changed in /admin/users', diff: { role: [before.role, role], disabled: [!!before.disabledAt, !!disabledAt] } })
    return true
  })
  if (!done) return { message: 'That user no longer exists.' }
  revalidatePath('/admin/users')
  return { ok: true, message: 'Saved.' }
}

const TokenSchema = z.object({ userId: z.coerce.number().int().positive(), name: z.string().trim().min(3, 'Name the token after what uses it (at least 3 characters).').max(100) })

export async function issueTokenAction(_prev: FormState & { token?: string }, formData: FormData): Promise<FormState & { token?: string }> {
  const admin = await requireAdmin('/admin/users')
  const parsed = TokenSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return invalid(parsed.error)
  const user = await db.user.findUnique({ where: { id: parsed.data.userId }, select: { id: true, disabledAt: true } })
  if (!user || user.disabledAt) return { message: 'That user does not exist or is disabled.' }
  const { token } = await issueToken(db, user.id, parsed.data.name, formActor(admin, `Issued API token "${parsed.data.name}" in /admin/users`))
  revalidatePath('/admin/users')
  return { ok: true, token, message: 'Copy this token now: it is shown only once and only its hash is stored.' }
}

export async function revokeTokenAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireAdmin('/admin/users')
  const parsed = z.object({ tokenId: z.coerce.number().int().positive() }).safeParse(Object.fromEntries(formData))
  if (!parsed.success) return invalid(parsed.error)
  const ok = await revokeToken(db, parsed.data.tokenId, formActor(admin, 'Revoked in /admin/users'))
  revalidatePath('/admin/users')
  return ok ? { ok: true, message: 'Token revoked.' } : { message: 'That token does not exist or was already revoked.' }
}
