import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'
import { report } from './helpers/report'

type Get = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>

function getRoutes(dir = 'app/api'): { file: string; url: string; dynamic: boolean }[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return getRoutes(full)
    if (name !== 'route.ts') return []
    const url = '/' + path.relative('app', dir)
    return [{ file: full, url, dynamic: url.includes('[') }]
  })
}

const KEYS = ['state', 'model', 'status', 'as_of', 'expires_before', 'expires_within_days', 'signed_from', 'signed_to', 'q', 'agency_id', 'sort', 'page', 'per_page', 'format', 'from', 'to', 'kind', 'id', 'county', 'apply', 'x']
const value = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('TX', 'tx', 'ZZ', 'TX,FL,,', 'task_force', 'all', 'active,expired', '-agency', '--agency', 'signed_on', '2025-02-29', '2024-02-29', '9999-12-31', '0000-00-00', '2012-13-01', '2025-1-1', '1e309', 'NaN', 'Infinity', '-1', '0', '1.5', '2147483648', '99999999999999999999', '00012', '', ' ', '%00', '../../etc/passwd', "' OR 1=1 --", '<script>', 'json', 'csv', 'export', 'xml'),
  fc.integer({ min: 1, max: 300 }).map((n) => 'x'.repeat(n)),
)
const queryArb = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), value), { maxLength: 6 })
const idArb = fc.oneof(fc.constantFrom('1', '2', '0', '-1', '1.5', 'abc', '99999999999', '2147483648', '1e3', '%20', ''), fc.string({ maxLength: 10 }))

const RUNS = Number(process.env.RESILIENCE_API_RUNS ?? 150)

describe('fuzzing URL parameters of every GET handler', () => {
  it('never a 500: a 200, or a 400 (or 404 for a record) with {error:{code,message,field}}', async () => {
    const statuses: Record<string, Record<number, number>> = {}
    const missingField: string[] = []
    let calls = 0
    for (const route of getRoutes()) {
      const mod = (await import(/* @vite-ignore */ `../${route.file}`)) as { GET?: Get }
      if (!mod.GET) continue
      const tally: Record<number, number> = (statuses[route.url] = {})
      await fc.assert(
        fc.asyncProperty(queryArb, idArb, async (pairs, id) => {
          const url = new URL(`http://localhost${route.url.replace(/\[\w+\]/g, encodeURIComponent(id) || 'x')}`)
          for (const [k, v] of pairs) url.searchParams.append(k, v)
          const res = await mod.GET!(new NextRequest(url), { params: Promise.resolve({ id, code: id, state: id }) })
          calls += 1
          tally[res.status] = (tally[res.status] ?? 0) + 1
          expect([200, 400, ...(route.dynamic ? [404] : [])]).toContain(res.status)
          if (res.status !== 200) {
            const body = (await res.json()) as { error?: { code?: unknown; message?: unknown; field?: unknown } }
            expect(typeof body.error?.code).toBe('string')
            expect(typeof body.error?.message).toBe('string')
            if (res.status === 400 && typeof body.error?.field !== 'string') missingField.push(`${route.url}?${url.searchParams} → ${JSON.stringify(body.error)}`)
          } else await res.arrayBuffer()
        }),
        { numRuns: RUNS, seed: 287 },
      )
    }
    report('fuzz-api', { calls, statuses, bad_requests_without_field: missingField.length, examples_without_field: missingField.slice(0, 5) })
    expect(missingField).toEqual([])
  })
})

describe('the most common export URLs (the fuzzer above never drew them)', () => {
  it.each(['format=csv', 'format=export', 'per_page=1000', 'per_page=998', 'status=all&format=csv'])('/api/v1/agreements?%s answers 200', async (q) => {
    const { GET } = (await import('../app/api/v1/agreements/route')) as { GET: Get }
    const res = await GET(new NextRequest(new URL(`http://localhost/api/v1/agreements?${q}`)), { params: Promise.resolve({}) })
    expect(res.status).toBe(200)
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(100_000)
  })
})
