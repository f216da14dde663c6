import { NextRequest } from 'next/server'
import { describe, expect, it, vi } from 'vitest'
import { PATCH } from '../../app/api/v1/agreements/[id]/route'
import { changePasswordAction } from './account-actions'
import { signIn, signOut } from './actions'
import { adminGate } from './admin-gate'
import { currentUser, requireUser, userOfSession } from './guard'
import { sessionSecret } from './secret'
import { SESSION_COOKIE } from './session'
import { makeUser, randomPassword } from './testing'
import { jar } from './testing-next'
import { issueToken } from './tokens'
import { resetPasswordAction, updateUserAction } from '../admin/actions/users'
import { db } from '../db'

vi.mock('next/headers', async () => (await import('./testing-next')).nextHeadersMock)
vi.mock('next/cache', async () => (await import('./testing-next')).nextCacheMock)

const fd = (fields: Record<string, string>) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(fields)) f.set(k, v)
  return f
}
const digest = (p: Promise<unknown>) => p.then(() => 'returned', (e: { digest?: string }) => String(e?.digest ?? e))
const who = { actor: 'test', channel: 'cli' as const }

async function signedIn(email: string, password: string): Promise<string> {
  jar.clear()
  expect(await digest(signIn({}, fd({ email, password })))).toMatch(/^NEXT_REDIRECT/)
  return jar.get(SESSION_COOKIE)!
}
const gate = (cookie: string) => adminGate('/admin/agreements', cookie, sessionSecret(), userOfSession)

describe('server-side sessions', () => {
  it('sign-out ends the session: the old cookie is refused by the guard and the /admin gate', async () => {
    const password = randomPassword()
    const u = await makeUser('editor')
    await db.user.update({ where: { id: u.id }, data: { passwordHash: await (await import('./passwords')).hashPassword(password) } })
    const cookie = await signedIn(u.email, password)
    expect(await currentUser()).toMatchObject({ id: u.id })
    expect(await gate(cookie)).toEqual({ kind: 'pass' })
    expect(await digest(signOut())).toMatch(/;\/;/)
    jar.set(SESSION_COOKIE, cookie)
    expect(await currentUser()).toBeNull()
    expect(await gate(cookie)).toEqual({ kind: 'sign_in' })
    expect(await digest(requireUser())).toMatch(/;\/login/)
  })

  it('disabling a user ends every session of theirs at once', async () => {
    const admin = await makeUser('admin')
    const editor = await makeUser('editor')
    jar.set(SESSION_COOKIE, admin.cookie)
    expect(await updateUserAction({}, fd({ userId: String(editor.id), role: 'editor', disabled: 'yes' }))).toMatchObject({ ok: true })
    expect(await db.session.count({ where: { userId: editor.id, revokedAt: null } })).toBe(0)
    expect(await gate(editor.cookie)).toEqual({ kind: 'sign_in' })
    // Enabling the account again does not bring the old session back.
    expect(await updateUserAction({}, fd({ userId: String(editor.id), role: 'editor', disabled: 'no' }))).toMatchObject({ ok: true })
    expect(await gate(editor.cookie)).toEqual({ kind: 'sign_in' })
  })

  it('a password change ends the other sessions, keeps the caller signed in with a new one, and is audited without hashes', async () => {
    const password = randomPassword()
    const u = await makeUser('editor')
    await db.user.update({ where: { id: u.id }, data: { passwordHash: await (await import('./passwords')).hashPassword(password) } })
    const other = u.cookie
    const mine = await signedIn(u.email, password)
    const next = randomPassword()
    expect(await changePasswordAction({}, fd({ current: 'not-my-password', password: next, confirm: next }))).toMatchObject({ errors: { current: [expect.any(String)] } })
    expect(await digest(changePasswordAction({}, fd({ current: password, password: next, confirm: next, next: '/admin/audit' })))).toMatch(/;\/admin\/audit;/)
    expect(await gate(other)).toEqual({ kind: 'sign_in' })
    expect(await gate(mine)).toEqual({ kind: 'sign_in' })
    expect(await gate(jar.get(SESSION_COOKIE)!)).toEqual({ kind: 'pass' })
    const audit = await db.auditLog.findFirstOrThrow({ where: { recordType: 'User', recordId: String(u.id) }, orderBy: { id: 'desc' }, select: { reason: true, diff: true } })
    expect(audit.reason).toMatch(/Changed own password/)
    expect(audit.diff).not.toMatch(/argon2/)
    expect(await digest(signIn({}, fd({ email: u.email, password })))).toBe('returned')
    expect(await signedIn(u.email, next)).toMatch(/^Fe26/)
  })

  it('an admin reset gives a one-time temporary password that must be changed before any admin page', async () => {
    const admin = await makeUser('admin')
    const u = await makeUser('editor')
    jar.set(SESSION_COOKIE, admin.cookie)
    const res = await resetPasswordAction({}, fd({ userId: String(u.id) }))
    expect(res).toMatchObject({ ok: true, temporary: expect.stringMatching(/^[\w-]{20}$/) })
    expect(await gate(u.cookie)).toEqual({ kind: 'sign_in' })
    jar.clear()
    expect(await digest(signIn({}, fd({ email: u.email, password: res.temporary!, next: '/admin/agreements' })))).toMatch(/;\/account\/password\?next=%2Fadmin%2Fagreements;/)
    expect(await digest(requireUser('/admin/agreements'))).toMatch(/;\/account\/password\?next=%2Fadmin%2Fagreements;/)
    const audit = await db.auditLog.findFirstOrThrow({ where: { recordType: 'User', recordId: String(u.id), action: 'reset_password' }, select: { actor: true } })
    expect(audit.actor).toBe(admin.email)
  })
})

describe('API tokens: expiry and scope', () => {
  const body = JSON.stringify({ expires_on: '2027-03-31', reason: 'token scope test', source_url: 'https://www.ice.gov/' })
  const patch = (token: string) => PATCH(new NextRequest('http://localhost/api/v1/agreements/1', { method: 'PATCH', body, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'if-match': '999999' } }), { params: Promise.resolve({ id: '1' }) })

  it('refuses an expired token (401) and a token of another scope (403)', async () => {
    const editor = await makeUser('editor')
    const read = await issueToken(db, editor.id, { name: 'read only', scope: 'read', days: 30 }, who)
    expect((await patch(read.token)).status).toBe(403)
    expect((await (await patch(read.token)).json()).error.message).toMatch(/needs a token with the edit scope; this one has read/)
    const edit = await issueToken(db, editor.id, { name: 'soon expired', scope: 'edit', days: 1 }, who)
    await db.apiToken.update({ where: { id: edit.id }, data: { expiresAt: new Date(Date.now() - 1000) } })
    const res = await patch(edit.token)
    expect(res.status).toBe(401)
    expect((await res.json()).error.message).toMatch(/expired on \d{4}-\d{2}-\d{2}/)
    // A live edit token gets past authentication (412: the If-Match is stale, not a credentials problem).
    expect((await patch(editor.token)).status).toBe(412)
  })

  it('refuses token lifetimes outside 1 to 365 days', async () => {
    const editor = await makeUser('editor')
    await expect(issueToken(db, editor.id, { name: 'forever', scope: 'edit', days: 10_000 }, who)).rejects.toThrow(/1 to 365 days/)
  })
})
