import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import autocannon from 'autocannon'
import { stringify } from 'csv-stringify/sync'
import Database from 'better-sqlite3'
import { NextRequest } from 'next/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { importList } from '@/lib/import/apply'
import { parseListFile } from '@/lib/import/parse-list'
import { realRowsCsv } from './helpers/real-rows'
import { report } from './helpers/report'
import { BENCH_DIST, startNext } from '../bench/lib/servers'
import { userWithToken } from './helpers/users'

const PORT = Number(process.env.RESILIENCE_PORT ?? 3411)
const LOAD_S = Number(process.env.RESILIENCE_LOAD_S ?? 60)
const dbUrl = process.env.DATABASE_URL!

const NASTY = [
  '<script>alert(1)</script> Zyxinject Sheriff',
  'Robert\'); DROP TABLE "Agency";-- Zyxinject Police',
  '"Quoted" & <b>Bold</b> Zyxinject Department',
  "O'Brien County Sheriff's Office Zyxinject",
  '1 OR 1=1; -- Zyxinject Marshal',
  '<img src=x onerror=alert(2)> Zyxinject Constable',
]


describe(`against next start (${BENCH_DIST})`, () => {
  let server: Awaited<ReturnType<typeof startNext>>
  let adminToken: string
  beforeAll(async () => {
    const mode = new Database(dbUrl.replace(/^file:/, '')).pragma('journal_mode', { simple: true })
    expect(mode).toBe('wal')
    adminToken = (await userWithToken('admin', 'load')).token
    // The benchmark's production build, made here when missing (a few minutes on two cores).
    if (!existsSync(path.join(BENCH_DIST, 'BUILD_ID')))
      execFileSync(path.resolve('node_modules/.bin/next'), ['build'], { env: { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: BENCH_DIST, NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'inherit' })
    server = await startNext(dbUrl.replace(/^file:/, ''), PORT)
  })
  afterAll(async () => server?.stop())

  it('names with script tags, quotes and SQL round-trip verbatim through import and render escaped', async () => {
    const csv = stringify([['STATE', 'LAW ENFORCEMENT AGENCY', 'TYPE', 'SUPPORT TYPE', 'SIGNED'], ...NASTY.map((n) => ['TX', n, 'County', 'Task Force Model', '01/15/2025'])])
    const [list] = await parseListFile(Buffer.from(csv), { fileName: 'resilience-injection_2026-05-20.csv' })
    expect((await importList(db, list!, { actor: { actor: 'resilience', channel: 'cli' } })).applied).toBe(true)
    const stored = await db.agency.findMany({ where: { searchText: { contains: 'zyxinject' } }, select: { name: true } })
    expect(stored.map((a) => a.name).sort()).toEqual([...NASTY].sort())
    const api = await (await fetch(`${server.url}/api/v1/agreements?q=zyxinject&as_of=2026-05-20&per_page=100`)).json() as { items: { agency: { name: string } }[] }
    expect(api.items.map((i) => i.agency.name).sort()).toEqual([...NASTY].sort())
    const { GET } = await import('@/app/api/v1/agreements/route')
    const direct = await (await GET(new NextRequest('http://localhost/api/v1/agreements?q=zyxinject&as_of=2026-05-20'))).json() as typeof api
    expect(direct.items).toHaveLength(NASTY.length)
    const pages: Record<string, number> = {}
    for (const path of ['/agreements?q=zyxinject&as_of=2026-05-20', '/states/TX?q=zyxinject', `/agencies/${(await db.agency.findFirstOrThrow({ where: { searchText: { contains: 'zyxinject' } }, select: { id: true } })).id}`]) {
      const res = await fetch(server.url + path)
      pages[path] = res.status
      if (res.status === 404) continue
      const html = await res.text()
      expect(res.status).toBe(200)
      expect(html).not.toContain('<script>alert(1)</script>')
      expect(html).not.toContain('<img src=x onerror')
      expect(html).not.toContain('<b>Bold</b>')
      if (path.startsWith('/agreements')) expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    }
    report('injection', { names: NASTY.length, pages })
  })

  it(`${LOAD_S} s of 50 readers and 2 writers (import API): no errors`, async () => {
    const paths = ['/api/v1/agreements', '/api/v1/agreements?state=TX&model=task_force', '/api/v1/agreements?as_of=2012-12-01&expires_before=2013-01-01', '/api/v1/stats/active', '/api/v1/agencies?q=sheriff', '/api/v1/agreements?q=county&status=all&per_page=100']
    const times: number[] = []
    const readers = new Promise<autocannon.Result>((resolve, reject) => {
      const inst = autocannon({ url: server.url, connections: 50, duration: LOAD_S, timeout: 30, requests: paths.map((path) => ({ path, method: 'GET' })) }, (e, r) => (e ? reject(e) : resolve(r)))
      inst.on('response', (_c, _s, _b, t) => { times.push(t) })
    })
    const writes: Record<string, number> = {}
    const writer = async (w: number) => {
      const end = Date.now() + LOAD_S * 1000
      for (let k = 0; Date.now() < end; k++) {
        const form = new FormData()
        form.set('file', new File([realRowsCsv((w * 400 + k * 17) % 1700, 40)], `load-writer-${w}-${k}.csv`, { type: 'text/csv' }))
        form.set('as_of', `2026-06-${String((k % 27) + 1).padStart(2, '0')}`)
        const res = await fetch(`${server.url}/api/v1/imports?apply=${k % 2 ? 'true' : 'false'}`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` }, body: form })
        await res.arrayBuffer()
        writes[res.status] = (writes[res.status] ?? 0) + 1
      }
    }
    const [result] = await Promise.all([readers, writer(0), writer(1)])
    times.sort((a, b) => a - b)
    const p = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]
    const figures = { seconds: LOAD_S, readers: 50, writers: 2, requests: times.length, p50_ms: p(0.5), p95_ms: p(0.95), p99_ms: p(0.99), errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, writes }
    report('load', figures)
    expect(result.errors + result.timeouts + result.non2xx).toBe(0)
    expect(Object.keys(writes).filter((s) => s !== '200' && s !== '201')).toEqual([])
  })
})

