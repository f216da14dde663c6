import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const SECRET_FILE = path.resolve('data/session-secret')
let cached: string | undefined

/**
 * SESSION_SECRET when set (≥ 32 characters, checked by lib/env.ts). Without it, a random secret
 * is created once in data/session-secret (mode 600) and reused, so `npm start` works out of the
 * box without a secret ever being written in the code or the repository.
 */
export function sessionSecret(): string {
  if (cached) return cached
  const fromEnv = process.env.SESSION_SECRET
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('SESSION_SECRET must be at least 32 characters long.')
    return (cached = fromEnv)
  }
  if (existsSync(SECRET_FILE)) {
    const stored = readFileSync(SECRET_FILE, 'utf8').trim()
    if (stored.length >= 32) return (cached = stored)
  }
  mkdirSync(path.dirname(SECRET_FILE), { recursive: true })
  const created = randomBytes(32).toString('base64url')
  try {
    writeFileSync(SECRET_FILE, created, { mode: 0o600, flag: 'wx' })
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    return (cached = readFileSync(SECRET_FILE, 'utf8').trim())
  }
  chmodSync(SECRET_FILE, 0o600)
  return (cached = created)
}
