import { describe, expect, it, vi } from 'vitest'
import { db } from '../db'
import { signIn } from './actions'
import { LOCKOUT, loginGate, loginKey } from './lockout'
import { SESSION_COOKIE } from './session'
import { createUser } from './users'
import { jar, jarOptions } from './testing-next'
import { randomPassword } from './testing'

vi.mock('next/headers', async () => (await import('./testing-next')).nextHeadersMock)
vi.mock('next/cache', async () => (await import('./testing-next')).nextCacheMock)

const form = (email: string, password: string) => {
  const fd = new FormData()
  fd.set('email', email)
  fd.set('password', password)
  return fd
}

describe('sign-in', () => {
  it('signs in with the right password and sets an httpOnly, SameSite=Lax session cookie', async () => {
    const password = randomPassword()
    await createUser(db, { email: 'ok@test.invalid', role: 'editor', password }, { actor: 'test', channel: 'cli' })
    jar.clear()
    await expect(signIn({}, form('ok@test.invalid', password))).rejects.toMatchObject({ digest: expect.stringContaining(';/admin;') })
    expect(jar.get(SESSION_COOKIE)).toMatch(/^Fe26\.2\*/)
    expect(jarOptions.get(SESSION_COOKIE)).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/', maxAge: 8 * 60 * 60 - 60 })
  })

  it('slows down after a few failures and locks after more, saying so, even for the right password', async () => {
    const password = randomPassword()
    await createUser(db, { email: 'lock@test.invalid', role: 'editor', password }, { actor: 'test', channel: 'cli' })
    const key = loginKey('lock@test.invalid')
    jar.clear()
    expect(await signIn({}, form('lock@test.invalid', 'wrong-password-1'))).toEqual({ message: 'Wrong e-mail address or password.' })
    await db.loginAttempt.createMany({ data: Array.from({ length: LOCKOUT.slowAfter - 1 }, () => ({ key, success: false })) })
    const slowed = await loginGate(db, key)
    expect(slowed).toMatchObject({ failures: LOCKOUT.slowAfter, lockedUntil: null })
    expect(slowed.delayMs).toBeGreaterThan(0)

    await db.loginAttempt.createMany({ data: Array.from({ length: LOCKOUT.lockAfter - LOCKOUT.slowAfter }, () => ({ key, success: false })) })
    const locked = await signIn({}, form('lock@test.invalid', password))
    expect(locked.message).toMatch(/Sign-in is locked for 15 more minutes/)
    expect(jar.has(SESSION_COOKIE)).toBe(false)

    // The lock lifts once the window has passed.
    const later = new Date(Date.now() + LOCKOUT.lockMs + 1000)
    expect((await loginGate(db, key, later)).lockedUntil).toBeNull()
  })

  it('gives the same answer for an unknown e-mail as for a wrong password', async () => {
    expect(await signIn({}, form('nobody@test.invalid', 'whatever-password'))).toEqual({ message: 'Wrong e-mail address or password.' })
  })
})
