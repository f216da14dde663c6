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
    db.sourceList.findMany({ where: { kind: 'roster', versionId: { not: null } }, select: { id: true, asOf: true, caption: true, versionId: true }, orderBy: [{ asOf: 'asc' }, { dayOrder: 'asc' }] }),
    db.listEntry.findMany({ where: { version: { kind: 'roster' }, agency: { state: code } }, select: { versionId: true, model: true, agency: { select: { id: true, name: true } } } }),
  ])
  if (entries.length === 0) return []
  const byVersion = new Map<number | null, typeof entries>()
  for (const e of entries) {
    const rows = byVersion.get(e.versionId)
    if (rows) rows.push(e)
    else byVersion.set(e.versionId, [e])
  }
  const rows: { listId: number; asOf: string; until: string; captures: number; caption: string | null; total: number; task_force: number; jail_enforcement: number; left: { id: number; name: string }[] }[] = []
  let previous = new Map<number, string>()
  let previousKey = ''
  for (const l of lists) {
    const present = byVersion.get(l.versionId) ?? []
    // A capture that lists the state's agencies exactly as the one before (ICE changed other states) extends that row.
    const key = present.map((e) => `${e.agency.id}:${e.model}`).sort().join(',')
    const last = rows.at(-1)
    if (last && key === previousKey) {
      last.until = l.asOf
      last.captures += 1
      continue
    }
    const ids = new Map(present.map((e) => [e.agency.id, e.agency.name]))
    const left = [...previous.entries()].filter(([id]) => !ids.has(id)).map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name))
    const count = (m: AgreementModel) => present.filter((e) => e.model === m).length
    rows.push({ listId: l.id, asOf: l.asOf, until: l.asOf, captures: 1, caption: l.caption, total: present.length, task_force: count('task_force'), jail_enforcement: count('jail_enforcement'), left })
    previous = ids
    previousKey = key
  }
  return rows
}
export type RosterHistory = Awaited<ReturnType<typeof stateRosterHistory>>
