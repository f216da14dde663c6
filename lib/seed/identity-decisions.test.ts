import { describe, expect, it } from 'vitest'
import { db } from '../db'
import { findPhantomRemovals } from '../import/phantom-removals'

// The removals-with-a-twin since 2025 that remain after the reviewed merges: ICE moved each agreement between two real
// bodies (or a sheriff and a county attorney, a police department and a county sheriff), which an editor decides in
// /admin/merges. Read off ICE's lists (`npm run report:identity`), one line per pair: end of the old run, old name → new name.
const LEFT_FOR_EDITORS = [
  "2025-03-03 Gulf County BOCC → Gulf County Sheriff's Office",
  "2025-03-09 Pasco County BOCC → Pasco County Sheriff's Office",
  '2025-05-19 University of West Florida Board of Trustees → University of West Florida Police Department',
  '2025-05-28 Tennessee Department of Safety and Homeland Security / THP → Tennessee Department of Safety and Homeland Security',
  "2025-07-01 Okaloosa County Sheriff's Office → Okaloosa County Department of Corrections",
  "2025-07-15 Escambia County Sheriff's Office → Escambia County Board of County Commissioners",
  '2025-07-15 Okaloosa County Corrections → Okaloosa County Board of County Commissioners',
  '2025-08-01 Franklin County Sheriffs Office → County of Franklin / Franklin County Jail',
  '2025-08-02 County of Franklin / Franklin County Jail → Franklin County Sheriffs Office',
  '2025-08-11 Franklin County Sheriffs Office → County of Franklin / Franklin County Jail',
  "2025-09-08 Pinal County Sheriff's Office → Pinal County Attorney's Office",
  "2025-09-30 Cambria County Sheriff's Office → Cambria County Prison",
  "2026-04-13 Haskell Police Department → Haskell County Sheriff's Office",
]

describe('the reviewed identity decisions the seed applies', () => {
  it('leave only the removals an editor has to decide', async () => {
    const found = await findPhantomRemovals(db, '2025-01-01')
    expect(found.map((p) => `${p.endedOn} ${p.old.name} → ${p.new.name}`).sort()).toEqual([...LEFT_FOR_EDITORS].sort())
  })

  it('keep one agreement under both spellings, and its audit names the reason', async () => {
    const agency = await db.agency.findFirstOrThrow({ where: { state: 'IN', names: { some: { name: 'Green Forks Police Department' } } }, select: { id: true, names: { select: { name: true } }, agreements: { select: { model: true, signedOn: true, firstListedOn: true } } } })
    // ICE's three spellings: Green Forks (from 2025-04-28), Greens Forks (2025-07-09 to 07-11), Greens Fork.
    expect(agency.names.map((n) => n.name).sort()).toEqual(['Green Forks Police Department', 'Greens Fork Police Department', 'Greens Forks Police Department'])
    // MANIFEST.tsv: first listed in participatingAgencies04282025am.xlsx (2025-04-28); on every list since.
    expect(agency.agreements).toEqual([{ model: 'task_force', signedOn: '2025-04-10', firstListedOn: '2025-04-28' }])
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'merge', recordType: 'Agency', recordId: String(agency.id) }, select: { actor: true, reason: true } })
    expect(audit.actor).toBe('seed')
    expect(audit.reason).toMatch(/Greens Fork, Indiana/)
  })
})
