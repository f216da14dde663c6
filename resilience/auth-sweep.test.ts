import { sealData } from 'iron-session'
import { NextRequest } from 'next/server'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { SESSION_COOKIE } from '@/lib/auth/session'
import { dataChecksum } from '@/lib/test/db-checksum'
import { report } from './helpers/report'
import { actionFiles, writeRoutes } from './helpers/routes'
import { userWithToken } from './helpers/users'

const jar = vi.hoisted(() => new Map<string, string>())
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: () => undefined,
    delete: () => undefined,
  }),
  headers: async () => new Headers({ 'user-agent': 'resilience-suite', 'x-forwarded-for': '203.0.113.7' }),
}))
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }))

// Writes open to the public by design: signing in and out, and suggesting a correction.
const PUBLIC_ACTIONS = new Set(['signIn', 'signOut', 'suggestCorrection'])
const MIN_ATTEMPTS = 200

const routes = writeRoutes()
const actions = actionFiles()

function formData(): FormData {
  const f = new FormData()
  for (const [k, v] of Object.entries({ id: '1', agencyId: '1', intoId: '2', name: 'Resilience Sheriff Office', state: 'TX', type: 'county', email: 'x@resilience.test', role: 'admin', password: 'resilience-password-1234', reason: 'resilience sweep attempt', source: 'https://example.org/resilience', signedOn: '2025-01-01', expiresOn: '2030-01-01', version: '1', date: '2025-01-01', title: 'Resilience', summary: 'Resilience', kind: 'memo', slug: 'resilience', auditId: '1', tokenId: '1', userId: '1', publicId: 'x' }))
    f.set(k, v)
  f.set('file', new File(['STATE,LAW ENFORCEMENT AGENCY,SUPPORT TYPE,SIGNED\nTX,Resilience County Sheriff,Task Force Model,2025-01-01\n'], 'participating_2025-03-01.csv', { type: 'text/csv' }))
  return f
}

function roleOf(source: string, name: string): 'admin' | 'editor' {
  const start = source.indexOf(`export async function ${name}`)
  const next = source.indexOf('export ', start + 10)
  const body = source.slice(start, next < 0 ? undefined : next)
  return /requireAdmin\(|requireRole\(\s*'admin'/.test(body) ? 'admin' : 'editor'
}

function outcome(error: unknown): string {
  const e = error as { digest?: string; name?: string; message?: string }
  if (typeof e?.digest === 'string' && e.digest.startsWith('NEXT_REDIRECT')) return e.digest.includes('/login') ? 'redirect_login' : `redirect:${e.digest}`
  if (e?.name === 'ForbiddenError') return 'forbidden'
  return `error:${e?.name}:${e?.message}`
}

describe('authorisation sweep: every write refused without the right role', () => {
  let editor: Awaited<ReturnType<typeof userWithToken>>
  let admin: Awaited<ReturnType<typeof userWithToken>>
  const secret = process.env.SESSION_SECRET!
  beforeAll(async () => {
    editor = await userWithToken('editor')
    admin = await userWithToken('admin')
  })

  it(`refuses ≥${MIN_ATTEMPTS} attempts and leaves every data table byte-identical`, async () => {
    const before = dataChecksum()
    const tally: Record<string, number> = {}
    const bad: string[] = []
    let attempts = 0
    const editorCookie = await sealData({ userId: editor.id, email: editor.email, role: 'editor', issuedAt: Date.now() }, { password: secret, ttl: 3600 })
    const adminCookie = await sealData({ userId: admin.id, email: admin.email, role: 'admin', issuedAt: Date.now() }, { password: secret, ttl: 3600 })
    const forged = await sealData({ userId: admin.id, email: admin.email, role: 'admin', issuedAt: Date.now() }, { password: 'x'.repeat(40), ttl: 3600 })

    while (attempts < MIN_ATTEMPTS) {
      for (const route of routes) {
        const mod = (await import(/* @vite-ignore */ `../${route.file}`)) as Record<string, (req: NextRequest, ctx: unknown) => Promise<Response>>
        const personas: [string, Record<string, string>][] = [
          ['no credentials', {}],
          ['public visitor, bogus token', { authorization: 'Bearer t287_not-a-real-token' }],
          ['admin session cookie only (API ignores cookies)', { cookie: `${SESSION_COOKIE}=${adminCookie}` }],
          ...(route.role === 'admin' ? ([['editor token on admin-only', { authorization: `Bearer ${editor.token}` }]] as [string, Record<string, string>][]) : []),
        ]
        for (const method of route.methods)
          for (const [who, headers] of personas) {
            const body = method === 'POST' ? formData() : method === 'PATCH' || method === 'PUT' ? JSON.stringify({ moa_url: 'https://example.org/x', reason: 'resilience sweep' }) : undefined
            const req = new NextRequest(`http://localhost${route.url}?apply=true`, { method, headers: { ...headers, ...(typeof body === 'string' && { 'content-type': 'application/json', 'if-match': '1' }) }, body })
            const res = await mod[method]!(req, { params: Promise.resolve({ id: '1' }) })
            attempts += 1
            const key = `${method} ${route.url} [${who}] → ${res.status}`
            tally[key] = (tally[key] ?? 0) + 1
            if (res.status !== 401 && res.status !== 403) bad.push(key)
          }
      }
      for (const file of actions) {
        const mod = (await import(/* @vite-ignore */ `../${file.file}`)) as Record<string, (...args: unknown[]) => Promise<unknown>>
        for (const name of file.names) {
          if (PUBLIC_ACTIONS.has(name) || typeof mod[name] !== 'function') continue
          const role = roleOf(file.source, name)
          const personas: [string, string | null, string[]][] = [
            ['no session', null, ['redirect_login']],
            ['public visitor, forged cookie', forged, ['redirect_login']],
            ...(role === 'admin' ? ([['editor on admin-only', editorCookie, ['forbidden']]] as [string, string, string[]][]) : []),
          ]
          for (const [who, cookie, expected] of personas) {
            jar.clear()
            if (cookie) jar.set(SESSION_COOKIE, cookie)
            const fn = mod[name]!
            const args = fn.length >= 3 ? [1, {}, formData()] : fn.length === 2 ? [{}, formData()] : []
            let result: string
            try {
              await fn(...args)
              result = 'returned (not refused)'
            } catch (error) {
              result = outcome(error)
            }
            attempts += 1
            const key = `action ${name} (${role}) [${who}] → ${result}`
            tally[key] = (tally[key] ?? 0) + 1
            if (!expected.includes(result)) bad.push(key)
          }
        }
      }
    }
    jar.clear()
    const after = dataChecksum()
    report('auth-sweep', { attempts, routes: routes.map((r) => `${r.methods.join('/')} ${r.url} (${r.role})`), actions: actions.flatMap((a) => a.names.filter((n) => !PUBLIC_ACTIONS.has(n))).length, not_refused: bad.length, outcomes: tally })
    expect([...new Set(bad)]).toEqual([])
    expect(attempts).toBeGreaterThanOrEqual(MIN_ATTEMPTS)
    expect(after).toBe(before)
  })
})
