import { unsealData } from 'iron-session'
import type { Role } from './roles.ts'
import { hasRole } from './roles.ts'
import { SESSION_TTL_SECONDS, type SessionData } from './session-data.ts'

/** Pages under these paths need the admin role; every other /admin page needs an editor. The pages check again themselves. */
export const ADMIN_ONLY_PATHS = ['/admin/users', '/admin/import'] as const

export type GateDecision = { kind: 'pass' } | { kind: 'sign_in' } | { kind: 'forbidden'; needed: Role }

export function roleNeeded(pathname: string): Role {
  return ADMIN_ONLY_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`)) ? 'admin' : 'editor'
}

/**
 * The first gate in front of every /admin request, whatever its shape (document, RSC navigation, refetch or prefetch): a request
 * without a live session (sealed, unexpired, of an enabled user read from the database) of the right role never reaches rendering.
 * Pages and queries check again themselves.
 */
export async function adminGate(
  pathname: string, cookie: string | undefined, secret: string, userOf: (s: SessionData) => Promise<{ role: Role } | null>,
): Promise<GateDecision> {
  if (!cookie) return { kind: 'sign_in' }
  let session: SessionData
  try {
    session = await unsealData<SessionData>(cookie, { password: secret, ttl: SESSION_TTL_SECONDS })
  } catch {
    return { kind: 'sign_in' }
  }
  const user = await userOf(session)
  if (!user) return { kind: 'sign_in' }
  const needed = roleNeeded(pathname)
  return hasRole(user.role, needed) ? { kind: 'pass' } : { kind: 'forbidden', needed }
}
