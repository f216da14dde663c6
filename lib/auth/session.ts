import { getIronSession, type SessionOptions } from 'iron-session'
import { cookies } from 'next/headers'
import { SESSION_COOKIE, SESSION_TTL_SECONDS, type SessionData } from './session-data.ts'
import { sessionSecret } from './secret.ts'

export { SESSION_COOKIE, SESSION_TTL_SECONDS, type SessionData } from './session-data.ts'

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
