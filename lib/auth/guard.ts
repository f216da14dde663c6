import 'server-only'
import { forbidden, redirect } from 'next/navigation'
import { db } from '../db.ts'
import { ForbiddenError, hasRole, type Role } from './roles.ts'
import { getSession, type SessionData } from './session.ts'
import { sessionUser, type SessionUser } from './sessions.ts'

export type { SessionUser }

/**
 * The signed-in user, read from the Session row and the user on every call, so that signing out, disabling a user, a
 * password change or a changed role take effect at once, not when the cookie expires.
 */
export async function currentUser(): Promise<SessionUser | null> {
  return userOfSession(await getSession())
}

/** The user a session belongs to, if the session is live and the user enabled (also used by proxy.ts). */
export async function userOfSession(session: SessionData): Promise<SessionUser | null> {
  if (typeof session.sessionId !== 'string' || !session.sessionId) return null
  return sessionUser(db, session.sessionId)
}

/** For server actions and admin pages: no session → sign-in page; a temporary password → change it first; wrong role → ForbiddenError. */
export async function requireRole(role: Role, next = '/admin'): Promise<SessionUser> {
  const user = await currentUser()
  if (!user) redirect(`/login?next=${encodeURIComponent(next)}`)
  if (user.mustChangePassword) redirect(`/account/password?next=${encodeURIComponent(next)}`)
  if (!hasRole(user.role, role)) throw new ForbiddenError(role)
  return user
}

export const requireUser = (next?: string) => requireRole('editor', next)
export const requireAdmin = (next?: string) => requireRole('admin', next)

/** For pages: as requireRole, but a signed-in user without the role gets the 403 page (app/forbidden.tsx). */
export async function requirePage(role: Role, next: string): Promise<SessionUser> {
  try {
    return await requireRole(role, next)
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden()
    throw error
  }
}
