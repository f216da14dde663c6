import { isDeepStrictEqual } from 'node:util'
import { runLoad } from './lib/load.ts'
import { startFloor, startNext } from './lib/servers.ts'
import { API_TARGETS, PAGE_TARGETS } from './targets.ts'

export interface LatencyRow {
  dataset: string
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

export interface LatencyOptions { dataset: string; dbFile: string; agencyId: number; durationS: number; connections: number[]; appPort: number; floorPort: number }

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
    const targets = [...API_TARGETS.map((t) => ({ ...t, kind: 'api' })), ...PAGE_TARGETS.map((t) => ({ ...t, kind: 'page' }))]
    for (const t of targets) {
      const path = t.path.replace('{agencyId}', String(o.agencyId))
      const res = await fetch(app.url + path)
      await res.arrayBuffer()
      if (t.kind === 'api') verified[path] = res.ok && (await sameApi(app.url, floor.url, path))
      for (const connections of o.connections) {
        const base = { dataset: o.dataset, name: t.name, path, connections, goal: t.kind === 'api' ? 'p50 ≤ 1.5× floor' : 'p50 ≤ 3× floor' }
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
    }
  } finally {
    await Promise.all([app.stop(), floor.stop()])
  }
  return { rows, verified }
}
