import type { Db } from '../db.ts'

/** How long records that only serve abuse control are kept (README, "Sign-in and sessions"). */
export const RETENTION_DAYS = { loginAttempts: 30, rejectedSuggestions: 90, endedSessions: 30 }

const DAY = 24 * 3600 * 1000
const shared = globalThis as { __trackerLastPrune?: number }

/**
 * Deletes sign-in attempts, rejected suggestions and ended sessions past their age. Cheap (indexed range deletes) and run at
 * most once a minute per process from sign-in and the suggestion form; the fetch job may call it with `force`.
 */
export async function pruneRetention(db: Db, { now = new Date(), force = false } = {}): Promise<{ loginAttempts: number; rejectedSuggestions: number; sessions: number } | null> {
  if (!force && shared.__trackerLastPrune && now.getTime() - shared.__trackerLastPrune < 60_000) return null
  shared.__trackerLastPrune = now.getTime()
  const before = (days: number) => new Date(now.getTime() - days * DAY)
  const [a, s, e] = await db.$transaction([
    db.loginAttempt.deleteMany({ where: { at: { lt: before(RETENTION_DAYS.loginAttempts) } } }),
    db.correctionSuggestion.deleteMany({ where: { status: 'rejected', decidedAt: { lt: before(RETENTION_DAYS.rejectedSuggestions) } } }),
    db.session.deleteMany({ where: { OR: [{ expiresAt: { lt: before(RETENTION_DAYS.endedSessions) } }, { revokedAt: { lt: before(RETENTION_DAYS.endedSessions) } }] } }),
  ])
  return { loginAttempts: a.count, rejectedSuggestions: s.count, sessions: e.count }
}
