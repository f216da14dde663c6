import { recordAudit, type Actor } from '../audit.ts'
import type { Db } from '../db.ts'
import { hashPassword } from './passwords.ts'
import { NewUserSchema, type NewUser } from './schema.ts'

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
