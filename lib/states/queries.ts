import 'server-only'
import { AGREEMENT_MODELS, type AgreementModel } from '../agreements/schema.ts'
import { db } from '../db.ts'
import { basisAt } from '../stats/basis.ts'
import { listChanges } from '../feeds/changes.ts'
import { STATES, type StateCode } from '../states.ts'

const TERRITORIES = new Set(['AS', 'GU', 'MP', 'PR', 'VI'])
const coversDate = (d: string) => ({ startOn: { lte: d }, OR: [{ endOn: null }, { endOn: { gt: d } }] })

export type ModelCounts = Record<AgreementModel, number>
const emptyCounts = (): ModelCounts => ({ task_force: 0, jail_enforcement: 0, warrant_service_officer: 0 })

/** Active agreements by state and model on `asOf`; null counts when no ICE list covers the date. */
export async function stateSummaries(asOf: string) {
  const [basis, rows, agencies] = await Promise.all([
    basisAt(asOf),
    db.statusPeriod.groupBy({ by: ['state', 'model'], where: { status: 'active', ...coversDate(asOf) }, _count: { _all: true } }),
    db.agency.groupBy({ by: ['state'], where: { agreements: { some: { periods: { some: { status: 'active', ...coversDate(asOf) } } } } }, _count: { _all: true } }),
  ])
  const counts = new Map<string, ModelCounts>()
  for (const r of rows) {
    const c = counts.get(r.state) ?? emptyCounts()
    c[r.model as AgreementModel] += r._count._all
    counts.set(r.state, c)
  }
  const agencyCounts = new Map(agencies.map((a) => [a.state, a._count._all]))
  const states = STATES.map(([code, name, fips]) => {
    const byModel = counts.get(code) ?? emptyCounts()
    return {
      code, name, fips, territory: TERRITORIES.has(code),
      total: AGREEMENT_MODELS.reduce((n, m) => n + byModel[m], 0),
      agencies: agencyCounts.get(code) ?? 0,
      ...byModel,
    }
  })
  return { asOf, basis, gap: !basis, states }
}
export type StateSummary = Awaited<ReturnType<typeof stateSummaries>>['states'][number]

export const AGENCIES_PER_PAGE = 50

/** Agencies of a state that hold or held an agreement, with the models ever listed: one page of them, by name. */
export async function stateAgencies(code: StateCode, asOf: string, page = 1) {
  const where = { state: code, agreements: { some: {} } }
  const [total, rows] = await db.$transaction([
    db.agency.count({ where }),
    db.agency.findMany({
      where,
      select: {
        id: true, name: true, type: true, countyName: true,
        agreements: { select: { model: true, periods: { where: { status: 'active', ...coversDate(asOf) }, select: { model: true } } } },
      },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      skip: (page - 1) * AGENCIES_PER_PAGE,
      take: AGENCIES_PER_PAGE,
    }),
  ])
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / AGENCIES_PER_PAGE)),
    rows: rows.map((a) => ({
      id: a.id, name: a.name, type: a.type, county: a.countyName,
      agreements: a.agreements.length,
      models: [...new Set(a.agreements.map((g) => g.model as AgreementModel))].sort(),
      activeModels: [...new Set(a.agreements.flatMap((g) => g.periods.map((p) => p.model as AgreementModel)))].sort(),
    })),
  }
}

/** Secure Communities activation of a state's counties (Census 2010 county equivalents). */
export async function stateSecureCommunities(code: StateCode) {
  const counties = await db.county.findMany({
    where: { state: code },
    select: { fips: true, name: true, scActivatedOn: true, scActivationMonth: true, scEffectiveOn: true },
    orderBy: { scEffectiveOn: 'asc' },
  })
  const activated = counties.filter((c) => c.scActivationMonth)
  const byMonth = new Map<string, number>()
  for (const c of activated) byMonth.set(c.scActivationMonth!, (byMonth.get(c.scActivationMonth!) ?? 0) + 1)
  const first = activated[0]
  const last = activated.at(-1)
  return {
    total: counties.length,
    activated: activated.length,
    first: first ? { date: first.scActivatedOn ?? first.scActivationMonth!, county: first.name } : null,
    last: last ? { date: last.scActivatedOn ?? last.scActivationMonth!, county: last.name } : null,
    byMonth: [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count })),
    notActivated: counties.filter((c) => !c.scActivationMonth).map((c) => c.name),
  }
}

/** Agreements active on `asOf` whose known expiration date is on or after it. */
export async function upcomingExpirations(filter: { states?: string[]; models?: string[] }, asOf: string) {
  const rows = await db.statusPeriod.findMany({
    where: {
      status: 'active', ...coversDate(asOf),
      ...(filter.states?.length && { state: { in: filter.states } }),
      ...(filter.models?.length && { model: { in: filter.models } }),
      agreement: { expiresOn: { gte: asOf } },
    },
    select: {
      model: true, state: true,
      agreement: { select: { id: true, expiresOn: true, signedOn: true, moaUrl: true, agency: { select: { id: true, name: true } }, expiresCitation: { select: { title: true, url: true } } } },
    },
    orderBy: { agreement: { expiresOn: 'asc' } },
  })
  return rows.map((r) => ({
    agreementId: r.agreement.id, model: r.model as AgreementModel, state: r.state,
    expiresOn: r.agreement.expiresOn!, signedOn: r.agreement.signedOn, moaUrl: r.agreement.moaUrl,
    agency: r.agreement.agency, citation: r.agreement.expiresCitation,
  }))
}
export type UpcomingExpiration = Awaited<ReturnType<typeof upcomingExpirations>>[number]

/** Changes in a state shown by the last two lists on or before `asOf` (the newest transitions). */
export async function stateRecentChanges(code: StateCode, asOf: string) {
  const lists = await db.sourceList.findMany({ where: { kind: { in: ['participating', 'roster'] }, asOf: { lte: asOf } }, select: { asOf: true }, orderBy: { asOf: 'desc' }, distinct: ['asOf'], take: 2 })
  const since = lists.at(-1)?.asOf
  if (!since) return { since: null, changes: [] }
  const changes = (await listChanges({ states: [code], since })).filter((c) => c.date <= asOf)
  return { since, changes }
}
