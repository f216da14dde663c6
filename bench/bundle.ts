import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export interface BundleRow { route: string; scripts: number; js_bytes: number; js_gzip_bytes: number }

/** First-load JS of a route: every /_next/static/*.js its server-rendered HTML references, gzipped. */
export async function bundleSizes(baseUrl: string, routes: string[], distDir: string): Promise<BundleRow[]> {
  const out: BundleRow[] = []
  for (const route of routes) {
    const res = await fetch(baseUrl + route)
    const html = await res.text()
    if (res.status === 404) continue
    const srcs = [...new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+?\.js)(?:\?[^"]*)?"/g)].map((m) => m[1]!))]
    let raw = 0
    let gz = 0
    for (const src of srcs) {
      const file = path.join(distDir, 'static', decodeURIComponent(src.replace('/_next/static/', '')))
      const bytes = existsSync(file) ? readFileSync(file) : Buffer.from(await (await fetch(baseUrl + src)).arrayBuffer())
      raw += bytes.length
      gz += gzipSync(bytes, { level: 9 }).length
    }
    out.push({ route, scripts: srcs.length, js_bytes: raw, js_gzip_bytes: gz })
  }
  return out
}
