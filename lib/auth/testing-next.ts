// Test-only stand-ins for next/headers and next/cache, which need a live request outside tests.
import { AsyncLocalStorage } from 'node:async_hooks'

export const jar = new Map<string, string>()
export const jarOptions = new Map<string, Record<string, unknown>>()
export const requestHeaders = new Headers({ 'user-agent': 'vitest', 'x-forwarded-for': '203.0.113.7' })

export const cookieStore = {
  get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
  getAll: () => [...jar].map(([name, value]) => ({ name, value })),
  has: (name: string) => jar.has(name),
  set: (nameOrOptions: string | ({ name: string; value: string } & Record<string, unknown>), value?: string, options?: Record<string, unknown>) => {
    if (typeof nameOrOptions === 'string') {
      jar.set(nameOrOptions, value ?? '')
      jarOptions.set(nameOrOptions, options ?? {})
    } else {
      const { name, value: v, ...rest } = nameOrOptions
      jar.set(name, v)
      jarOptions.set(name, rest)
    }
  },
  delete: (name: string) => jar.delete(name),
}

const perCall = new AsyncLocalStorage<Headers>()

/** Runs `fn` as one request with its own headers (concurrent calls each see their own), e.g. a distinct client address. */
export function withHeaders<T>(headers: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  return perCall.run(new Headers(headers), fn)
}

export const nextHeadersMock = { cookies: async () => cookieStore, headers: async () => perCall.getStore() ?? requestHeaders }
export const nextCacheMock = { revalidatePath: () => undefined, revalidateTag: () => undefined, unstable_cache: <T>(fn: T): T => fn }
