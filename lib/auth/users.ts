import { randomBytes } from 'node:crypto'
import { recordAudit, type Actor } from '../audit.ts'
import type { Db } from '../db.ts'
import { hashPassword } from './passwords.ts'
import { NewUserSchema, type NewUser } from './schema.ts'
import { createSession, revokeUserSessions } from './sessions.ts'

export { NewUserSchema, type NewUser }

export class DuplicateEmailError extends Error {}

/** The one way users are created (CLI and admin form); the creation is audited. */
export async function createUser(client: Db, input: NewUser, who: Actor): Promise<{ id: number }> {
  const passwordHash = await hashPassword(input.password)
  return client.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw new DuplicateEmailError(`A user with the e-mail address ${input.email} already exists.`)
    const user = await tx.user.create({ data: { email: input.email, role: input.role, passwordHash }, select: { id: true } })
    await recordAudit(tx, who, { action: 'create', recordType: 'User', recordId: String(user.id), reason: who.reason ?? 'Created user', diff: { email: [null, input.email], role: [null, input.role] } })
    return user
  })
}

/**
 * Sets a user's own new password: every session of theirs ends, and the caller continues in a new one (its id is returned).
 * Audited without any hash.
 */
export async function changeOwnPassword(client: Db, userId: number, password: string, who: Actor, meta: { userAgent?: string | null; ipHash?: string | null }): Promise<string> {
  const passwordHash = await hashPassword(password)
  return client.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: false } })
    const ended = await revokeUserSessions(tx, userId)
    await recordAudit(tx, who, { action: 'update', recordType: 'User', recordId: String(userId), reason: who.reason ?? 'Changed own password', diff: { password: ['(previous)', '(changed)'], sessionsEnded: [null, ended] } })
    return createSession(tx, userId, meta)
  })
}

/**
 * An admin's reset: a random temporary password that must be changed at the next sign-in; every session of the user ends.
 * Returns the temporary password, to be shown once.
 */
export async function resetPassword(client: Db, userId: number, who: Actor): Promise<string | null> {
  const temporary = randomBytes(15).toString('base64url')
  const passwordHash = await hashPassword(temporary)
  return client.$transaction(async (tx) => {
    const res = await tx.user.updateMany({ where: { id: userId }, data: { passwordHash, mustChangePassword: true } })
    if (res.count === 0) return null
    const ended = await revokeUserSessions(tx, userId)
    await recordAudit(tx, who, { action: 'reset_password', recordType: 'User', recordId: String(userId), reason: who.reason ?? 'Issued a temporary password', diff: { password: ['(previous)', '(temporary, must be changed)'], sessionsEnded: [null, ended] } })
    return temporary
  })
}
