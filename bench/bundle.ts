// @ts-expect-error -- a plain .mjs script shared with the command line; its JSDoc types the result.
import { firstLoadJs } from '../scripts/first-load-js.mjs'

export interface BundleRow { route: string; scripts: number; js_bytes: number; js_gzip_bytes: number }

/** First-load JS per route, measured as scripts/first-load-js.mjs measures it. */
export async function bundleSizes(baseUrl: string, routes: string[], distDir: string): Promise<BundleRow[]> {
  const out: BundleRow[] = []
  for (const route of routes) {
    const res = await fetch(baseUrl + route)
    const html = await res.text()
    if (res.status === 404) continue
    const r = firstLoadJs(html, distDir) as { chunks: unknown[]; raw: number; gzip: number }
    out.push({ route, scripts: r.chunks.length, js_bytes: r.raw, js_gzip_bytes: r.gzip })
  }
  return out
}
