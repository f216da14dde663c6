'use server'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { db } from '../db.ts'
import { addressHash, clientAddress } from './client-address.ts'
import { loginKey, reserveSignIn, signInFailed, signInSucceeded, waitMessage } from './limits.ts'
import { dummyHash, verifyPassword } from './passwords.ts'
import { pruneRetention } from './retention.ts'
import { safeNext } from './safe-next.ts'
import { getSession } from './session.ts'
import { createSession, revokeSession } from './sessions.ts'

export interface SignInState {
  errors?: { email?: string[]; password?: string[] }
  message?: string
}

const SignInSchema = z.object({
  email: z.string().trim().toLowerCase().email('Enter the e-mail address of your account.'),
  password: z.string().min(1, 'Enter your password.').max(200),
  next: z.string().optional(),
})

// Public by design: this is how a visitor becomes a user. Guarded by per-address limits (lib/auth/limits.ts).
export async function signIn(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = SignInSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: 'Check the highlighted fields.' }
  const { email, password } = parsed.data
  const request = await headers()
  const ipHash = addressHash(clientAddress(request))
  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, disabledAt: true, signInEpoch: true, mustChangePassword: true } })
  const subject = { email, epoch: user?.signInEpoch ?? 0, ipHash }
  const wait = await reserveSignIn(db, subject)
  if (wait) return { message: waitMessage(wait) }
  const ok = (await verifyPassword(user?.passwordHash ?? (await dummyHash()), password)) && !!user && !user.disabledAt
  await db.loginAttempt.create({ data: { key: loginKey(email), ipHash, success: ok } })
  await pruneRetention(db)
  if (!ok || !user) {
    await signInFailed(subject)
    return { message: 'Wrong e-mail address or password.' }
  }
  await signInSucceeded(subject)
  const session = await getSession()
  session.sessionId = await createSession(db, user.id, { userAgent: request.get('user-agent'), ipHash })
  await session.save()
  const next = safeNext(parsed.data.next)
  redirect(user.mustChangePassword ? `/account/password?next=${encodeURIComponent(next)}` : next)
}

// Public by design: it only ends the caller's own session, in the database as well as the cookie.
export async function signOut(): Promise<void> {
  const session = await getSession()
  if (typeof session.sessionId === 'string') await revokeSession(db, session.sessionId)
  session.destroy()
  redirect('/')
}
