import 'server-only'
import { db } from '../db.ts'
import type { AgreementModel } from './constants.ts'

const activeOn = (asOf: string) => ({
  status: 'active',
  startOn: { lte: asOf },
  OR: [{ endOn: null }, { endOn: { gt: asOf } }],
})

export interface ExpiringMonth {
  month: string
  items: { id: number; agencyId: number; agency: string; state: string; model: AgreementModel; expiresOn: string }[]
}

/** Agreements active on `asOf` whose known expiry date is on or after it, grouped by month of expiry. */
export async function upcomingExpirations(asOf: string): Promise<ExpiringMonth[]> {
  const rows = await db.statusPeriod.findMany({
    where: { ...activeOn(asOf), agreement: { expiresOn: { gte: asOf } } },
    select: { model: true, state: true, agreement: { select: { id: true, expiresOn: true, agency: { select: { id: true, name: true } } } } },
    orderBy: [{ agreement: { expiresOn: 'asc' } }, { agreement: { agency: { name: 'asc' } } }],
  })
  const months = new Map<string, ExpiringMonth>()
  for (const r of rows) {
    const expiresOn = r.agreement.expiresOn!
    const month = expiresOn.slice(0, 7)
    if (!months.has(month)) months.set(month, { month, items: [] })
    months.get(month)!.items.push({
      id: r.agreement.id, agencyId: r.agreement.agency.id, agency: r.agreement.agency.name,
      state: r.state, model: r.model as AgreementModel, expiresOn,
    })
  }
  return [...months.values()]
}

/** How far expiry dates are known: among agreements active on `asOf`, and in the whole record. */
export async function expiryCoverage(asOf: string) {
  const [active, activeWithExpiry, agreements, withExpiry] = await db.$transaction([
    db.statusPeriod.count({ where: activeOn(asOf) }),
    db.statusPeriod.count({ where: { ...activeOn(asOf), agreement: { expiresOn: { not: null } } } }),
    db.agreement.count(),
    db.agreement.count({ where: { expiresOn: { not: null } } }),
  ])
  return { active, activeWithExpiry, agreements, withExpiry }
}

/** Agreements active on `asOf` that expire before `before`, counted by model. */
export async function countExpiringBy(asOf: string, before: string): Promise<{ total: number; byModel: Partial<Record<AgreementModel, number>> }> {
  const groups = await db.statusPeriod.groupBy({
    by: ['model'],
    where: { ...activeOn(asOf), agreement: { expiresOn: { gte: asOf, lt: before } } },
    _count: { _all: true },
  })
  const byModel = Object.fromEntries(groups.map((g) => [g.model, g._count._all])) as Partial<Record<AgreementModel, number>>
  return { total: groups.reduce((n, g) => n + g._count._all, 0), byModel }
}
