import 'server-only'
import { db } from '../db.ts'
import { requireAdmin } from './guard.ts'
import { loginKey } from './limits.ts'

/** For /admin/users: each account's tokens (scope, expiry), live sessions and recent failed sign-ins. Admin only. */
export async function accountSecurity(users: { id: number; email: string }[], now = new Date()) {
  await requireAdmin('/admin/users')
  const ids = users.map((u) => u.id)
  const since = new Date(now.getTime() - 24 * 3600 * 1000)
  const [tokens, sessions, failures] = await Promise.all([
    db.apiToken.findMany({ where: { userId: { in: ids } }, select: { id: true, userId: true, name: true, scope: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true }, orderBy: { id: 'asc' } }),
    db.session.groupBy({ by: ['userId'], where: { userId: { in: ids }, revokedAt: null, expiresAt: { gt: now } }, _count: { _all: true } }),
    db.loginAttempt.groupBy({ by: ['key'], where: { key: { in: users.map((u) => loginKey(u.email)) }, success: false, at: { gt: since } }, _count: { _all: true } }),
  ])
  const iso = (d: Date | null) => d?.toISOString() ?? null
  return new Map(
    users.map((u) => [
      u.id,
      {
        tokens: tokens.filter((t) => t.userId === u.id).map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), expiresAt: t.expiresAt.toISOString(), lastUsedAt: iso(t.lastUsedAt), revokedAt: iso(t.revokedAt), expired: t.expiresAt <= now })),
        liveSessions: sessions.find((s) => s.userId === u.id)?._count._all ?? 0,
        failedSignIns24h: failures.find((f) => f.key === loginKey(u.email))?._count._all ?? 0,
      },
    ]),
  )
}
