'use server'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { db } from '../db.ts'
import { failedMessage, lockedMessage, loginGate, loginKey, recordLoginAttempt } from './lockout.ts'
import { dummyHash, verifyPassword } from './passwords.ts'
import { getSession } from './session.ts'

export interface SignInState {
  errors?: { email?: string[]; password?: string[] }
  message?: string
}

const SignInSchema = z.object({
  email: z.string().trim().toLowerCase().email('Enter the e-mail address of your account.'),
  password: z.string().min(1, 'Enter your password.').max(200),
  next: z.string().optional(),
})

/** Only same-site paths, so the sign-in form cannot be used as an open redirect. */
function safeNext(next: string | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/admin'
}

// Public by design: this is how a visitor becomes a user. Guarded by the lockout instead.
export async function signIn(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = SignInSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: 'Check the highlighted fields.' }
  const { email, password } = parsed.data
  const key = loginKey(email)
  const gate = await loginGate(db, key)
  if (gate.lockedUntil) return { message: lockedMessage(gate.lockedUntil) }
  if (gate.delayMs) await new Promise((r) => setTimeout(r, gate.delayMs))
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, role: true, passwordHash: true, disabledAt: true } })
  const ok = (await verifyPassword(user?.passwordHash ?? (await dummyHash()), password)) && !!user && !user.disabledAt
  await recordLoginAttempt(db, key, ok)
  if (!ok || !user) {
    const after = await loginGate(db, key)
    return { message: after.lockedUntil ? lockedMessage(after.lockedUntil) : failedMessage(after.failures) }
  }
  const session = await getSession()
  session.userId = user.id
  session.email = user.email
  session.role = user.role as 'admin' | 'editor'
  session.issuedAt = Date.now()
  await session.save()
  redirect(safeNext(parsed.data.next))
}

// Public by design: it only ends the caller's own session.
export async function signOut(): Promise<void> {
  const session = await getSession()
  session.destroy()
  redirect('/')
}
