// Test helpers only (imported by *.test.ts): real users, real sealed session cookies, real tokens.
import { createHash, randomBytes } from 'node:crypto'
import Database from 'better-sqlite3'
import { sealData } from 'iron-session'
import { db } from '../db.ts'
import { issueToken, revokeToken } from './tokens.ts'
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

export async function makeUser(role: Role, opts: { disabled?: boolean } = {}): Promise<TestUser> {
  const email = `${role}-${randomBytes(4).toString('hex')}@test.invalid`
  const { id } = await createUser(db, { email, role, password: randomPassword() }, who)
  const { token } = await issueToken(db, id, `${role} test token`, who)
  if (opts.disabled) await db.user.update({ where: { id }, data: { disabledAt: new Date() } })
  const data: SessionData = { userId: id, email, role, issuedAt: Date.now() }
  const cookie = await sealData(data, { password: sessionOptions().password, ttl: SESSION_TTL_SECONDS })
  return { id, email, role, token, cookie }
}

export async function makeRevokedToken(role: Role): Promise<string> {
  const u = await makeUser(role)
  const row = await db.apiToken.findFirstOrThrow({ where: { userId: u.id }, select: { id: true } })
  await revokeToken(db, row.id, who)
  return u.token
}

/**
 * Like lib/test/db-checksum but without ApiToken.lastUsedAt, which a successful authentication
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
        hash.update(JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? v.toString('base64') : v)))
      }
    }
    return hash.digest('hex')
  } finally {
    conn.close()
  }
}
