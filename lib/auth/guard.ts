import 'server-only'
import { forbidden, redirect } from 'next/navigation'
import { db } from '../db.ts'
import { ForbiddenError, hasRole, type Role } from './roles.ts'
import { getSession, SESSION_TTL_SECONDS, type SessionData } from './session.ts'

export interface SessionUser {
  id: number
  email: string
  role: Role
}

/**
 * The signed-in user, re-read from the database on every call so that a disabled user or a
 * changed role takes effect at once, not when the cookie expires.
 */
export async function currentUser(): Promise<SessionUser | null> {
  return userOfSession(await getSession())
}

/** The user a session belongs to, if the session is unexpired and the user exists and is enabled (also used by proxy.ts). */
export async function userOfSession(session: SessionData): Promise<SessionUser | null> {
  if (!session.userId || !session.issuedAt) return null
  if (Date.now() - session.issuedAt > SESSION_TTL_SECONDS * 1000) return null
  const user = await db.user.findUnique({ where: { id: session.userId }, select: { id: true, email: true, role: true, disabledAt: true } })
  if (!user || user.disabledAt) return null
  return { id: user.id, email: user.email, role: user.role as Role }
}

/** For server actions and admin pages: no session → sign-in page; wrong role → ForbiddenError. */
export async function requireRole(role: Role, next = '/admin'): Promise<SessionUser> {
  const user = await currentUser()
  if (!user) redirect(`/login?next=${encodeURIComponent(next)}`)
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
