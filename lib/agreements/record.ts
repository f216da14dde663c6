import 'server-only'
import { db } from '../db.ts'
import { readLocks } from '../import/locks.ts'

/** One agreement as the edit form and GET /api/v1/agreements/:id show it (public data: recorded events, status, version for If-Match). */
export async function getAgreementRecord(id: number) {
  const a = await db.agreement.findUnique({
    where: { id },
    select: {
      id: true, version: true, model: true, signedOn: true, expiresOn: true, moaUrl: true, firstListedOn: true, lastListedOn: true, lockedFields: true,
      agency: { select: { id: true, name: true, state: true } },
      events: { where: { derived: false }, select: { id: true, kind: true, onDate: true, reason: true }, orderBy: { id: 'asc' } },
      periods: { where: { endOn: null }, select: { status: true }, take: 1 },
    },
  })
  if (!a) return null
  const { periods, lockedFields, ...rest } = a
  // Fields an editor corrected, which imports leave alone until an editor clears them.
  return { ...rest, lockedFields: readLocks(lockedFields), status: periods[0]?.status ?? null }
}
export type AgreementRecord = NonNullable<Awaited<ReturnType<typeof getAgreementRecord>>>
