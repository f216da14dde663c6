import type { Db } from '../db.ts'

export const LOCKOUT = {
  windowMs: 15 * 60_000,
  slowAfter: 3,
  lockAfter: 10,
  lockMs: 15 * 60_000,
  maxDelayMs: 8_000,
}

export interface LoginGate {
  failures: number
  lockedUntil: Date | null
  delayMs: number
}

export function loginKey(email: string): string {
  return `email:${email.trim().toLowerCase()}`
}

/** Failed attempts since the last success within the window: slowed after a few, locked after more. */
export async function loginGate(db: Db, key: string, now = new Date()): Promise<LoginGate> {
  const since = new Date(now.getTime() - LOCKOUT.windowMs)
  const attempts = await db.loginAttempt.findMany({ where: { key, at: { gt: since } }, select: { at: true, success: true }, orderBy: { at: 'desc' } })
  const lastSuccess = attempts.findIndex((a) => a.success)
  const failures = lastSuccess < 0 ? attempts : attempts.slice(0, lastSuccess)
  const n = failures.length
  const lockedUntil = n >= LOCKOUT.lockAfter ? new Date(failures[0]!.at.getTime() + LOCKOUT.lockMs) : null
  const delayMs = n >= LOCKOUT.slowAfter ? Math.min(LOCKOUT.maxDelayMs, 1000 * 2 ** (n - LOCKOUT.slowAfter)) : 0
  return { failures: n, lockedUntil: lockedUntil && lockedUntil > now ? lockedUntil : null, delayMs }
}

export async function recordLoginAttempt(db: Db, key: string, success: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { key, success } })
}

export function lockedMessage(until: Date, now = new Date()): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000))
  return `Too many failed sign-ins for this e-mail address. Sign-in is locked for ${minutes} more minute${minutes === 1 ? '' : 's'}; try again later or ask an admin.`
}

export function failedMessage(failures: number): string {
  const left = LOCKOUT.lockAfter - failures
  if (failures < LOCKOUT.slowAfter) return 'Wrong e-mail address or password.'
  return `Wrong e-mail address or password. After ${failures} failed attempts each try is slowed down; ${left} more and sign-in is locked for ${LOCKOUT.lockMs / 60_000} minutes.`
}
