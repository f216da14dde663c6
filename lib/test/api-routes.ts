import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve('app/api/v1')

/** Every route file under app/api/v1 on disk, as an OpenAPI-style path (`/agreements/{id}`) with the methods it exports. */
export function apiRoutesOnDisk(dir = root): { path: string; methods: string[] }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    if (e.isDirectory()) return apiRoutesOnDisk(full)
    if (e.name !== 'route.ts') return []
    const rel = path.relative(root, dir).split(path.sep).map((s) => s.replace(/^\[(\w+)\]$/, '{$1}')).join('/')
    const methods = [...readFileSync(full, 'utf8').matchAll(/export (?:async function|const|function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!.toLowerCase())
    return [{ path: `/${rel}`, methods }]
  })
}
