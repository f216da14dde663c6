import { isDeepStrictEqual } from 'node:util'
import { percentile, runLoad } from './lib/load.ts'
import { startFloor, startNext } from './lib/servers.ts'
import { benchWriter } from './lib/writer.ts'
import { API_TARGETS, PAGE_TARGETS, SPIKE_TARGETS } from './targets.ts'

export interface LatencyRow {
  dataset: string
  /** warm: served after the cache was filled; cold: the first request after a write (one at a time). */
  cache: 'warm' | 'cold'
  name: string
  path: string
  connections: number
  app_p50_ms: number | null
  app_p95_ms: number | null
  app_p99_ms: number | null
  app_rps: number | null
  app_errors: number | null
  floor_p50_ms: number | null
  floor_p95_ms: number | null
  floor_rps: number | null
  ratio_p50: number | null
  goal: string
  note?: string
}

export interface LatencyOptions { dataset: string; dbFile: string; agencyId: number; durationS: number; connections: number[]; appPort: number; floorPort: number; coldRounds: number }

async function sameApi(app: string, floor: string, path: string): Promise<boolean> {
  const [a, f] = await Promise.all([fetch(app + path).then((r) => r.json()), fetch(floor + path).then((r) => r.json())])
  return isDeepStrictEqual(a, f)
}

/** App vs floor, side by side, each target at each connection count. */
export async function latencyRuns(o: LatencyOptions, log: (s: string) => void): Promise<{ rows: LatencyRow[]; verified: Record<string, boolean> }> {
  const [app, floor] = await Promise.all([startNext(o.dbFile, o.appPort), startFloor(o.dbFile, o.floorPort)])
  const rows: LatencyRow[] = []
  const verified: Record<string, boolean> = {}
  try {
    const writer = benchWriter(o.dbFile, app.url)
    const targets = [...API_TARGETS.map((t) => ({ ...t, kind: 'api' })), ...PAGE_TARGETS.map((t) => ({ ...t, kind: 'page' }))]
    for (const t of targets) {
      const path = t.path.replace('{agencyId}', String(o.agencyId))
      const res = await fetch(app.url + path)
      await res.arrayBuffer()
      if (t.kind === 'api') verified[path] = res.ok && (await sameApi(app.url, floor.url, path))
      for (const connections of o.connections) {
        const base = { dataset: o.dataset, cache: 'warm' as const, name: t.name, path, connections, goal: 'p50 ≤ 1.0× floor' }
        if (res.status === 404) {
          rows.push({ ...base, app_p50_ms: null, app_p95_ms: null, app_p99_ms: null, app_rps: null, app_errors: null, floor_p50_ms: null, floor_p95_ms: null, floor_rps: null, ratio_p50: null, note: 'skipped: the app answers 404 (page not built yet)' })
          continue
        }
        log(`  ${o.dataset} ${t.name} c=${connections}`)
        await runLoad(app.url + path, connections, 1)
        await runLoad(floor.url + path, connections, 1)
        const a = await runLoad(app.url + path, connections, o.durationS)
        const f = await runLoad(floor.url + path, connections, o.durationS)
        rows.push({
          ...base, app_p50_ms: a.p50, app_p95_ms: a.p95, app_p99_ms: a.p99, app_rps: a.rps, app_errors: a.errors + a.non2xx,
          floor_p50_ms: f.p50, floor_p95_ms: f.p95, floor_rps: f.rps, ratio_p50: Math.round((a.p50 / f.p50) * 100) / 100,
          ...(res.status !== 200 && { note: `app answered ${res.status}` }),
        })
      }
      if (res.status !== 404) rows.push(await coldRow(o, t, path, app.url, floor.url, writer))
    }
  } finally {
    await Promise.all([app.stop(), floor.stop()])
  }
  return { rows, verified }
}

/** p50 of single requests, each the first after an editor's write (app) or just a request (the floor has no cache). */
async function coldRow(o: LatencyOptions, t: { name: string; kind: string }, path: string, app: string, floor: string, writer: ReturnType<typeof benchWriter>): Promise<LatencyRow> {
  const id = writer.agreementFor(t.name.includes('agencies') ? o.agencyId : undefined)
  const once = async (url: string) => {
    const start = performance.now()
    const res = await fetch(url)
    await res.arrayBuffer()
    return { ms: performance.now() - start, ok: res.ok }
  }
  const a: number[] = []
  const f: number[] = []
  let errors = 0
  for (let i = 0; i < o.coldRounds * 2; i++) {
    if (id) await writer.write(id)
    const r = await once(app + path)
    a.push(r.ms)
    if (!r.ok) errors += 1
    f.push((await once(floor + path)).ms)
  }
  const p50 = (xs: number[]) => Math.round(percentile([...xs].sort((x, y) => x - y), 50) * 100) / 100
  const p99 = (xs: number[]) => Math.round(percentile([...xs].sort((x, y) => x - y), 99) * 100) / 100
  return {
    dataset: o.dataset, cache: 'cold', name: t.name, path, connections: 1, goal: t.kind === 'api' ? 'p50 ≤ 1.5× floor' : 'p50 ≤ 3× floor',
    app_p50_ms: p50(a), app_p95_ms: null, app_p99_ms: p99(a), app_rps: null, app_errors: errors,
    floor_p50_ms: p50(f), floor_p95_ms: null, floor_rps: null, ratio_p50: Math.round((p50(a) / p50(f)) * 100) / 100,
    ...(!id && { note: 'no agreement to write to: every request after the first is warm' }),
  }
}

export interface SpikeRow { name: string; path: string; connections: number; duration_s: number; p50_ms: number; p99_ms: number; rps: number; requests: number; errors: number; goal: string }

/** A news-day spike: many connections at once on the pages a link sends readers to, after one warming request. */
export async function spikeRuns(o: { dbFile: string; appPort: number; connections: number; durationS: number }, log: (s: string) => void): Promise<SpikeRow[]> {
  const app = await startNext(o.dbFile, o.appPort)
  const rows: SpikeRow[] = []
  try {
    for (const t of SPIKE_TARGETS) {
      log(`  spike ${t.name} c=${o.connections} ${o.durationS} s`)
      await runLoad(app.url + t.path, 10, 2)
      const r = await runLoad(app.url + t.path, o.connections, o.durationS)
      rows.push({ name: t.name, path: t.path, connections: o.connections, duration_s: o.durationS, p50_ms: r.p50, p99_ms: r.p99, rps: r.rps, requests: r.requests, errors: r.errors + r.non2xx, goal: '0 errors, p99 ≤ 1000 ms' })
    }
  } finally {
    await app.stop()
  }
  return rows
}
