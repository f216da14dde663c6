// Test-only stand-ins for next/headers and next/cache, which need a live request outside tests.
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

export const nextHeadersMock = { cookies: async () => cookieStore, headers: async () => requestHeaders }
export const nextCacheMock = { revalidatePath: () => undefined, revalidateTag: () => undefined }
