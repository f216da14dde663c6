import type { Tx } from '../db.ts'
import type { Actor } from '../audit.ts'
import { mergeAgencies } from '../agencies/merge.ts'

/**
 * Pairs the import could not decide alone (lib/import/renames.ts queued them for /admin/merges) that the team reviewed
 * and found to be one agency under two of ICE's spellings: the same model and signing date, one name leaving a list as
 * the other appears (`npm run report:identity` lists them). Each merge is audited with its reason. Pairs where ICE moved
 * an agreement between two real bodies (a sheriff's office and a county board or jail, a sheriff and a county attorney)
 * are not here: they stay in the queue for an editor. docs/decisions/0013-agency-identity.md.
 */
export const IDENTITY_DECISIONS: { state: string; from: string; into: string; reason: string }[] = [
  { state: 'IN', from: 'Green Forks Police Department', into: 'Greens Fork Police Department', reason: 'The town is Greens Fork, Indiana; one task-force agreement signed 2025-04-10 that ICE printed under both spellings in turn (2025-08-07 to 2025-09-09).' },
  { state: 'NC', from: 'Brookfield Police Department', into: 'Brookford Police Department', reason: 'The town is Brookford (Catawba County); one task-force agreement signed 2025-09-09, respelled on 2025-09-15.' },
  { state: 'KS', from: "Lyon's County Sheriff's Office", into: "Lyon County Sheriff's Office", reason: 'Lyon County, Kansas; one warrant-service agreement signed 2025-12-02, respelled on 2025-12-29.' },
  { state: 'MO', from: "Pettis County Sheriff's Department", into: "Pettis County Sheriff's Office", reason: "One jail-enforcement agreement signed 2025-08-28, listed under both names of the county sheriff's office." },
  { state: 'FL', from: 'Office of Agricultural Law Enforcement', into: 'Florida Department of Agriculture', reason: "The Office of Agricultural Law Enforcement is the Florida Department of Agriculture and Consumer Services' law-enforcement office; one task-force agreement signed 2025-06-11, printed under either name from 2025-08-01 to 2025-08-11." },
  { state: 'FL', from: 'Gulf County Board of County Commissioners /Detention Facility', into: 'Gulf County Board of County Commissioners', reason: "One warrant-service agreement signed 2025-02-26; ICE appended and removed the board's detention facility in turn (2025-08-01 to 2025-08-11)." },
  { state: 'FL', from: 'Pasco County Board of County Commissioners/ Pasco County Corrections', into: 'Pasco County Board of County Commissioners', reason: "One warrant-service agreement signed 2025-02-26; ICE appended and removed the board's corrections department in turn (2025-08-01 to 2025-08-11)." },
  { state: 'FL', from: 'Escambia County Board of County Commissioners/ Department of Corrections', into: 'Escambia County Board of County Commissioners', reason: "One warrant-service agreement signed 2025-02-26; ICE appended and removed the board's department of corrections in turn (2025-08-01 to 2025-08-11)." },
  { state: 'FL', from: 'Okaloosa County Board of County Commissioners/ Department of Corrections', into: 'Okaloosa County Board of County Commissioners', reason: "One warrant-service agreement signed 2025-02-26; ICE appended and removed the board's department of corrections in turn (2025-08-01 to 2025-08-11)." },
]

async function agencyNamed(tx: Tx, state: string, name: string): Promise<number | null> {
  const hit = await tx.agencyName.findFirst({ where: { name, agency: { state } }, select: { agencyId: true } })
  return hit?.agencyId ?? (await tx.agency.findFirst({ where: { state, name }, select: { id: true } }))?.id ?? null
}

/** Applies the reviewed decisions not yet applied; the caller rebuilds the lifecycle afterwards. Returns how many merged. */
export async function applyIdentityDecisions(tx: Tx, who: Actor): Promise<number> {
  let merged = 0
  for (const d of IDENTITY_DECISIONS) {
    const [from, into] = [await agencyNamed(tx, d.state, d.from), await agencyNamed(tx, d.state, d.into)]
    if (from === null || into === null) throw new Error(`Identity decision ${d.state} “${d.from}” → “${d.into}”: no agency of that name is held`)
    if (from === into) continue
    const res = await mergeAgencies(tx, from, into, who, { reason: `Reviewed identity decision: ${d.reason}`, rebuild: false })
    if (res.kind === 'invalid') throw new Error(`Identity decision ${d.state} “${d.from}” → “${d.into}”: ${res.message}`)
    merged += 1
  }
  return merged
}
