import { addressHash, clientAddress } from '../auth/client-address.ts'
import { limiter, take } from '../auth/rate-limit.ts'
import { SUGGESTION_LIMIT } from './schema.ts'

/** Who sent a suggestion, for the limit: a keyed hash of the client's address alone (the User-Agent is the client's to choose). */
export function clientHash(headers: Headers): string {
  return addressHash(clientAddress(headers))
}

export type SuggestionSlot = { ok: true } | { ok: false; reason: 'client' | 'global'; retryMs: number }

/** Takes one suggestion from the client's hourly budget and the site's daily cap, atomically (no count-then-insert gap). */
export async function reserveSuggestion(hash: string): Promise<SuggestionSlot> {
  const perClient = limiter('suggest:client', SUGGESTION_LIMIT.perHour, 3600)
  const retry = await take(perClient, hash, null)
  if (retry) return { ok: false, reason: 'client', retryMs: retry }
  const global = await take(limiter('suggest:all', SUGGESTION_LIMIT.perDayAll, 24 * 3600), 'all', null)
  if (global) {
    await perClient.reward(hash)
    return { ok: false, reason: 'global', retryMs: global }
  }
  return { ok: true }
}
