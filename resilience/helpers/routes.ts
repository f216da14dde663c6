import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

export const WRITE_METHODS = ['POST', 'PATCH', 'PUT', 'DELETE'] as const

export interface WriteRoute { file: string; url: string; methods: string[] }
export interface ActionFile { file: string; names: string[]; source: string }

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) walk(full, out)
    else out.push(full)
  }
  return out
}

/** Every route handler under app/ that exports a write method (the role each needs is the test's own table, not read from here). */
export function writeRoutes(root = 'app'): WriteRoute[] {
  return walk(root)
    .filter((f) => /route\.tsx?$/.test(f))
    .map((file) => {
      const src = readFileSync(file, 'utf8')
      const methods = WRITE_METHODS.filter((m) => new RegExp(`export\\s+(async\\s+)?(function|const)\\s+${m}\\b`).test(src))
      const url = '/' + path.relative(root, path.dirname(file)).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, '1')).join('/')
      return { file, url, methods: [...methods] } as WriteRoute
    })
    .filter((r) => r.methods.length > 0)
}

/** Every 'use server' module under lib/ and app/ and its exported functions. */
export function actionFiles(roots = ['lib', 'app']): ActionFile[] {
  return roots
    .flatMap((r) => walk(r))
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'))
    .map((file) => ({ file, source: readFileSync(file, 'utf8') }))
    .filter((f) => /^\s*['"]use server['"]/m.test(f.source.split('\n').slice(0, 3).join('\n')))
    .map((f) => ({ ...f, names: [...f.source.matchAll(/export\s+async\s+function\s+(\w+)/g)].map((m) => m[1]!) }))
}
