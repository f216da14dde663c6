import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db'
import { emptyDb } from '../test/empty-db'

// Pairs of consecutive ICE lists (prisma/data/ice-history, MANIFEST.tsv) in which ICE fixed agencies' spellings. The
// rows are read from the workbooks by hand: name, sheet row and signing date in the earlier and the later file.
const JULY = { before: 'participatingAgencies07182025pm.xlsx', after: 'participatingAgencies07232025pm.xlsx', asOf: ['2025-07-18', '2025-07-23'] }
const MARCH = { before: 'participatingAgencies-20250309031339.xlsx', after: 'participatingAgencies-20250317231040.xlsx', asOf: ['2025-03-09', '2025-03-17'] }

const JULY_RENAMES = [
  { state: 'FL', from: 'Alachua Police Departent', fromRow: 52, to: 'Alachua Police Department', toRow: 55, signedOn: '2025-07-02' },
  { state: 'PA', from: 'Coolspring Township Constbales Office', fromRow: 576, to: "Coolspring Township Constable's Office", toRow: 585, signedOn: '2025-07-18' },
  { state: 'PA', from: "Greene Township Constables's Office", fromRow: 582, to: "Greene Township Constable's Office", toRow: 591, signedOn: '2025-07-15' },
  { state: 'PA', from: 'South Pymathuning TWP State Constable', fromRow: 597, to: 'South Pymatuning TWP State Constable', toRow: 606, signedOn: '2025-07-15' },
]
const MARCH_RENAMES = [
  { state: 'AK', from: 'Department of Corrections', to: 'Alaska Department of Corrections', model: 'warrant_service_officer', signedOn: '2020-07-24' },
  { state: 'MT', from: 'MT Dept of Justice', to: 'Montana Department of Justice', model: 'task_force', signedOn: '2025-03-05' },
  { state: 'TX', from: 'Office of the Attorney General', to: 'Texas Office of the Attorney General', model: 'task_force', signedOn: '2025-01-30' },
  { state: 'VA', from: 'Department of Corrections', to: 'Virginia Department of Corrections', model: 'jail_enforcement', signedOn: '2025-02-28' },
  { state: 'VA', from: 'Department of State Police', to: 'Virginia Department of State Police', model: 'task_force', signedOn: '2025-02-28' },
  { state: 'FL', from: 'Gulf County BOCC', to: 'Gulf County Board of County Commissioners', model: 'warrant_service_officer', signedOn: '2025-02-26' },
  { state: 'FL', from: 'Pasco County BOCC', to: 'Pasco County Board of County Commissioners', model: 'warrant_service_officer', signedOn: '2025-02-26' },
]

let db: Db
let load: Awaited<ReturnType<typeof emptyDb>>['load']
let cleanup = async () => {}

// An empty database: the renames are between two lists, with nothing else held.
beforeAll(async () => {
  ;({ db, load, cleanup } = await emptyDb())
}, 180_000)
afterAll(() => cleanup())

async function clear() {
  for (const t of ['ListEntry', 'SourceList', 'PresenceInterval', 'StatusPeriod', 'AgreementEvent', 'Agreement', 'AgencyName', 'Agency', 'ListVersion', 'MergeCandidate', 'AuditLog'])
    await db.$executeRawUnsafe(`DELETE FROM "${t}"`)
}

async function agencyOf(state: string, name: string) {
  return db.agency.findFirst({ where: { state, names: { some: { name } } }, select: { id: true, name: true, names: { select: { name: true, firstSeenOn: true, lastSeenOn: true } }, agreements: { select: { id: true, model: true, signedOn: true } } } })
}

describe('ICE fixes a spelling (Alachua Police Departent → Department, 2025-07-18 → 2025-07-23)', () => {
  it('previews the four fixes as renames, not as removals and additions', async () => {
    await load('participating', JULY.before, JULY.asOf[0]!)
    const [preview] = await load('participating', JULY.after, JULY.asOf[1]!, true)
    expect(preview!.counts.renamed).toBe(4)
    expect(preview!.examples.renamed.map((e) => [e.state, e.agency, e.rowNumber]).sort()).toEqual(JULY_RENAMES.map((r) => [r.state, r.to, r.toRow]).sort())
    expect(preview!.examples.removed.map((e) => e.agency)).not.toEqual(expect.arrayContaining(['Alachua Police Departent']))
    expect(preview!.examples.added.map((e) => e.agency)).not.toEqual(expect.arrayContaining(['Alachua Police Department']))
  })

  it('keeps one agency and one agreement, with both spellings and their dates', async () => {
    await load('participating', JULY.after, JULY.asOf[1]!)
    for (const r of JULY_RENAMES) {
      const a = await agencyOf(r.state, r.to)
      expect(a, r.to).not.toBeNull()
      expect(a!.name).toBe(r.to)
      expect(a!.names.map((n) => [n.name, n.firstSeenOn, n.lastSeenOn]).sort()).toEqual([[r.from, JULY.asOf[0], JULY.asOf[0]], [r.to, JULY.asOf[1], JULY.asOf[1]]].sort())
      expect(a!.agreements).toEqual([{ id: expect.any(Number), model: 'task_force', signedOn: r.signedOn }])
      const intervals = await db.presenceInterval.findMany({ where: { agreementId: a!.agreements[0]!.id, series: 'listed' }, select: { startOn: true, endOn: true, firstRow: true, lastRow: true } })
      expect(intervals).toEqual([{ startOn: JULY.asOf[0], endOn: JULY.asOf[1], firstRow: r.fromRow, lastRow: r.toRow }])
      expect(await db.agreementEvent.count({ where: { agreementId: a!.agreements[0]!.id, kind: 'removed' } })).toBe(0)
    }
    expect(await db.agency.count({ where: { names: { some: { name: 'Alachua Police Departent' } } } })).toBe(1)
  })
})

describe('ICE adds the state to state agencies and spells out BOCC (2025-03-09 → 2025-03-17)', () => {
  beforeAll(async () => {
    await clear()
    await load('participating', MARCH.before, MARCH.asOf[0]!)
    await load('participating', MARCH.after, MARCH.asOf[1]!)
  }, 120_000)

  it('continues each agreement under its new spelling', async () => {
    for (const r of MARCH_RENAMES) {
      const a = await agencyOf(r.state, r.to)
      expect(a?.names.map((n) => n.name).sort(), `${r.state} ${r.to}`).toEqual([r.from, r.to].sort())
      expect(a!.agreements.filter((g) => g.model === r.model)).toEqual([{ id: expect.any(Number), model: r.model, signedOn: r.signedOn }])
    }
  })

  it('queues for review a pair whose names share only the county (Pasco County BOCC task force → Pasco County Sheriff\'s Office)', async () => {
    const candidates = await db.mergeCandidate.findMany({ select: { state: true, fromAgencyId: true, intoAgencyId: true, status: true, reason: true } })
    const names = await Promise.all(candidates.map(async (c) => [c.state, (await db.agency.findUnique({ where: { id: c.fromAgencyId } }))?.name, (await db.agency.findUnique({ where: { id: c.intoAgencyId } }))?.name, c.status]))
    expect(names).toContainEqual(['FL', "Pasco County Sheriff's Office", 'Pasco County Board of County Commissioners', 'open'])
    // The Board's own task force agreement left the list; it is not merged into the Sheriff's without an editor.
    const sheriff = await agencyOf('FL', "Pasco County Sheriff's Office")
    expect(sheriff!.names.map((n) => n.name)).toEqual(["Pasco County Sheriff's Office"])
  })
})

describe('a spelling fix whose new spelling is held already (Alachua Police Department, pending since 2025-03-27)', () => {
  beforeAll(async () => {
    await clear()
    await load('pending', 'pendingAgencies-20250327140009.xlsx', '2025-03-27')
    await load('participating', JULY.before, JULY.asOf[0]!)
    await load('participating', JULY.after, JULY.asOf[1]!)
  }, 120_000)

  it('merges the two records: one agency, one agreement, pending then listed, never removed', async () => {
    const agencies = await db.agency.findMany({ where: { state: 'FL', names: { some: { name: { startsWith: 'Alachua Police Depar' } } } }, select: { id: true, name: true, names: { select: { name: true } }, agreements: { select: { id: true } } } })
    expect(agencies).toHaveLength(1)
    expect(agencies[0]!.name).toBe('Alachua Police Department')
    expect(agencies[0]!.names.map((n) => n.name).sort()).toEqual(['Alachua Police Departent', 'Alachua Police Department'])
    expect(agencies[0]!.agreements).toHaveLength(1)
    const id = agencies[0]!.agreements[0]!.id
    const intervals = await db.presenceInterval.findMany({ where: { agreementId: id }, select: { series: true, startOn: true, endOn: true }, orderBy: { startOn: 'asc' } })
    expect(intervals).toEqual([{ series: 'pending', startOn: '2025-03-27', endOn: '2025-03-27' }, { series: 'listed', startOn: JULY.asOf[0], endOn: JULY.asOf[1] }])
    expect(await db.agreementEvent.count({ where: { agreementId: id, kind: 'removed' } })).toBe(0)
    expect(await db.auditLog.count({ where: { action: 'merge', recordType: 'Agency', recordId: String(agencies[0]!.id), channel: 'import' } })).toBe(1)
  })
})
