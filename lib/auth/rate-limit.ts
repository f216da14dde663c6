import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/**
 * Counters for sign-in and the public corrections form (docs/decisions/0011-sign-in-limits.md): rate-limiter-flexible's memory
 * store, one per process (kept on globalThis so every bundle of the app shares it). A take is one synchronous step (count and
 * compare), so parallel requests cannot all pass a read-then-write gap.
 */
const shared = globalThis as { __trackerLimiters?: Map<string, RateLimiterMemory> }

export function limiter(name: string, points: number, durationSeconds: number): RateLimiterMemory {
  shared.__trackerLimiters ??= new Map()
  let found = shared.__trackerLimiters.get(name)
  if (!found) {
    found = new RateLimiterMemory({ keyPrefix: name, points, duration: durationSeconds })
    shared.__trackerLimiters.set(name, found)
  }
  return found
}

export interface Progressive {
  /** The first block after a budget runs out; each later one within a day doubles, up to maxSeconds. */
  baseSeconds: number
  maxSeconds: number
}

const strikesOf = (l: RateLimiterMemory) => limiter(`${l.keyPrefix}:strikes`, Number.MAX_SAFE_INTEGER, 24 * 60 * 60)

/**
 * Takes one point from `key`. Returns 0 when within `budget` (≤ the limiter's points), else the ms until the key may try
 * again. With `progressive`, the take that first runs over blocks the key for a time that doubles with each overrun (never
 * permanent); without, the key waits for its window to end.
 */
export async function take(l: RateLimiterMemory, key: string, progressive: Progressive | null, budget = l.points): Promise<number> {
  let res: RateLimiterRes
  try {
    res = await l.consume(key)
  } catch (rejected) {
    if (!(rejected instanceof RateLimiterRes)) throw rejected
    res = rejected
  }
  if (res.consumedPoints <= budget) return 0
  if (res.consumedPoints !== budget + 1 || !progressive) return Math.max(res.msBeforeNext, 1000)
  const { consumedPoints: n } = await strikesOf(l).penalty(key)
  const seconds = Math.min(progressive.maxSeconds, progressive.baseSeconds * 2 ** (n - 1))
  await l.block(key, seconds)
  return seconds * 1000
}

/** Forgets a key's count and its overruns (after a success, or an admin's unlock). */
export async function clear(l: RateLimiterMemory, key: string): Promise<void> {
  await l.delete(key)
  await strikesOf(l).delete(key)
}
