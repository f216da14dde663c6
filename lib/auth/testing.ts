// Test helpers only (imported by *.test.ts): real users, real sealed session cookies, real tokens.
import { createHash, randomBytes } from 'node:crypto'
import Database from 'better-sqlite3'
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
  const conn = new Database(process.env.DATABASE_URL!.replace(/^file:/, ''), { readonly: true })
  try {
    const tables = conn.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name`).all() as { name: string }[]
    const hash = createHash('sha256')
    for (const { name } of tables) {
      hash.update(name)
      for (const row of conn.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).iterate() as Iterable<Record<string, unknown>>) {
        if (name === 'ApiToken') delete row.lastUsedAt
        if (name === 'Session') delete row.lastSeenAt
        hash.update(JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? v.toString('base64') : v)))
      }
    }
    return hash.digest('hex')
  } finally {
    conn.close()
  }
}
