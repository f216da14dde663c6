// Vitest runs without Next's server and so without its data cache (vitest.config.ts aliases next/cache here): a cached
// read calls its query, and an invalidation is only recorded, for tests of which tags a write expires.
export const expiredTags: { tag: string; profile: unknown }[] = []

export function unstable_cache<T>(fn: T): T {
  return fn
}

export function revalidateTag(tag: string, profile: unknown): void {
  expiredTags.push({ tag, profile })
}

export function revalidatePath(): void {}
