import { hash, verify } from '@node-rs/argon2'

/** Argon2id with the library's defaults (OWASP-recommended memory and time costs). */
export function hashPassword(password: string): Promise<string> {
  return hash(password)
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

// Verifying against a real hash when the e-mail is unknown keeps the response time the same.
let dummy: Promise<string> | undefined
export function dummyHash(): Promise<string> {
  dummy ??= hash('not-a-real-password-only-for-timing')
  return dummy
}
