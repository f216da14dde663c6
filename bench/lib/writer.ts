import { execFileSync } from 'node:child_process'
import path from 'node:path'
import Database from 'better-sqlite3'

const tsx = path.resolve('node_modules/.bin/tsx')
const EMAIL = 'bench-editor@example.org'

/**
 * A real editor's write through the public API, so that a "cold" request is the first after a write: toggles an
 * agreement's MOA link between ICE's URL and the same URL with an empty fragment, always back to ICE's after an even
 * number of writes. Works on the benchmark's copies only (bench/data/*.db).
 */
export function benchWriter(dbFile: string, appUrl: string) {
  const env = { ...process.env, DATABASE_URL: `file:${path.resolve(dbFile)}`, NEW_USER_PASSWORD: 'bench-editor-password-1234' }
  try {
    execFileSync(tsx, ['scripts/user-create.ts', '--email', EMAIL, '--role', 'editor'], { env, stdio: 'pipe' })
  } catch {
    // already created by an earlier run on this copy
  }
  const token = execFileSync(tsx, ['scripts/token-create.ts', '--email', EMAIL, '--name', 'bench', '--scope', 'edit', '--days', '1'], { env, encoding: 'utf8' }).trim().split('\n').at(-1)!
  const db = new Database(dbFile, { readonly: true })
  const pick = (where: string, ...args: unknown[]) =>
    (db.prepare(`SELECT a.id FROM "Agreement" a JOIN "Agency" g ON g.id = a."agencyId" WHERE a."moaUrl" LIKE 'https://%' AND ${where} ORDER BY a.id LIMIT 1`).get(...args) as { id: number } | undefined)?.id
  const inTexas = pick(`g.state = 'TX' AND a."lastListedOn" = (SELECT max("lastListedOn") FROM "Agreement")`)
  db.close()
  const agencyAgreement = (agencyId: number) => {
    const d = new Database(dbFile, { readonly: true })
    const id = (d.prepare(`SELECT id FROM "Agreement" WHERE "agencyId" = ? AND "moaUrl" LIKE 'https://%' ORDER BY id LIMIT 1`).get(agencyId) as { id: number } | undefined)?.id
    d.close()
    return id
  }
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
  async function write(id: number): Promise<void> {
    const res = await fetch(`${appUrl}/api/v1/agreements/${id}`, { headers })
    const current = (await res.json()) as { version: number; moa_url: string }
    const moaUrl = current.moa_url.endsWith('#') ? current.moa_url.slice(0, -1) : `${current.moa_url}#`
    const patch = await fetch(`${appUrl}/api/v1/agreements/${id}`, {
      method: 'PATCH', headers: { ...headers, 'if-match': `"${current.version}"` },
      body: JSON.stringify({ moa_url: moaUrl, reason: 'benchmark: a write before a cold request', source_url: 'bench/lib/writer.ts of this repository' }),
    })
    if (!patch.ok) throw new Error(`bench write to agreement ${id} answered ${patch.status}: ${await patch.text()}`)
    await patch.arrayBuffer()
  }
  return { write, agreementFor: (agencyId?: number) => (agencyId ? agencyAgreement(agencyId) : undefined) ?? inTexas }
}
