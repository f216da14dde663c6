import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../db'
import { expiredTags } from '../test/next-cache-stub'
import { invalidateAfter } from './tags'

// Galveston County Sheriff's Office is in Texas on every ICE list that prints it.
async function galveston() {
  const agency = await db.agency.findFirstOrThrow({ where: { name: "Galveston County Sheriff's Office", state: 'TX' }, select: { id: true, agreements: { select: { id: true }, take: 1 } } })
  return { agencyId: agency.id, agreementId: agency.agreements[0]!.id }
}

const expired = () => expiredTags.map((e) => e.tag)

describe('invalidateAfter: what each write makes stale', () => {
  beforeEach(() => {
    expiredTags.length = 0
  })

  it('an agreement edit expires the national reads, its state, its agency and the newest-change date, at once', async () => {
    const { agencyId, agreementId } = await galveston()
    await invalidateAfter({ kind: 'agreement', agreementId })
    expect(expired().sort()).toEqual(['agency:' + agencyId, 'national', 'state:TX', 'updated'].sort())
    // expire: 0, not a stale-while-revalidate window: the next request reads the database.
    expect(expiredTags.every((e) => JSON.stringify(e.profile) === '{"expire":0}')).toBe(true)
  })

  it('a revert or cleared correction of an agreement expires what an edit of it does', async () => {
    const { agencyId, agreementId } = await galveston()
    await invalidateAfter({ kind: 'record', recordType: 'Agreement', recordId: agreementId })
    expect(expired().sort()).toEqual(['agency:' + agencyId, 'national', 'state:TX', 'updated'].sort())
  })

  it('an agency edit or a merge expires every state and agency page, not only its own', async () => {
    await invalidateAfter({ kind: 'agency' })
    await invalidateAfter({ kind: 'merge' })
    expect(expired()).toEqual(['national', 'states', 'agencies', 'updated', 'national', 'states', 'agencies', 'updated'])
  })

  it('imports, policy events, county activations and writes of unknown records expire everything', async () => {
    for (const write of [{ kind: 'import' }, { kind: 'policy' }, { kind: 'county' }, { kind: 'record', recordType: 'PolicyEvent', recordId: 1 }, { kind: 'agreement', agreementId: 2 ** 31 - 1 }] as const)
      await invalidateAfter(write)
    expect(expired()).toEqual(['tracker', 'tracker', 'tracker', 'tracker', 'tracker'])
  })

  it('a write no public figure shows (users, a rejected suggestion) moves only the newest-change date', async () => {
    await invalidateAfter({ kind: 'audited' })
    expect(expired()).toEqual(['updated'])
  })
})
