import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { NextRequest } from 'next/server'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { ForbiddenError } from './roles'
import { SESSION_COOKIE } from './session'
import { revokeSession, revokeUserSessions } from './sessions'
import { checksumWithoutTokenUse as dataChecksum, makeRevokedToken, makeUser, sessionCookie, type TestUser } from './testing'
import { unsealData } from 'iron-session'
import { sessionOptions } from './session'
import { db } from '../db'
import { jar } from './testing-next'

vi.mock('next/headers', async () => (await import('./testing-next')).nextHeadersMock)
vi.mock('next/cache', async () => (await import('./testing-next')).nextCacheMock)

const ROOT = path.resolve(import.meta.dirname, '../..')

function walk(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (name === 'node_modules' || name === 'generated' || name.startsWith('.')) return []
    if (statSync(full).isDirectory()) return walk(full, keep)
    return keep(full) ? [full] : []
  })
}

const isTs = (f: string) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f)
const actionFiles = [...walk(path.join(ROOT, 'lib'), isTs), ...walk(path.join(ROOT, 'app'), isTs)].filter((f) => /^\s*(\/\/[^\n]*\n\s*)*['"]use server['"]/.test(readFileSync(f, 'utf8')))
const routeFiles = walk(path.join(ROOT, 'app/api'), (f) => path.basename(f) === 'route.ts')

/** Actions anyone may call, each with its own guard and its own tests. */
const PUBLIC_ACTIONS: Record<string, string> = {
  'lib/auth/actions.ts#signIn': 'sign-in itself; per-address limits (sign-in.test.ts)',
  'lib/auth/actions.ts#signOut': 'ends only the caller’s own session',
  'lib/corrections/actions.ts#suggestCorrection': 'public suggestions; honeypot and rate limit (corrections.test.ts)',
}
/** Admin-only writes: an editor must get ForbiddenError / 403. Everything else needs at least an editor. */
const ADMIN_ONLY = new Set([
  'lib/admin/actions/users.ts#createUserAction', 'lib/admin/actions/users.ts#updateUserAction', 'lib/admin/actions/users.ts#issueTokenAction', 'lib/admin/actions/users.ts#revokeTokenAction',
  'lib/admin/actions/users.ts#resetPasswordAction', 'lib/admin/actions/users.ts#unlockSignInAction', 'lib/admin/actions/users.ts#endSessionsAction', 'lib/admin/actions/import.ts#importAction',
])
const ADMIN_ONLY_ROUTES = new Set(['app/api/v1/imports/route.ts#POST'])

/** A form that a careless action would happily write: real ids, plausible values, a reason and a source. */
function plausibleForm(): FormData {
  const fd = new FormData()
  const fields: Record<string, string> = {
    id: '1', version: '1', reason: 'enumeration test write', source: 'https://www.ice.gov/identify-and-arrest/287g', name: 'Enumeration Test Sheriff Office', state: 'TX', type: 'county',
    expiresOn: '2027-01-01', signedOn: '2025-01-01', slug: 'enumeration-test', date: '2025-01-01', datePrecision: 'day', kind: 'memo', title: 'Enumeration test', summary: 'Enumeration test summary text.',
    email: 'enumeration@test.invalid', role: 'admin', password: 'enumeration-test-password', userId: '1', tokenId: '1', auditId: '1', decisionReason: 'enumeration test', disabled: 'no', scPrecision: 'day', scActivatedOn: '2011-01-01',
  }
  for (const [k, v] of Object.entries(fields)) fd.set(k, v)
  return fd
}

function isLoginRedirect(error: unknown): boolean {
  const digest = (error as { digest?: unknown })?.digest
  return typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT') && digest.includes(';/login')
}

let editor: TestUser
let disabledAdmin: TestUser
let editorToken: string
let revoked: string
let signedOut: string
let afterPasswordChange: string

beforeAll(async () => {
  editor = await makeUser('editor')
  disabledAdmin = await makeUser('admin', { disabled: true })
  editorToken = editor.token
  revoked = await makeRevokedToken('admin')
  const admin = await makeUser('admin')
  signedOut = await sessionCookie(admin.id)
  const { sessionId } = await unsealData<{ sessionId: string }>(signedOut, { password: sessionOptions().password })
  await revokeSession(db, sessionId)
  const other = await makeUser('admin')
  afterPasswordChange = other.cookie
  await revokeUserSessions(db, other.id)
})

const actions = await Promise.all(
  actionFiles.map(async (file) => {
    const mod = (await import(file)) as Record<string, unknown>
    return Object.entries(mod).filter(([, v]) => typeof v === 'function').map(([name, fn]) => ({ key: `${path.relative(ROOT, file)}#${name}`, fn: fn as (...args: unknown[]) => Promise<unknown> }))
  }),
).then((x) => x.flat())

describe('every server action checks authorisation itself', () => {
  it('finds the actions on the file system', () => {
    expect(actions.length).toBeGreaterThanOrEqual(15)
    for (const key of Object.keys(PUBLIC_ACTIONS)) expect(actions.map((a) => a.key)).toContain(key)
  })

  const guarded = () => actions.filter((a) => !(a.key in PUBLIC_ACTIONS))
  it.each([
    ['no session', () => jar.clear()],
    ['a tampered session cookie (a public visitor)', () => jar.set(SESSION_COOKIE, 'Fe26.2*1*forged*cookie')],
    ['the session of a disabled account', () => jar.set(SESSION_COOKIE, disabledAdmin.cookie)],
    ['an admin cookie after sign-out', () => jar.set(SESSION_COOKIE, signedOut)],
    ['an admin cookie whose sessions a password change ended', () => jar.set(SESSION_COOKIE, afterPasswordChange)],
  ])('refuses every guarded action with %s and changes nothing', async (_label, arrange) => {
    const before = dataChecksum()
    for (const { key, fn } of guarded()) {
      arrange()
      const attempt = fn.length >= 3 ? fn(1, {}, plausibleForm()) : fn({}, plausibleForm())
      await expect(attempt.then(() => 'allowed', (e: unknown) => (isLoginRedirect(e) ? 'refused' : e)), key).resolves.toBe('refused')
    }
    expect(dataChecksum()).toBe(before)
  })

  it('refuses every admin-only action to an editor and changes nothing', async () => {
    const before = dataChecksum()
    for (const key of ADMIN_ONLY) expect(actions.map((a) => a.key), key).toContain(key)
    for (const { key, fn } of actions.filter((a) => ADMIN_ONLY.has(a.key))) {
      jar.set(SESSION_COOKIE, editor.cookie)
      const attempt = fn.length >= 3 ? fn(1, {}, plausibleForm()) : fn({}, plausibleForm())
      await expect(attempt, key).rejects.toBeInstanceOf(ForbiddenError)
    }
    expect(dataChecksum()).toBe(before)
  })
})

const WRITE_METHODS = ['POST', 'PATCH', 'PUT', 'DELETE'] as const
const routes = await Promise.all(
  routeFiles.map(async (file) => {
    const mod = (await import(file)) as Record<string, unknown>
    return WRITE_METHODS.filter((m) => typeof mod[m] === 'function').map((method) => ({ key: `${path.relative(ROOT, file)}#${method}`, method, handler: mod[method] as (r: NextRequest, ctx: unknown) => Promise<Response> }))
  }),
).then((x) => x.flat())

async function call(route: (typeof routes)[number], token?: string) {
  const headers = new Headers({ 'content-type': 'application/json', 'if-match': '1' })
  if (token) headers.set('authorization', `Bearer ${token}`)
  const body = JSON.stringify({ expires_on: '2027-01-01', reason: 'enumeration test write', source_url: 'https://www.ice.gov/' })
  const params = Promise.resolve({ id: '1', state: 'TX', slug: 'x' })
  return route.handler(new NextRequest('http://localhost/api/x?apply=true', { method: route.method, headers, body }), { params })
}

describe('every write route handler checks credentials itself', () => {
  it('finds the write routes on the file system', () => {
    expect(routes.map((r) => r.key)).toEqual(expect.arrayContaining(['app/api/v1/imports/route.ts#POST', 'app/api/v1/agreements/[id]/route.ts#PATCH']))
  })

  it.each([
    ['no credentials', undefined],
    ['a made-up token', 't287_not-a-real-token'],
    ['a revoked token', () => revoked],
  ])('answers 401 to %s and changes nothing', async (_label, token) => {
    const before = dataChecksum()
    for (const r of routes) {
      const res = await call(r, typeof token === 'function' ? token() : token)
      expect(res.status, r.key).toBe(401)
      expect(await res.json(), r.key).toMatchObject({ error: { code: 'unauthorized' } })
    }
    expect(dataChecksum()).toBe(before)
  })

  it('answers 403 to an editor token on admin-only routes and changes nothing', async () => {
    const before = dataChecksum()
    for (const r of routes.filter((x) => ADMIN_ONLY_ROUTES.has(x.key))) {
      const res = await call(r, editorToken)
      expect(res.status, r.key).toBe(403)
    }
    expect(dataChecksum()).toBe(before)
  })
})
