import 'server-only'
import { AGREEMENT_MODELS, type AgreementModel } from '../agreements/schema.ts'
import { db } from '../db.ts'
import { basisAt, type Basis } from './basis.ts'

const activeOn = (d: string) => ({ status: 'active', startOn: { lte: d }, OR: [{ endOn: null }, { endOn: { gt: d } }] })

/** The date of ICE's newest participating list or roster held: nothing after it is known yet. */
export async function newestListDate(): Promise<string | null> {
  const newest = await db.sourceList.findFirst({ where: { kind: { in: ['participating', 'roster'] } }, select: { asOf: true }, orderBy: { asOf: 'desc' } })
  return newest?.asOf ?? null
}

export interface Layer287g {
  basis: Basis
  /** County FIPS → the models of the agreements active there on the as-of date. */
  byCounty: Record<string, AgreementModel[]>
}

/** The 287(g) layer on a date, or null when no ICE list held covers it (unknown, not zero). */
export async function layer287g(asOf: string): Promise<Layer287g | null> {
  const basis = await basisAt(asOf)
  if (!basis) return null
  const rows = await db.statusPeriod.findMany({
    where: { ...activeOn(asOf), agreement: { agency: { countyFips: { not: null } } } },
    select: { model: true, agreement: { select: { agency: { select: { countyFips: true } } } } },
  })
  const byCounty: Record<string, AgreementModel[]> = {}
  for (const r of rows) {
    const fips = r.agreement.agency.countyFips!
    const models = (byCounty[fips] ??= [])
    if (!models.includes(r.model as AgreementModel)) models.push(r.model as AgreementModel)
  }
  for (const models of Object.values(byCounty)) models.sort((a, b) => AGREEMENT_MODELS.indexOf(a) - AGREEMENT_MODELS.indexOf(b))
  return { basis, byCounty }
}

export interface AgencyPeriods {
  id: number
  name: string
  state: string
  agreements: { id: number; model: string; spans: { start: string; end: string | null }[]; activeOnAsOf: boolean }[]
}

function group(rows: { agreementId: number; model: string; startOn: string; endOn: string | null; agreement: { agency: { id: number; name: string; state: string } } }[], asOf: string): AgencyPeriods[] {
  const out = new Map<number, AgencyPeriods>()
  for (const r of rows) {
    const a = r.agreement.agency
    const view = out.get(a.id) ?? { id: a.id, name: a.name, state: a.state, agreements: [] }
    let g = view.agreements.find((x) => x.id === r.agreementId)
    if (!g) view.agreements.push((g = { id: r.agreementId, model: r.model, spans: [], activeOnAsOf: false }))
    g.spans.push({ start: r.startOn, end: r.endOn })
    if (r.startOn <= asOf && (r.endOn === null || r.endOn > asOf)) g.activeOnAsOf = true
    out.set(a.id, view)
  }
  return [...out.values()]
}

const periodSelect = {
  agreementId: true, model: true, startOn: true, endOn: true,
  agreement: { select: { agency: { select: { id: true, name: true, state: true } } } },
} as const

/** Every agency located in one county, with the periods its agreements were on ICE's lists. */
export async function countyAgencies(fips: string, asOf: string): Promise<AgencyPeriods[]> {
  const rows = await db.statusPeriod.findMany({
    where: { status: 'active', agreement: { agency: { countyFips: fips } } },
    select: periodSelect,
    orderBy: [{ agreementId: 'asc' }, { startOn: 'asc' }],
  })
  return group(rows, asOf)
}

/** Agencies tied to no single county (state agencies, some city forces) with an agreement active on the date. */
export async function agenciesWithoutCounty(asOf: string): Promise<{ id: number; name: string; state: string }[]> {
  const rows = await db.statusPeriod.findMany({
    where: { ...activeOn(asOf), agreement: { agency: { countyFips: null } } },
    select: periodSelect,
  })
  return group(rows, asOf)
    .map(({ id, name, state }) => ({ id, name, state }))
    .sort((a, b) => a.state.localeCompare(b.state) || a.name.localeCompare(b.name))
}
