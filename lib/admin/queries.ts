import 'server-only'
import type { Prisma } from '../generated/prisma/client.ts'
import { db } from '../db.ts'
import { requireAdmin, requireUser } from '../auth/guard.ts'
import { getAgreementRecord } from '../agreements/record.ts'
import { searchKey } from '../import/normalise.ts'

export const PER_PAGE = 50

export interface AdminListQuery {
  q: string
  state: string
  page: number
}

const tokensOf = (q: string) => searchKey(q).split(' ').filter(Boolean)

// Every read here is of data only signed-in users may see: each checks the session itself, because a layout
// does not run for every request that renders a page (RSC refetches and prefetches skip it).
export async function getAgreementForEdit(id: number) {
  await requireUser(`/admin/agreements/${id}/edit`)
  return getAgreementRecord(id)
}
export type AgreementForEdit = NonNullable<Awaited<ReturnType<typeof getAgreementForEdit>>>

export async function listAdminAgreements(q: AdminListQuery) {
  await requireUser('/admin/agreements')
  const tokens = tokensOf(q.q)
  const where: Prisma.AgreementWhereInput = {
    ...(q.state && { agency: { state: q.state } }),
    ...(tokens.length && { AND: tokens.map((t) => ({ agency: { searchText: { contains: t } } })) }),
  }
  const [total, rows] = await db.$transaction([
    db.agreement.count({ where }),
    db.agreement.findMany({
      where,
      select: { id: true, model: true, signedOn: true, expiresOn: true, lastListedOn: true, version: true, agency: { select: { id: true, name: true, state: true } } },
      orderBy: [{ agency: { name: 'asc' } }, { id: 'asc' }],
      skip: (q.page - 1) * PER_PAGE,
      take: PER_PAGE,
    }),
  ])
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / PER_PAGE)) }
}

export async function listAdminAgencies(q: AdminListQuery) {
  await requireUser('/admin/agencies')
  const tokens = tokensOf(q.q)
  const where: Prisma.AgencyWhereInput = { ...(q.state && { state: q.state }), ...(tokens.length && { AND: tokens.map((t) => ({ searchText: { contains: t } })) }) }
  const [total, rows] = await db.$transaction([
    db.agency.count({ where }),
    db.agency.findMany({
      where,
      select: { id: true, name: true, state: true, type: true, countyName: true, countyFips: true, version: true, _count: { select: { agreements: true } } },
      orderBy: [{ name: 'asc' }, { state: 'asc' }],
      skip: (q.page - 1) * PER_PAGE,
      take: PER_PAGE,
    }),
  ])
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / PER_PAGE)) }
}

export async function getAgencyForEdit(id: number) {
  await requireUser(`/admin/agencies/${id}/edit`)
  return db.agency.findUnique({
    where: { id },
    select: { id: true, name: true, state: true, type: true, countyName: true, countyFips: true, countyNote: true, lockedFields: true, version: true, names: { select: { name: true, firstSeenOn: true, lastSeenOn: true } }, _count: { select: { agreements: true, entries: true } } },
  })
}

export async function listAdminPolicyEvents(q: AdminListQuery) {
  await requireUser('/admin/policy-events')
  const where: Prisma.PolicyEventWhereInput = q.q ? { OR: [{ title: { contains: q.q } }, { summary: { contains: q.q } }, { slug: { contains: q.q } }] } : {}
  const rows = await db.policyEvent.findMany({ where, select: { id: true, slug: true, date: true, kind: true, title: true, version: true }, orderBy: { date: 'asc' } })
  return { rows, total: rows.length, pageCount: 1 }
}

export async function getPolicyEventForEdit(id: number) {
  await requireUser(`/admin/policy-events/${id}/edit`)
  return db.policyEvent.findUnique({ where: { id }, select: { id: true, slug: true, date: true, datePrecision: true, kind: true, title: true, summary: true, sourceUrl: true, sourceName: true, version: true } })
}

export async function listAdminCounties(q: AdminListQuery) {
  await requireUser('/admin/counties')
  const where: Prisma.CountyWhereInput = { ...(q.state && { state: q.state }), ...(q.q && { OR: [{ name: { contains: q.q } }, { fips: { startsWith: q.q } }] }) }
  const [total, rows] = await db.$transaction([
    db.county.count({ where }),
    db.county.findMany({
      where,
      select: { id: true, fips: true, name: true, state: true, scActivatedOn: true, scActivationMonth: true, scPrecision: true, version: true },
      orderBy: [{ state: 'asc' }, { name: 'asc' }],
      skip: (q.page - 1) * PER_PAGE,
      take: PER_PAGE,
    }),
  ])
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / PER_PAGE)) }
}

export async function getCountyForEdit(id: number) {
  await requireUser(`/admin/counties/${id}/edit`)
  return db.county.findUnique({ where: { id }, select: { id: true, fips: true, name: true, state: true, scActivatedOn: true, scActivationMonth: true, scPrecision: true, scEffectiveOn: true, scNotes: true, version: true } })
}

export async function listUsers(q: { q: string }) {
  await requireAdmin('/admin/users')
  const users = await db.user.findMany({
    where: q.q ? { email: { contains: q.q.toLowerCase() } } : {},
    select: { id: true, email: true, role: true, disabledAt: true, createdAt: true, tokens: { select: { id: true, name: true, createdAt: true, lastUsedAt: true, revokedAt: true }, orderBy: { id: 'asc' } } },
    orderBy: { email: 'asc' },
  })
  const iso = (d: Date | null) => d?.toISOString() ?? null
  return users.map((u) => ({ ...u, disabledAt: iso(u.disabledAt), createdAt: u.createdAt.toISOString(), tokens: u.tokens.map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), lastUsedAt: iso(t.lastUsedAt), revokedAt: iso(t.revokedAt) })) }))
}
