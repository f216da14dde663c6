/** What the sealed cookie carries: only the id of a Session row, which is checked on every request (lib/auth/sessions.ts). */
export interface SessionData {
  sessionId?: string
}

export const SESSION_COOKIE = 'tracker_session'
export const SESSION_TTL_SECONDS = 8 * 60 * 60
