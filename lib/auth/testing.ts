import { dataChecksum } from '../test/db-checksum.ts'
// Test helpers only (imported by *.test.ts): real users, real sealed session cookies, real tokens.
import { randomBytes } from 'node:crypto'
import { sealData } from 'iron-session'
import { db } from '../db.ts'
import { createSession } from './sessions.ts'
import { issueToken, revokeToken, type TokenScope } from './tokens.ts'
import { createUser } from './users.ts'
import type { Role } from './roles.ts'
import { SESSION_TTL_SECONDS, sessionOptions, type SessionData } from './session.ts'

export const randomPassword = () => randomBytes(18).toString('base64url')

export interface TestUser {
  id: number
  email: string
  role: Role
  token: string
  cookie: string
}

const who = { actor: 'test', channel: 'cli' as const }

/** The scope a token needs for the write routes its role may call (imports for admins, edits for editors). */
export const scopeFor = (role: Role): TokenScope => (role === 'admin' ? 'import' : 'edit')

/** A sealed cookie of a real, live Session row of the user. */
export async function sessionCookie(userId: number): Promise<string> {
  const data: SessionData = { sessionId: await createSession(db, userId) }
  return sealData(data, { password: sessionOptions().password, ttl: SESSION_TTL_SECONDS })
}

export async function makeUser(role: Role, opts: { disabled?: boolean; scope?: TokenScope } = {}): Promise<TestUser> {
  const email = `${role}-${randomBytes(4).toString('hex')}@test.invalid`
  const { id } = await createUser(db, { email, role, password: randomPassword() }, who)
  const { token } = await issueToken(db, id, { name: `${role} test token`, scope: opts.scope ?? scopeFor(role), days: 30 }, who)
  const cookie = await sessionCookie(id)
  if (opts.disabled) await db.user.update({ where: { id }, data: { disabledAt: new Date() } })
  return { id, email, role, token, cookie }
}

export async function makeRevokedToken(role: Role): Promise<string> {
  const u = await makeUser(role)
  const row = await db.apiToken.findFirstOrThrow({ where: { userId: u.id }, select: { id: true } })
  await revokeToken(db, row.id, who)
  return u.token
}

/**
 * Like lib/test/db-checksum but without ApiToken.lastUsedAt and Session.lastSeenAt, which a successful authentication
 * updates by design (bookkeeping, not data), so refused or no-op writes can be proven unchanged.
 */
export function checksumWithoutTokenUse(): string {
  return dataChecksum(process.env.DATABASE_URL!, { ApiToken: ['lastUsedAt'], Session: ['lastSeenAt'] })
}
