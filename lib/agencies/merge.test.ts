import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db'
import { emptyDb } from '../test/empty-db'

// ICE's lists of 2025-08-01 (pm), 2025-08-02 (pm) and 2025-08-04 (pm): on 08-02 Waukesha County's jail agreement is
// printed as "Sheriff's Department" (row 944) while its warrant-service agreement stays under "Sheriff's Office" (row
// 945), and Franklin County's warrant-service agreement moves from "Franklin County Sheriffs Office" to "County of
// Franklin / Franklin County Jail"; on 08-04 both are back to their 08-01 spellings. Both pairs wait for an editor.
const FILES = [['participatingAgencies08012025pm.xlsx', '2025-08-01'], ['participatingAgencies08022025pm.xlsx', '2025-08-02'], ['participatingAgencies08042025pm.xlsx', '2025-08-04']] as const
const editor = { actor: 'editor@test.invalid', channel: 'form' as const }
const meta = { source: 'ICE participating lists of 2025-08-01 and 2025-08-02', reason: 'Same sheriff, spelt two ways by ICE' }

let db: Db
let load: Awaited<ReturnType<typeof emptyDb>>['load']
let cleanup = async () => {}
let acceptedId = 0
let decide: typeof import('../admin/merge-decide').decideMergeCandidate

beforeAll(async () => {
  ;({ db, load, cleanup } = await emptyDb())
  decide = (await import('../admin/merge-decide')).decideMergeCandidate
  await load('participating', FILES[0][0], FILES[0][1])
  await load('participating', FILES[1][0], FILES[1][1])
}, 240_000)
afterAll(() => cleanup())

const agencies = (state: string, prefix: string) =>
  db.agency.findMany({ where: { state, names: { some: { name: { startsWith: prefix } } } }, select: { id: true, name: true, names: { select: { name: true } }, agreements: { select: { id: true, model: true, signedOn: true } } }, orderBy: { id: 'asc' } })

async function candidateFor(state: string, ...prefixes: string[]) {
  const ids = (await Promise.all(prefixes.map((p) => agencies(state, p)))).flat().map((a) => a.id)
  return db.mergeCandidate.findFirstOrThrow({ where: { fromAgencyId: { in: ids }, intoAgencyId: { in: ids } } })
}

describe('accepting a merge candidate', () => {
  it('queues both pairs, once each', async () => {
    expect((await agencies('WI', 'Waukesha County Sheriff')).map((a) => a.names.map((n) => n.name))).toEqual([["Waukesha County Sheriff's Office"], ["Waukesha County Sheriff's Department"]])
    expect((await candidateFor('WI', 'Waukesha County Sheriff')).status).toBe('open')
    expect((await candidateFor('PA', 'Franklin County Sheriffs Office', 'County of Franklin')).status).toBe('open')
  })

  it('makes one agency of the two, with one jail agreement, both spellings, all rows, corrections and history', async () => {
    const [office, department] = await agencies('WI', 'Waukesha County Sheriff')
    const suggestion = await db.correctionSuggestion.create({ data: { publicId: 'merge-test-0001', recordType: 'Agency', recordId: String(department!.id), text: 'The name is misspelt on ICE\'s list', clientHash: 'x' } })
    const c = await candidateFor('WI', 'Waukesha County Sheriff')
    acceptedId = c.id
    const res = await decide(db, { id: c.id, decision: 'accept', ...meta }, editor)
    expect(res).toMatchObject({ kind: 'ok', status: 'accepted', merge: { kind: 'ok', intoAgencyId: office!.id } })

    const [merged, ...rest] = await agencies('WI', 'Waukesha County Sheriff')
    expect(rest).toEqual([])
    expect(merged!.id).toBe(office!.id)
    expect(merged!.names.map((n) => n.name).sort()).toEqual(["Waukesha County Sheriff's Department", "Waukesha County Sheriff's Office"])
    expect(merged!.agreements.map((a) => [a.model, a.signedOn]).sort()).toEqual([['jail_enforcement', '2020-06-10'], ['warrant_service_officer', '2025-05-13']])
    expect(await db.listEntry.count({ where: { agencyId: department!.id } })).toBe(0)
    expect(await db.listEntry.count({ where: { agencyId: office!.id, agencyRaw: { startsWith: 'Waukesha' } } })).toBe(4)
    expect((await db.correctionSuggestion.findUniqueOrThrow({ where: { id: suggestion.id } })).recordId).toBe(String(office!.id))
    expect((await db.mergeCandidate.findUniqueOrThrow({ where: { id: c.id } })).status).toBe('accepted')
    expect(await db.auditLog.count({ where: { action: 'merge', recordType: 'Agency', recordId: String(office!.id), actor: editor.actor } })).toBe(1)
    expect(await db.auditLog.count({ where: { action: 'accept', recordType: 'MergeCandidate', recordId: String(c.id) } })).toBe(1)
  })

  it('keeps the jail agreement listed without a break when ICE flips back on 08-04', async () => {
    await load('participating', FILES[2][0], FILES[2][1])
    const [merged] = await agencies('WI', 'Waukesha County Sheriff')
    const jail = merged!.agreements.find((a) => a.model === 'jail_enforcement')!
    expect(await db.presenceInterval.findMany({ where: { agreementId: jail.id }, select: { startOn: true, endOn: true, captures: true } })).toEqual([{ startOn: '2025-08-01', endOn: '2025-08-04', captures: 3 }])
    expect(await db.agreementEvent.count({ where: { agreementId: jail.id, kind: 'removed' } })).toBe(0)
  })

  it('refuses a candidate already decided, changing nothing', async () => {
    const before = await db.auditLog.count()
    expect(await decide(db, { id: acceptedId, decision: 'reject', ...meta }, editor)).toEqual({ kind: 'invalid', message: 'This candidate was already accepted; nothing was changed.' })
    expect(await db.auditLog.count()).toBe(before)
  })
})

describe('rejecting a merge candidate', () => {
  it('keeps the two records apart, and ICE flipping back does not queue the pair again', async () => {
    const c = await candidateFor('PA', 'Franklin County Sheriffs Office', 'County of Franklin')
    const before = (await agencies('PA', 'County of Franklin')).length + (await agencies('PA', 'Franklin County Sheriffs Office')).length
    expect(await decide(db, { id: c.id, decision: 'reject', reason: 'The county jail is not the sheriff', source: 'ICE participating list of 2025-08-02' }, editor)).toMatchObject({ kind: 'ok', status: 'rejected' })
    expect((await agencies('PA', 'County of Franklin')).length + (await agencies('PA', 'Franklin County Sheriffs Office')).length).toBe(before)
    expect(await db.mergeCandidate.count({ where: { fromAgencyId: c.fromAgencyId, intoAgencyId: c.intoAgencyId } })).toBe(1)
    expect((await db.mergeCandidate.findUniqueOrThrow({ where: { id: c.id } })).status).toBe('rejected')
  })
})
