'use server'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { db } from '../db.ts'
import { formActor, invalid } from '../admin/action-utils.ts'
import type { FormState } from '../admin/fields.ts'
import { addressHash, clientAddress } from './client-address.ts'
import { currentUser } from './guard.ts'
import { reserveSignIn, signInFailed, waitMessage } from './limits.ts'
import { verifyPassword } from './passwords.ts'
import { safeNext } from './safe-next.ts'
import { ChangePasswordSchema } from './schema.ts'
import { getSession } from './session.ts'
import { changeOwnPassword } from './users.ts'
import { invalidateAfter } from '../cache/tags.ts'

/** Any signed-in user, including one who must replace a temporary password. The current password is checked under the sign-in limits. */
export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await currentUser()
  if (!user) redirect('/login?next=%2Faccount%2Fpassword')
  const parsed = ChangePasswordSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return invalid(parsed.error)
  const request = await headers()
  const ipHash = addressHash(clientAddress(request))
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, signInEpoch: true } })
  const subject = { email: user.email, epoch: row.signInEpoch, ipHash }
  const wait = await reserveSignIn(db, subject)
  if (wait) return { message: waitMessage(wait) }
  if (!(await verifyPassword(row.passwordHash, parsed.data.current))) {
    await signInFailed(subject)
    return { errors: { current: ['This is not your current password.'] }, message: 'Nothing was changed.' }
  }
  const sessionId = await changeOwnPassword(db, user.id, parsed.data.password, formActor(user, 'Changed own password in /account/password'), { userAgent: request.get('user-agent'), ipHash })
  const session = await getSession()
  session.sessionId = sessionId
  await session.save()
  await invalidateAfter({ kind: 'audited' })
  redirect(safeNext(parsed.data.next))
}
