import type { Role } from './roles.ts'

export interface SessionData {
  userId?: number
  email?: string
  role?: Role
  issuedAt?: number
}

export const SESSION_COOKIE = 'tracker_session'
export const SESSION_TTL_SECONDS = 8 * 60 * 60
