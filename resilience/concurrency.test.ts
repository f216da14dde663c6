import { NextRequest } from 'next/server'
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { report } from './helpers/report'
import { userWithToken } from './helpers/users'

const ROUTE = 'app/api/v1/agreements/[id]/route.ts'
const N = 100
// Read-modify-write clients retry with jittered back-off; 25 keep the run short while still contending hard.
const CLIENTS = 25

type Handler = (req: NextRequest, ctx: { params: Promise<{ id: string }> }) => Promise<Response>

describe('concurrent conflicting edits through PATCH /api/v1/agreements/:id with If-Match', () => {
  let token: string
  let route: { GET: Handler; PATCH: Handler }
  let id: number
  beforeAll(async () => {
    token = (await userWithToken('editor', 'concurrency')).token
    route = (await import(/* @vite-ignore */ `../${ROUTE}`)) as typeof route
    id = (await db.agreement.findFirstOrThrow({ where: { moaUrl: { not: null } }, select: { id: true }, orderBy: { id: 'asc' } })).id
  })
  const ctx = () => ({ params: Promise.resolve({ id: String(id) }) })
  const patch = (version: number, url: string) =>
    route.PATCH(new NextRequest(`http://localhost/api/v1/agreements/${id}`, { method: 'PATCH', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'if-match': `"${version}"` }, body: JSON.stringify({ moa_url: url, reason: 'resilience concurrency test', source_url: 'https://example.org/resilience' }) }), ctx())
  const read = async () => (await (await route.GET(new NextRequest(`http://localhost/api/v1/agreements/${id}`), ctx())).json()) as { version: number; moa_url?: string; moaUrl?: string }

  it(`${N} edits from the same version: exactly one wins, ${N - 1} get 412, nothing is overwritten`, async () => {
    const v0 = (await db.agreement.findUniqueOrThrow({ where: { id }, select: { version: true } })).version
    const urls = Array.from({ length: N }, (_, i) => `https://example.org/moa/same-version-${i}`)
    const statuses = await Promise.all(urls.map(async (u) => (await patch(v0, u)).status))
    const ok = statuses.flatMap((s, i) => (s === 200 ? [i] : []))
    expect(ok).toHaveLength(1)
    expect(statuses.filter((s) => s === 412)).toHaveLength(N - 1)
    const after = await db.agreement.findUniqueOrThrow({ where: { id }, select: { version: true, moaUrl: true } })
    expect(after).toEqual({ version: v0 + 1, moaUrl: urls[ok[0]!] })
    report('concurrency-same-version', { edits: N, won: ok.length, conflicts: statuses.filter((s) => s === 412).length })
  })

  it(`${CLIENTS} clients doing read-modify-write with retry on 412: all ${CLIENTS} changes land, in one unbroken version chain`, async () => {
    const v0 = (await db.agreement.findUniqueOrThrow({ where: { id }, select: { version: true } })).version
    let retries = 0
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, i) => {
        for (let attempt = 0; attempt < 500; attempt++) {
          const { version } = await read()
          const res = await patch(version, `https://example.org/moa/client-${i}`)
          if (res.status === 200) return
          expect(res.status).toBe(412)
          retries += 1
          await new Promise((r) => setTimeout(r, Math.random() * 20 * Math.min(attempt + 1, 10)))
        }
        throw new Error(`client ${i} never got its edit in`)
      }),
    )
    const after = await db.agreement.findUniqueOrThrow({ where: { id }, select: { version: true } })
    expect(after.version).toBe(v0 + CLIENTS)
    const audits = await db.auditLog.findMany({ where: { recordType: 'Agreement', recordId: String(id), action: 'update' }, orderBy: { id: 'asc' }, select: { diff: true } })
    const chain = audits.map((a) => JSON.parse(a.diff) as { version?: [number, number]; moaUrl?: [string, string] }).filter((d) => d.version && d.version[0] >= v0)
    expect(chain.map((d) => d.version![0])).toEqual(Array.from({ length: CLIENTS }, (_, k) => v0 + k))
    for (let k = 1; k < chain.length; k++) expect(chain[k]!.moaUrl?.[0]).toBe(chain[k - 1]!.moaUrl?.[1])
    expect(new Set(chain.map((d) => d.moaUrl?.[1]))).toEqual(new Set(Array.from({ length: CLIENTS }, (_, i) => `https://example.org/moa/client-${i}`)))
    report('concurrency-retry', { clients: CLIENTS, final_version_delta: after.version - v0, retries })
  })
})
