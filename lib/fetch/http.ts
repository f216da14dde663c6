import { FetchError } from './errors.ts'

export interface HttpLimits {
  /** For the whole request: connection, redirects and body. */
  timeoutMs: number
  maxBytes: number
  maxRedirects: number
}

export const DEFAULT_LIMITS: HttpLimits = { timeoutMs: 60_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 }

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const USER_AGENT = '287g-tracker (npm run fetch:ice)'

export interface HttpResponse {
  url: URL
  bytes: Uint8Array
  contentType: string | null
}

/** GET with a deadline, a size cap counted on the bytes actually received, and a bounded number of http(s) redirects. */
export async function httpGet(url: URL, limits: HttpLimits = DEFAULT_LIMITS): Promise<HttpResponse> {
  const signal = AbortSignal.timeout(limits.timeoutMs)
  let current = url
  try {
    for (let hops = 0; ; hops++) {
      if (current.protocol !== 'https:' && current.protocol !== 'http:') throw new FetchError('bad_url', `${current.href} is not an http(s) address.`)
      const res = await fetch(current, { redirect: 'manual', signal, headers: { 'user-agent': USER_AGENT } })
      if (REDIRECTS.has(res.status)) {
        await res.body?.cancel()
        const location = res.headers.get('location')
        if (!location) throw new FetchError('http_status', `${current.href} answered ${res.status} without a Location to follow.`)
        if (hops >= limits.maxRedirects) throw new FetchError('redirects', `${url.href} redirected more than ${limits.maxRedirects} times; stopped at ${current.href}.`)
        current = new URL(location, current)
        continue
      }
      if (!res.ok) {
        await res.body?.cancel()
        throw new FetchError('http_status', `${current.href} answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}.`)
      }
      return { url: current, bytes: await readCapped(res, current, limits.maxBytes), contentType: res.headers.get('content-type') }
    }
  } catch (error) {
    if (error instanceof FetchError) throw error
    if (signal.aborted) throw new FetchError('timeout', `${current.href} did not answer within ${limits.timeoutMs / 1000} s.`, { cause: error })
    const cause = (error as { cause?: { code?: string; message?: string } }).cause
    const why = cause?.code ?? cause?.message ?? (error as Error).message
    throw new FetchError('network', `Cannot reach ${current.href}: ${why}.`, { cause: error })
  }
}

async function readCapped(res: Response, url: URL, maxBytes: number): Promise<Uint8Array> {
  const limit = maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / 1024 / 1024)} MB` : `${maxBytes.toLocaleString('en-US')}-byte`
  const tooLarge = () => new FetchError('too_large', `${url.href} is larger than the ${limit} limit.`)
  const declared = Number(res.headers.get('content-length') ?? NaN)
  if (declared > maxBytes) {
    await res.body?.cancel()
    throw tooLarge()
  }
  if (!res.body) return new Uint8Array()
  const chunks: Uint8Array[] = []
  let total = 0
  const reader = res.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel()
      throw tooLarge()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}
