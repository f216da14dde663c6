import { randomBytes } from 'node:crypto'
import type { Db, Tx } from '../db.ts'
import type { Role } from './roles.ts'
import { SESSION_TTL_SECONDS } from './session-data.ts'

export interface SessionUser {
  id: number
  email: string
  role: Role
  mustChangePassword: boolean
  sessionId: string
}

/** Writes lastSeenAt at most this often, so reads do not write on every request. */
const TOUCH_MS = 60_000

export async function createSession(client: Db | Tx, userId: number, meta: { userAgent?: string | null; ipHash?: string | null } = {}): Promise<string> {
  const id = randomBytes(32).toString('base64url')
  const now = new Date()
  await client.session.create({
    data: { id, userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_TTL_SECONDS * 1000), userAgent: meta.userAgent?.slice(0, 300) ?? null, ipHash: meta.ipHash ?? null },
  })
  return id
}

/** The user of a live session: not revoked, not expired, user enabled. */
export async function sessionUser(client: Db, sessionId: string, now = new Date()): Promise<SessionUser | null> {
  const row = await client.session.findUnique({
    where: { id: sessionId },
    select: { revokedAt: true, expiresAt: true, lastSeenAt: true, user: { select: { id: true, email: true, role: true, disabledAt: true, mustChangePassword: true } } },
  })
  if (!row || row.revokedAt || row.expiresAt <= now || row.user.disabledAt) return null
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_MS) await client.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { lastSeenAt: now } })
  const { id, email, role, mustChangePassword } = row.user
  return { id, email, role: role as Role, mustChangePassword, sessionId }
}

export async function revokeSession(client: Db | Tx, sessionId: string): Promise<void> {
  await client.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } })
}

/** Ends every live session of a user (disabled, password changed or reset); returns how many. */
export async function revokeUserSessions(client: Db | Tx, userId: number): Promise<number> {
  const res = await client.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } })
  return res.count
}
