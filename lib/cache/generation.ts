import 'server-only'
import { readOnly } from '../db-readonly.ts'

/**
 * Writes made by another process (`npm run fetch:ice` on its timer, `npm run import`) cannot expire this server's tags.
 * Every write is audited, so the newest audit id tells: when it moves and this server did not say it wrote (ownWrite,
 * called by invalidateAfter), the whole cache is stale and the generation, part of every cache key, moves. Writes that
 * are not audited (sign-in attempts, token use) never empty the cache.
 */
let seen: number | null = null
let generation = 0

function newestAudit(): number {
  return (readOnly().prepare('SELECT coalesce(max(id), 0) FROM "AuditLog"').pluck().get() as number) ?? 0
}

export function cacheGeneration(): number {
  const newest = newestAudit()
  if (seen === null) seen = newest
  else if (newest !== seen) {
    seen = newest
    generation += 1
  }
  return generation
}

/** This server's own write, whose tags it expires itself: not a reason to drop the rest of the cache. */
export function ownWrite(): void {
  seen = newestAudit()
}
