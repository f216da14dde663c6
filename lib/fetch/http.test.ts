import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FetchError } from './errors'
import { httpGet } from './http'
import { startTestServer } from './test-server'

const limits = { timeoutMs: 20_000, maxBytes: 1_000, maxRedirects: 2 }
let server: Awaited<ReturnType<typeof startTestServer>>

beforeAll(async () => {
  server = await startTestServer({
    '/ok': { body: 'hello', type: 'text/plain' },
    '/hop1': { status: 302, body: '', headers: { location: '/hop2' } },
    '/hop2': { status: 301, body: '', headers: { location: '/ok' } },
    '/loop': { status: 307, body: '', headers: { location: '/loop' } },
    '/to-ftp': { status: 302, body: '', headers: { location: 'ftp://example.org/x.xlsx' } },
    '/big-declared': { body: 'x'.repeat(1_001) },
    // No Content-Length: the cap must be counted on the bytes received.
    '/big-chunked': (_req, res) => {
      res.writeHead(200)
      for (let i = 0; i < 20; i++) res.write('y'.repeat(100))
      res.end()
    },
    '/hang': () => {},
    '/gone': { status: 500, body: 'oops' },
  })
})
afterAll(() => server.close())

const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a FetchError') }, (e: unknown) => {
  if (!(e instanceof FetchError)) throw e
  return { code: e.code, message: e.message }
})

describe('httpGet', () => {
  it('returns the body and follows redirects up to the limit, reporting the final address', async () => {
    const res = await httpGet(new URL(server.url('/hop1')), limits)
    expect(new TextDecoder().decode(res.bytes)).toBe('hello')
    expect(res.url.href).toBe(server.url('/ok'))
  })

  it.each([
    ['/missing', 'http_status', /\/missing answered 404/],
    ['/gone', 'http_status', /\/gone answered 500/],
    ['/loop', 'redirects', /redirected more than 2 times/],
    ['/to-ftp', 'bad_url', /ftp:\/\/example.org\/x.xlsx is not an http\(s\) address/],
    ['/big-declared', 'too_large', /big-declared is larger than the 1,000-byte limit/],
    ['/big-chunked', 'too_large', /big-chunked is larger than/],
  ])('refuses %s with a specific error', async (path, code, message) => {
    const err = await failure(httpGet(new URL(server.url(path)), limits))
    expect(err.code).toBe(code)
    expect(err.message).toMatch(message)
  })

  it('gives up on a server that never answers, after the timeout', async () => {
    const started = Date.now()
    const err = await failure(httpGet(new URL(server.url('/hang')), { ...limits, timeoutMs: 300 }))
    expect(err).toMatchObject({ code: 'timeout', message: expect.stringMatching(/did not answer within 0.3 s/) })
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('names the cause when nothing listens', async () => {
    const closed = await startTestServer({})
    await closed.close()
    const err = await failure(httpGet(new URL(closed.url('/x')), limits))
    expect(err).toMatchObject({ code: 'network', message: expect.stringMatching(/Cannot reach .*: ECONNREFUSED/) })
  })
})
