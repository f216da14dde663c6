import { createHmac } from 'node:crypto'
import { sessionSecret } from '../auth/secret.ts'

/** A keyed hash of the client's address and browser: enough to rate-limit, not enough to identify anyone. */
export function clientHash(headers: Headers): string {
  const ip = headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || 'unknown'
  return createHmac('sha256', sessionSecret()).update(`${ip}|${headers.get('user-agent') ?? ''}`).digest('hex').slice(0, 32)
}
