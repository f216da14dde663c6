import pino, { type DestinationStream, type Logger } from 'pino'
import { env } from './env.ts'

/** Fields never written to a log, at the top level or one object down (pino's redaction paths). */
export const REDACTED_FIELDS = [
  'password', 'newPassword', 'currentPassword', 'passwordHash', 'token', 'tokenHash', 'secret', 'sessionSecret',
  'cookie', 'cookies', 'authorization', 'set-cookie', 'session', 'apiKey',
] as const

const paths = REDACTED_FIELDS.flatMap((f) => [f, `*.${f}`, `*.headers.${f}`])

/** Query parameters whose values are replaced in logged URLs (the key stays, so the shape of a request is visible). */
const SENSITIVE_PARAM = /pass|token|secret|key|code|email|session|auth|next/i

export function createLogger(destination?: DestinationStream, level: string = env.LOG_LEVEL): Logger {
  const options = { level, redact: { paths, censor: '[redacted]' }, base: { app: 'tracker-287g' } }
  return destination ? pino(options, destination) : pino(options)
}

export const log = createLogger()

/** A URL's path and query for a log line: sensitive parameters' values replaced, long values cut. */
export function loggablePath(url: string): string {
  const u = new URL(url, 'http://x')
  const query = [...u.searchParams].map(([k, v]) => `${encodeURIComponent(k)}=${SENSITIVE_PARAM.test(k) ? '[redacted]' : encodeURIComponent(v.slice(0, 100))}`)
  return `${u.pathname}${query.length ? `?${query.join('&')}` : ''}`
}

/** A failed sign-in or token check. Takes the e-mail and the reason, never the password or the token itself. */
export function logAuthFailure(fields: { email?: string | null; reason: string; ip?: string | null; via?: 'password' | 'session' | 'token' }): void {
  log.warn({ event: 'auth_failure', ...fields }, 'authentication failed')
}

/** A write refused (authorisation, validation, a version conflict): who, what, why. */
export function logRefusedWrite(fields: { action: string; reason: string; userId?: number | null; status?: number }): void {
  log.warn({ event: 'write_refused', ...fields }, 'write refused')
}

/** An import previewed, applied or refused, with its counts. */
export function logImport(fields: { fileName: string; sha256?: string; outcome: 'applied' | 'preview' | 'unchanged' | 'refused'; counts?: Record<string, number>; reason?: string; ms?: number; userId?: number | null }): void {
  log.info({ event: 'import', ...fields }, `import ${fields.outcome}`)
}

/** A database operation slower than SLOW_QUERY_MS. The operation and model only: arguments can hold personal data. */
export function logSlowQuery(fields: { model?: string; operation: string; ms: number; sql?: string }): void {
  log.warn({ event: 'slow_query', ...fields, thresholdMs: env.SLOW_QUERY_MS }, 'slow query')
}

export function logRequest(fields: { method: string; path: string; status: number; ms: number }): void {
  const level = fields.status >= 500 ? 'error' : 'info'
  log[level]({ event: 'request', ...fields }, `${fields.method} ${fields.path} ${fields.status}`)
}
