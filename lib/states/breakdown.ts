import 'server-only'
import type { AgreementModel } from '../agreements/schema.ts'
import { db } from '../db.ts'
import type { StateCode } from '../states.ts'

export interface CountyCount { county: string; agreements: number; agencies: number }
export interface AgencyCount { id: number; name: string; county: string | null; agreements: number; models: AgreementModel[] }

/** A state's active agreements on `asOf` summarised by county and by agency, largest first, for a page that cannot list them all. */
export async function stateBreakdown(code: StateCode, asOf: string, top = 10) {
  const rows = await db.statusPeriod.findMany({
    where: { state: code, status: 'active', startOn: { lte: asOf }, OR: [{ endOn: null }, { endOn: { gt: asOf } }] },
    select: { model: true, agreement: { select: { agency: { select: { id: true, name: true, countyName: true } } } } },
  })
  const counties = new Map<string, { agreements: number; agencies: Set<number> }>()
  const agencies = new Map<number, AgencyCount>()
  let withoutCounty = 0
  for (const { model, agreement: { agency } } of rows) {
    const a = agencies.get(agency.id) ?? { id: agency.id, name: agency.name, county: agency.countyName, agreements: 0, models: [] }
    a.agreements += 1
    if (!a.models.includes(model as AgreementModel)) a.models.push(model as AgreementModel)
    agencies.set(agency.id, a)
    if (!agency.countyName) { withoutCounty += 1; continue }
    const c = counties.get(agency.countyName) ?? { agreements: 0, agencies: new Set<number>() }
    c.agreements += 1
    c.agencies.add(agency.id)
    counties.set(agency.countyName, c)
  }
  const byCounty: CountyCount[] = [...counties.entries()]
    .map(([county, c]) => ({ county, agreements: c.agreements, agencies: c.agencies.size }))
    .sort((a, b) => b.agreements - a.agreements || a.county.localeCompare(b.county))
  const byAgency = [...agencies.values()].sort((a, b) => b.agreements - a.agreements || a.name.localeCompare(b.name))
  return {
    agreements: rows.length,
    counties: byCounty.length,
    topCounties: byCounty.slice(0, top),
    withoutCounty,
    agencies: byAgency.length,
    topAgencies: byAgency.slice(0, top).map((a) => ({ ...a, models: a.models.sort() })),
  }
}
export type StateBreakdown = Awaited<ReturnType<typeof stateBreakdown>>

/** What ICE's 2010–2012 fact-sheet rosters list for a state: per roster, the agreements by the model ICE printed, and who left since the one before. */
export async function stateRosterHistory(code: StateCode) {
  const [lists, entries] = await Promise.all([
    db.sourceList.findMany({ where: { kind: 'roster' }, select: { id: true, asOf: true, caption: true }, orderBy: { asOf: 'asc' } }),
    db.listEntry.findMany({ where: { sourceList: { kind: 'roster' }, agency: { state: code } }, select: { sourceListId: true, model: true, agency: { select: { id: true, name: true } } } }),
  ])
  if (entries.length === 0) return []
  let previous = new Map<number, string>()
  return lists.map((l) => {
    const rows = entries.filter((e) => e.sourceListId === l.id)
    const present = new Map(rows.map((e) => [e.agency.id, e.agency.name]))
    const left = [...previous.entries()].filter(([id]) => !present.has(id)).map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name))
    previous = present
    const count = (m: AgreementModel) => rows.filter((e) => e.model === m).length
    return { listId: l.id, asOf: l.asOf, caption: l.caption, total: rows.length, task_force: count('task_force'), jail_enforcement: count('jail_enforcement'), left }
  })
}
export type RosterHistory = Awaited<ReturnType<typeof stateRosterHistory>>
