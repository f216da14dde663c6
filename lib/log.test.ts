import { describe, expect, it } from 'vitest'
import { createLogger, loggablePath } from './log'

function capture() {
  const lines: string[] = []
  const logger = createLogger({ write: (s: string) => void lines.push(s) }, 'info')
  return { logger, lines, text: () => lines.join('') }
}

// Values that must never appear in a log line, whatever field they arrive in.
const SECRETS = ['hunter2-correct-horse', 'tok_live_9f8e7d6c5b4a', 'iron-session-sealed-cookie-value', 'Bearer abc.def.ghi', 'argon2id$v=19$m=65536']

describe('logs', () => {
  it('redact passwords, tokens, cookies and secrets at the top level and one object down', () => {
    const { logger, text, lines } = capture()
    logger.warn({ email: 'a@example.org', password: SECRETS[0], token: SECRETS[1] }, 'sign-in failed')
    logger.info({ req: { headers: { cookie: SECRETS[2], authorization: SECRETS[3] } } }, 'request')
    logger.info({ user: { passwordHash: SECRETS[4], newPassword: SECRETS[0] }, input: { secret: SECRETS[1] } }, 'user change')
    expect(lines).toHaveLength(3)
    for (const s of SECRETS) expect(text()).not.toContain(s)
    const first = JSON.parse(lines[0]!)
    expect(first).toMatchObject({ email: 'a@example.org', password: '[redacted]', token: '[redacted]', msg: 'sign-in failed', level: 40 })
  })

  it('write request paths with the values of sensitive parameters replaced and the rest kept', () => {
    expect(loggablePath('/login?next=%2Fadmin&email=a%40b.org')).toBe('/login?next=[redacted]&email=[redacted]')
    expect(loggablePath('/api/v1/agreements?state=TX&token=abc&password=x')).toBe('/api/v1/agreements?state=TX&token=[redacted]&password=[redacted]')
    expect(loggablePath('/agreements')).toBe('/agreements')
    expect(loggablePath(`/search?q=${'a'.repeat(500)}`)).toBe(`/search?q=${'a'.repeat(100)}`)
  })
})
