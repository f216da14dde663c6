import 'server-only'
import { unstable_cache } from 'next/cache'
import { cacheGeneration } from './generation.ts'
import { TAGS } from './tags.ts'

/**
 * Writes made outside the server process (`npm run fetch:ice` on its timer, `npm run import`) cannot expire the server's
 * tags: the cache generation (generation.ts), part of every key, moves with them. Entries are also refreshed after this
 * many seconds, a bound for the rare write that generation.ts cannot tell apart from the server's own.
 */
export const REFRESH_SECONDS = 60

/** What a value becomes through JSON, as unstable_cache stores it: a Date comes back as its ISO string. */
export type Jsonified<T> = T extends { toJSON(): infer J }
  ? J
  : T extends readonly unknown[]
    ? { [K in keyof T]: Jsonified<T[K]> }
    : T extends object
      ? { [K in keyof T]: Jsonified<T[K]> }
      : T

/**
 * `fn` served from Next's data cache. The key is `name` plus the JSON of the arguments, so every argument that changes the
 * answer (as-of date, today, filters, page, sort) must be an argument; `tags` names, from the first argument, the scope a write can invalidate.
 * Only for request time (pages, route handlers): unstable_cache needs Next's incremental cache, so tests and the CLIs
 * call `fn` itself.
 */
export function cached<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>, tags: (first: NoInfer<A>[0]) => string[]): (...args: A) => Promise<Jsonified<R>> {
  return (...args: A) => unstable_cache(fn, [name, String(cacheGeneration())], { tags: [TAGS.all, ...tags(args[0])], revalidate: REFRESH_SECONDS })(...args) as Promise<Jsonified<R>>
}
