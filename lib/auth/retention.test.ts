import { describe, expect, it } from 'vitest'
import { db } from '../db'
import { pruneRetention } from './retention'
import { makeUser } from './testing'

const DAY = 24 * 3600 * 1000

describe('retention', () => {
  it('deletes sign-in attempts after 30 days, rejected suggestions 90 days after the decision, ended sessions after 30 days; keeps the rest', async () => {
    const now = new Date()
    const ago = (days: number) => new Date(now.getTime() - days * DAY)
    await db.loginAttempt.createMany({ data: [{ key: 'email:old@test.invalid', success: false, at: ago(31) }, { key: 'email:new@test.invalid', success: false, at: ago(29) }] })
    const suggestion = (publicId: string, status: string, decidedAt: Date | null) => ({ publicId, recordType: 'Agreement', recordId: '1', text: 'retention test', status, decidedAt, clientHash: 'x' })
    await db.correctionSuggestion.createMany({ data: [suggestion('ret-old-rejected', 'rejected', ago(91)), suggestion('ret-new-rejected', 'rejected', ago(89)), suggestion('ret-old-accepted', 'accepted', ago(400)), suggestion('ret-old-open', 'open', null)] })
    const u = await makeUser('editor')
    await db.session.createMany({ data: [
      { id: 'ret-expired', userId: u.id, expiresAt: ago(31), createdAt: ago(32), lastSeenAt: ago(32) },
      { id: 'ret-revoked', userId: u.id, expiresAt: ago(20), revokedAt: ago(31), createdAt: ago(32), lastSeenAt: ago(32) },
      { id: 'ret-recent', userId: u.id, expiresAt: ago(1), revokedAt: ago(2), createdAt: ago(3), lastSeenAt: ago(3) },
    ] })

    const res = await pruneRetention(db, { now, force: true })
    expect(res).toEqual({ loginAttempts: 1, rejectedSuggestions: 1, sessions: 2 })
    expect((await db.loginAttempt.findMany({ where: { key: { in: ['email:old@test.invalid', 'email:new@test.invalid'] } }, select: { key: true } })).map((r) => r.key)).toEqual(['email:new@test.invalid'])
    expect((await db.correctionSuggestion.findMany({ where: { publicId: { startsWith: 'ret-' } }, select: { publicId: true }, orderBy: { publicId: 'asc' } })).map((r) => r.publicId)).toEqual(['ret-new-rejected', 'ret-old-accepted', 'ret-old-open'])
    expect((await db.session.findMany({ where: { id: { startsWith: 'ret-' } }, select: { id: true } })).map((r) => r.id)).toEqual(['ret-recent'])
    expect(await pruneRetention(db, { now })).toBeNull()
  })
})
