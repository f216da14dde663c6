import type { Db } from '../db.ts'
import { clear, limiter, take, type Progressive } from './rate-limit.ts'

/**
 * Sign-in limits (docs/decisions/0011-sign-in-limits.md). Every budget is per client address, so no one can spend another
 * address's attempts: an attacker who knows an admin's e-mail slows only themselves. The account-wide count only shrinks the
 * budget of addresses that never signed in to that account, and never below one check per window.
 */
export const SIGN_IN_LIMITS = {
  /** Password checks per account and address per window. */
  perAccountAddress: 5,
  /** The same while the account is under attack, for addresses without a recent success on it. */
  perNewAddressUnderAttack: 2,
  /** Failures on one account, from any address, within the window that mean it is under attack. */
  underAttackAfter: 20,
  /** Attempts per address across all accounts per hour (guessing across many e-mails). */
  perAddressPerHour: 30,
  windowSeconds: 15 * 60,
  progressive: { baseSeconds: 30, maxSeconds: 60 * 60 } satisfies Progressive,
}

const L = SIGN_IN_LIMITS
const pair = () => limiter('signin:pair', L.perAccountAddress, L.windowSeconds)
const address = () => limiter('signin:addr', L.perAddressPerHour, 60 * 60)
const accountFailures = () => limiter('signin:acct', Number.MAX_SAFE_INTEGER, L.windowSeconds)

export interface SignInSubject {
  email: string
  /** User.signInEpoch (0 for an unknown e-mail): raising it is the admin's unlock. */
  epoch: number
  ipHash: string
}

const accountKey = (s: SignInSubject) => `${s.epoch}:${s.email}`
const pairKey = (s: SignInSubject) => `${accountKey(s)}:${s.ipHash}`

/** Reserves one password check before it is made: 0 when allowed, else the ms to wait. */
export async function reserveSignIn(db: Db, s: SignInSubject): Promise<number> {
  const byAddress = await take(address(), s.ipHash, L.progressive)
  if (byAddress) return byAddress
  let budget = L.perAccountAddress
  const failures = (await accountFailures().get(accountKey(s)))?.consumedPoints ?? 0
  if (failures >= L.underAttackAfter && !(await knownAddress(db, s))) budget = L.perNewAddressUnderAttack
  return take(pair(), pairKey(s), L.progressive, budget)
}

export async function signInSucceeded(s: SignInSubject): Promise<void> {
  await clear(pair(), pairKey(s))
  await address().reward(s.ipHash)
}

export async function signInFailed(s: SignInSubject): Promise<void> {
  await accountFailures().penalty(accountKey(s))
}

async function knownAddress(db: Db, s: SignInSubject): Promise<boolean> {
  const since = new Date(Date.now() - 30 * 24 * 3600 * 1000)
  return (await db.loginAttempt.count({ where: { key: loginKey(s.email), ipHash: s.ipHash, success: true, at: { gt: since } } })) > 0
}

export function loginKey(email: string): string {
  return `email:${email.trim().toLowerCase()}`
}

export function waitMessage(ms: number): string {
  const seconds = Math.ceil(ms / 1000)
  const wait = seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`
  return `Too many sign-in attempts from your network. Wait ${wait} and try again; each further burst waits longer. An admin can clear this in /admin/users.`
}
