import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'
import { apiRoutesOnDisk } from '@/lib/test/api-routes'
import { GET as agencies } from './agencies/route'
import { GET as agency } from './agencies/[id]/route'
import { GET as agreements } from './agreements/route'
import { GET as agreement } from './agreements/[id]/route'
import { GET as policyEvents } from './policy-events/route'
import { GET as snapshots } from './snapshots/route'
import { GET as diff } from './snapshots/diff/route'
import { GET as active } from './stats/active/route'
import { GET as sc } from './stats/secure-communities/route'
import { GET as timeline } from './stats/timeline/route'

const SNAKE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/
const req = (path: string) => new NextRequest(new URL(path, 'http://localhost'))
const ctx = (id: string) => ({ params: Promise.resolve({ id }) })

/** Every object key in a JSON value, with its path, except the keys of maps whose keys are data (listed by path). */
function badKeys(value: unknown, path = '$', out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v, i) => badKeys(v, `${path}[${i}]`, out))
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (!SNAKE.test(k) && !(path.endsWith('.by_state') && /^[A-Z]{2}$/.test(k))) out.push(`${path.replace(/\[\d+\]/g, '[]')}.${k}`)
      badKeys(v, `${path}.${k}`, out)
    }
  return out
}

// Every JSON GET of /api/v1, on the seeded record. openapi.json and format=csv-metadata are left out on purpose:
// their keys are fixed by the OpenAPI 3.1 and CSVW vocabularies (operationId, tableSchema), not by this API.
const CASES: [string, () => Promise<Response>][] = [
  ['/agencies', () => agencies(req('/api/v1/agencies?q=harris'))],
  ['/agencies/{id}', async () => agency(req('/api/v1/agencies/1'), ctx(String(await firstAgencyId())))],
  ['/agreements', () => agreements(req('/api/v1/agreements?as_of=2026-05-18&per_page=50'))],
  ['/agreements?format=export', () => agreements(req('/api/v1/agreements?as_of=2012-12-01&model=task_force&format=export'))],
  ['/agreements/{id}', async () => agreement(req('/api/v1/agreements/1'), ctx(String(await firstAgreementId())))],
  ['/policy-events', () => policyEvents()],
  ['/snapshots', () => snapshots()],
  ['/snapshots/diff', async () => { const [a, b] = await twoSnapshots(); return diff(req(`/api/v1/snapshots/diff?from=${a}&to=${b}`)) }],
  ['/stats/active', () => active(req('/api/v1/stats/active?as_of=2012-12-01'))],
  ['/stats/secure-communities', () => sc(req('/api/v1/stats/secure-communities?as_of=2012-12-01'))],
  ['/stats/timeline', () => timeline(req('/api/v1/stats/timeline?from=2012-10&to=2014-02'))],
]

/** GET routes whose answer is not JSON of this API, and why. */
const NOT_JSON: Record<string, string> = {
  '/snapshots/{id}/file': 'the original workbook, byte for byte',
  '/download/database': 'a SQLite file',
  '/download/captures.csv': 'a CSV file',
  '/openapi.json': 'keys fixed by the OpenAPI 3.1 vocabulary',
}

async function firstAgencyId() {
  const body = await (await agencies(req('/api/v1/agencies?q=hillsborough'))).json()
  return body.items[0].id as number
}
async function firstAgreementId() {
  const body = await (await agreements(req('/api/v1/agreements?as_of=2012-12-01&model=task_force'))).json()
  return body.items[0].id as number
}
async function twoSnapshots() {
  const body = await (await snapshots()).json()
  const part = body.items.filter((s: { kind: string }) => s.kind === 'participating')
  return [part.at(-2).id, part.at(-1).id]
}

describe('every /api/v1 JSON response uses snake_case keys', () => {
  it('has a case (or a reason to have none) for every GET route file on disk', () => {
    const gets = apiRoutesOnDisk().filter((r) => r.methods.includes('get')).map((r) => r.path)
    const covered = new Set([...CASES.map(([name]) => name.replace(/\?.*$/, '')), ...Object.keys(NOT_JSON)])
    expect(gets.filter((p) => !covered.has(p))).toEqual([])
    expect(gets.length).toBeGreaterThanOrEqual(14)
  })

  it.each(CASES)('GET %s', async (_name, call) => {
    const res = await call()
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(Object.keys(body).length).toBeGreaterThan(0)
    expect(badKeys(body).filter((p, i, a) => a.indexOf(p) === i)).toEqual([])
  })
})
