import { getIronSession, type SessionOptions } from 'iron-session'
import { cookies } from 'next/headers'
import type { Role } from './roles.ts'
import { sessionSecret } from './secret.ts'

export interface SessionData {
  userId?: number
  email?: string
  role?: Role
  issuedAt?: number
}

export const SESSION_COOKIE = 'tracker_session'
export const SESSION_TTL_SECONDS = 8 * 60 * 60

export function sessionOptions(): SessionOptions {
  return {
    cookieName: SESSION_COOKIE,
    password: sessionSecret(),
    ttl: SESSION_TTL_SECONDS,
    cookieOptions: { httpOnly: true, sameSite: 'lax', secure: process.env.NODE_ENV === 'production', path: '/' },
  }
}

export async function getSession() {
  return getIronSession<SessionData>(await cookies(), sessionOptions())
}
