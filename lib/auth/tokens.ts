import { createHash, randomBytes } from 'node:crypto'
import type { NextResponse } from 'next/server'
import { apiError } from '../api.ts'
import { recordAudit, type Actor } from '../audit.ts'
import { db, type Db } from '../db.ts'
import { hasRole, type Role } from './roles.ts'
import { TOKEN_DAYS, TOKEN_SCOPES, type TokenScope } from './schema.ts'

const PREFIX = 't287_'

export { TOKEN_DAYS, TOKEN_SCOPES, type TokenScope }

export interface NewToken {
  name: string
  scope: TokenScope
  days: number
}

/** 256 random bits: a plain SHA-256 of such a token is enough (no brute force is possible). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export async function issueToken(client: Db, userId: number, { name, scope, days }: NewToken, who: Actor): Promise<{ id: number; token: string; expiresAt: Date }> {
  if (!Number.isInteger(days) || days < 1 || days > TOKEN_DAYS.max) throw new RangeError(`A token lasts 1 to ${TOKEN_DAYS.max} days.`)
  const token = PREFIX + randomBytes(32).toString('base64url')
  const expiresAt = new Date(Date.now() + days * 24 * 3600 * 1000)
  const created = await client.$transaction(async (tx) => {
    const row = await tx.apiToken.create({ data: { userId, name, scope, expiresAt, tokenHash: hashToken(token) }, select: { id: true } })
    await recordAudit(tx, who, {
      action: 'create', recordType: 'ApiToken', recordId: String(row.id), reason: who.reason ?? `Issued API token "${name}"`,
      diff: { name: [null, name], userId: [null, userId], scope: [null, scope], expiresAt: [null, expiresAt.toISOString()] },
    })
    return row
  })
  return { id: created.id, token, expiresAt }
}

export async function revokeToken(client: Db, id: number, who: Actor): Promise<boolean> {
  return client.$transaction(async (tx) => {
    const res = await tx.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } })
    if (res.count === 0) return false
    await recordAudit(tx, who, { action: 'revoke', recordType: 'ApiToken', recordId: String(id), reason: who.reason ?? 'Revoked API token', diff: { revoked: [false, true] } })
    return true
  })
}

export interface ApiUser {
  id: number
  email: string
  role: Role
  tokenId: number
}

/**
 * Route handlers accept only `Authorization: Bearer <token>`; cookies are ignored there, so
 * the write API needs no CSRF defence. 401 without valid credentials, 403 without the role.
 */
export async function authenticateRequest(request: Request, role: Role, scope: TokenScope): Promise<{ ok: true; user: ApiUser } | { ok: false; response: NextResponse }> {
  const header = request.headers.get('authorization') ?? ''
  const match = /^Bearer\s+(\S+)$/i.exec(header)
  if (!match) return { ok: false, response: unauthorized('Send an API token as "Authorization: Bearer <token>".') }
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(match[1]!) },
    select: { id: true, revokedAt: true, expiresAt: true, scope: true, user: { select: { id: true, email: true, role: true, disabledAt: true } } },
  })
  if (!row || row.revokedAt || row.user.disabledAt) return { ok: false, response: unauthorized('This API token is unknown or has been revoked.') }
  if (row.expiresAt <= new Date()) return { ok: false, response: unauthorized(`This API token expired on ${row.expiresAt.toISOString().slice(0, 10)}; ask an admin for a new one.`) }
  if (row.scope !== scope) return { ok: false, response: apiError(403, { code: 'forbidden', message: `This endpoint needs a token with the ${scope} scope; this one has ${row.scope}.` }) }
  if (!hasRole(row.user.role, role)) return { ok: false, response: apiError(403, { code: 'forbidden', message: `This endpoint needs the ${role} role; the token belongs to a ${row.user.role}.` }) }
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } })
  return { ok: true, user: { id: row.user.id, email: row.user.email, role: row.user.role as Role, tokenId: row.id } }
}

function unauthorized(message: string): NextResponse {
  const res = apiError(401, { code: 'unauthorized', message })
  res.headers.set('WWW-Authenticate', 'Bearer')
  return res
}

export function apiActor(user: ApiUser, reason?: string): Actor {
  return { actor: user.email, userId: user.id, channel: 'api', reason }
}
