import { sealData } from 'iron-session'
import { NextRequest } from 'next/server'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { SESSION_COOKIE } from '@/lib/auth/session'
import { createSession, revokeSession } from '@/lib/auth/sessions'
import { checksumWithoutTokenUse as dataChecksum } from '@/lib/auth/testing'
import { jar } from '@/lib/auth/testing-next'
import { issueToken } from '@/lib/auth/tokens'
import { db } from '@/lib/db'
import { report } from './helpers/report'
import { actionFiles, writeRoutes } from './helpers/routes'
import { userWithToken } from './helpers/users'

vi.mock('next/headers', async () => (await import('@/lib/auth/testing-next')).nextHeadersMock)
vi.mock('next/cache', async () => (await import('@/lib/auth/testing-next')).nextCacheMock)

// Who may call each server action and write route, written here and not read from the code: weakening a check fails this
// test, and an action or route missing from the table fails it too.
const ACTION_ROLE: Record<string, 'public' | 'signed-in' | 'editor' | 'admin'> = {
  'lib/auth/actions.ts#signIn': 'public',
  'lib/auth/actions.ts#signOut': 'public',
  'lib/corrections/actions.ts#suggestCorrection': 'public',
  'lib/auth/account-actions.ts#changePasswordAction': 'signed-in',
  'lib/corrections/actions.ts#rejectCorrectionAction': 'editor',
  'lib/admin/actions/agencies.ts#createAgencyAction': 'editor',
  'lib/admin/actions/agencies.ts#mergeAgencyAction': 'editor',
  'lib/admin/actions/agencies.ts#updateAgencyAction': 'editor',
  'lib/admin/actions/agencies.ts#deleteAgencyAction': 'editor',
  'lib/admin/actions/merges.ts#decideMergeAction': 'editor',
  'lib/admin/actions/merges.ts#mergeRecordsAction': 'editor',
  'lib/admin/actions/agreements.ts#updateAgreementAction': 'editor',
  'lib/admin/actions/locks.ts#clearCorrectionAction': 'editor',
  'lib/admin/actions/records.ts#createPolicyEventAction': 'editor',
  'lib/admin/actions/records.ts#updatePolicyEventAction': 'editor',
  'lib/admin/actions/records.ts#deletePolicyEventAction': 'editor',
  'lib/admin/actions/records.ts#updateCountyActivationAction': 'editor',
  'lib/admin/actions/records.ts#revertAction': 'editor',
  'lib/admin/actions/import.ts#importAction': 'admin',
  'lib/admin/actions/users.ts#createUserAction': 'admin',
  'lib/admin/actions/users.ts#updateUserAction': 'admin',
  'lib/admin/actions/users.ts#issueTokenAction': 'admin',
  'lib/admin/actions/users.ts#revokeTokenAction': 'admin',
  'lib/admin/actions/users.ts#resetPasswordAction': 'admin',
  'lib/admin/actions/users.ts#unlockSignInAction': 'admin',
  'lib/admin/actions/users.ts#endSessionsAction': 'admin',
}
const ROUTE_NEEDS: Record<string, { role: 'editor' | 'admin'; scope: 'edit' | 'import' }> = {
  'PATCH /api/v1/agreements/1': { role: 'editor', scope: 'edit' },
  'POST /api/v1/imports': { role: 'admin', scope: 'import' },
}
const MIN_DISTINCT = 300

function form(variant: string): FormData {
  const f = new FormData()
  const base: Record<string, string> = { id: '1', agencyId: '1', intoId: '2', name: 'Resilience Sheriff Office', state: 'TX', type: 'county', email: 'x@resilience.test', role: 'admin', password: 'resilience-password-1234', current: 'resilience-password-1234', confirm: 'resilience-password-1234', reason: 'resilience sweep attempt', source: 'https://example.org/resilience', signedOn: '2025-01-01', expiresOn: '2030-01-01', version: '1', date: '2025-01-01', title: 'Resilience', summary: 'Resilience', kind: 'memo', slug: 'resilience', auditId: '1', tokenId: '1', userId: '1', publicId: 'x', scope: 'import', days: '365', disabled: 'no', decisionReason: 'resilience sweep', recordType: 'Agreement', field: 'signedOn' }
  if (variant === 'empty form') return f
  for (const [k, v] of Object.entries(base)) f.set(k, variant === 'other ids' && /id$/i.test(k) ? '2' : v)
  f.set('file', new File(['STATE,LAW ENFORCEMENT AGENCY,SUPPORT TYPE,SIGNED\nTX,Resilience County Sheriff,Task Force Model,2025-01-01\n'], 'participating_2025-03-01.csv', { type: 'text/csv' }))
  return f
}
const FORM_VARIANTS = ['plausible form', 'other ids', 'empty form']

function outcome(error: unknown): string {
  const e = error as { digest?: string; name?: string; message?: string }
  if (typeof e?.digest === 'string' && e.digest.startsWith('NEXT_REDIRECT')) return e.digest.includes(';/login') ? 'redirect_login' : `redirect:${e.digest}`
  if (e?.name === 'ForbiddenError') return 'forbidden'
  return `error:${e?.name}:${e?.message}`
}

describe('authorisation sweep: every write refused without the right role', () => {
  const secret = process.env.SESSION_SECRET!
  const cookieOf = (sessionId: string) => sealData({ sessionId }, { password: secret, ttl: 3600 })
  const refusing: Record<string, string | null> = {}
  let editorCookie = ''
  const tokens: Record<string, string> = {}

  beforeAll(async () => {
    const editor = await userWithToken('editor')
    const admin = await userWithToken('admin')
    const disabled = await userWithToken('admin', 'disabled-admin')
    editorCookie = await cookieOf(await createSession(db, editor.id))
    const ended = await createSession(db, admin.id)
    await revokeSession(db, ended)
    const expired = await createSession(db, admin.id)
    await db.session.update({ where: { id: expired }, data: { expiresAt: new Date(Date.now() - 1000) } })
    const ofDisabled = await createSession(db, disabled.id)
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } })
    Object.assign(refusing, {
      'no session': null,
      'garbage cookie': 'Fe26.2**not-a-cookie',
      'admin session sealed with the wrong secret': await sealData({ sessionId: await createSession(db, admin.id) }, { password: 'x'.repeat(40), ttl: 3600 }),
      'admin cookie after sign-out': await cookieOf(ended),
      'expired admin session': await cookieOf(expired),
      "disabled admin's session": await cookieOf(ofDisabled),
      'unknown session id': await cookieOf('no-such-session'),
      'old-format cookie (user id and role, no session)': await sealData({ userId: admin.id, email: admin.email, role: 'admin', issuedAt: Date.now() }, { password: secret, ttl: 3600 }),
    })
    const who = { actor: 'resilience', channel: 'cli' as const }
    const expiredToken = await issueToken(db, admin.id, { name: 'expired', scope: 'import', days: 1 }, who)
    await db.apiToken.update({ where: { id: expiredToken.id }, data: { expiresAt: new Date(Date.now() - 1000) } })
    Object.assign(tokens, {
      editor: editor.token,
      readScopeAdmin: (await issueToken(db, admin.id, { name: 'read', scope: 'read', days: 30 }, who)).token,
      editScopeAdmin: (await issueToken(db, admin.id, { name: 'edit', scope: 'edit', days: 30 }, who)).token,
      importScopeAdmin: (await issueToken(db, admin.id, { name: 'import', scope: 'import', days: 30 }, who)).token,
      expired: expiredToken.token,
      disabled: disabled.token,
      adminCookie: await cookieOf(await createSession(db, admin.id)),
    })
  })

  it('the tables name every action and write route on disk', () => {
    const onDisk = actionFiles().flatMap((f) => f.names.map((n) => `${f.file}#${n}`))
    expect(onDisk.sort()).toEqual(Object.keys(ACTION_ROLE).sort())
    expect(writeRoutes().flatMap((r) => r.methods.map((m) => `${m} ${r.url}`)).sort()).toEqual(Object.keys(ROUTE_NEEDS).sort())
  })

  it(`refuses ≥ ${MIN_DISTINCT} distinct attempts and leaves every data table byte-identical`, async () => {
    const before = dataChecksum()
    const seen = new Set<string>()
    const bad: string[] = []
    const record = (key: string, ok: boolean) => {
      expect(seen.has(key), `attempt repeated: ${key}`).toBe(false)
      seen.add(key)
      if (!ok) bad.push(key)
    }

    for (const route of writeRoutes()) {
      const mod = (await import(/* @vite-ignore */ `../${route.file}`)) as Record<string, (req: NextRequest, ctx: unknown) => Promise<Response>>
      for (const method of route.methods) {
        const needs = ROUTE_NEEDS[`${method} ${route.url}`]!
        const personas: Record<string, Record<string, string>> = {
          'no credentials': {},
          'bogus token': { authorization: 'Bearer t287_not-a-real-token' },
          'malformed authorization header': { authorization: 'Basic YWRtaW46YWRtaW4=' },
          'admin session cookie only (the API ignores cookies)': { cookie: `${SESSION_COOKIE}=${tokens.adminCookie}` },
          'expired admin token': { authorization: `Bearer ${tokens.expired}` },
          "disabled admin's token": { authorization: `Bearer ${tokens.disabled}` },
          'read-scope admin token': { authorization: `Bearer ${tokens.readScopeAdmin}` },
          [`admin token of a scope other than ${needs.scope}`]: { authorization: `Bearer ${needs.scope === 'edit' ? tokens.importScopeAdmin : tokens.editScopeAdmin}` },
          ...(needs.role === 'admin' && { 'editor token on an admin-only route': { authorization: `Bearer ${tokens.editor}` } }),
        }
        for (const [who, headers] of Object.entries(personas))
          for (const variant of ['apply', 'preview']) {
            const body = method === 'POST' ? form('plausible form') : JSON.stringify({ expires_on: '2030-01-01', reason: 'resilience sweep', source_url: 'https://example.org/x' })
            const req = new NextRequest(`http://localhost${route.url}?apply=${variant === 'apply'}`, { method, headers: { ...headers, ...(typeof body === 'string' && { 'content-type': 'application/json', 'if-match': '1' }) }, body })
            const res = await mod[method]!(req, { params: Promise.resolve({ id: '1' }) })
            record(`${method} ${route.url} ${variant} [${who}] → ${res.status}`, res.status === 401 || res.status === 403)
          }
      }
    }

    for (const file of actionFiles()) {
      const mod = (await import(/* @vite-ignore */ `../${file.file}`)) as Record<string, (...args: unknown[]) => Promise<unknown>>
      for (const name of file.names) {
        const role = ACTION_ROLE[`${file.file}#${name}`]
        if (!role || role === 'public') continue
        const personas: [string, string | null, string][] = Object.entries(refusing).map(([who, cookie]) => [who, cookie, 'redirect_login'])
        if (role === 'admin') personas.push(['editor on an admin-only action', editorCookie, 'forbidden'])
        for (const [who, cookie, expected] of personas)
          for (const variant of FORM_VARIANTS) {
            jar.clear()
            if (cookie) jar.set(SESSION_COOKIE, cookie)
            const fn = mod[name]!
            const args = fn.length >= 3 ? [1, {}, form(variant)] : fn.length === 2 ? [{}, form(variant)] : []
            const result = await fn(...args).then(() => 'returned (not refused)', outcome)
            record(`action ${name} (${role}) ${variant} [${who}] → ${result}`, result === expected)
          }
      }
    }
    jar.clear()
    report('auth-sweep', { distinct_attempts: seen.size, not_refused: bad.length, refused_examples: [...seen].slice(0, 5) })
    expect(bad).toEqual([])
    expect(seen.size).toBeGreaterThanOrEqual(MIN_DISTINCT)
    expect(dataChecksum()).toBe(before)
  })
})
