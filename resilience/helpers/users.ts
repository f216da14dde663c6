import { createUser } from '@/lib/auth/users'
import { issueToken } from '@/lib/auth/tokens'
import { db } from '@/lib/db'
import type { Role } from '@/lib/auth/roles'

const who = { actor: 'resilience', channel: 'cli' as const, reason: 'resilience suite fixture' }

/** A user with an API token, created before any checksum is taken. */
export async function userWithToken(role: Role, tag: string = role): Promise<{ id: number; email: string; role: Role; token: string }> {
  const email = `${tag}-${process.pid}@resilience.test`
  const user = await createUser(db, { email, role, password: 'resilience-password-1234' }, who)
  const { token } = await issueToken(db, user.id, { name: `resilience ${tag}`, scope: role === 'admin' ? 'import' : 'edit', days: 30 }, who)
  return { id: user.id, email, role, token }
}
