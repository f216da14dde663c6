import 'server-only'
import type { AgreementModel } from '../agreements/schema.ts'
import { db } from '../db.ts'
import { daysBetween } from '../dates.ts'
import { listLabel } from '../lifecycle/lists.ts'

export type PendingOutcome = 'signed' | 'still_pending' | 'vanished'

const captureSelect = { id: true, asOf: true, fileName: true, rowCount: true, versionId: true } as const

/** The pending capture that stands on `asOf`: the day's last one, or the newest before it (skipping empty sheets). */
async function pendingCapture(asOf: string | undefined) {
  const where = { kind: 'pending', versionId: { not: null } }
  const list = await db.sourceList.findFirst({ where: { ...where, ...(asOf ? { asOf: { lte: asOf } } : {}) }, select: captureSelect, orderBy: [{ asOf: 'desc' }, { dayOrder: 'desc' }] })
  if (!list) return null
  const [previous, next, count] = await Promise.all([
    db.sourceList.findFirst({ where: { ...where, asOf: { lt: list.asOf } }, select: { asOf: true }, orderBy: { asOf: 'desc' } }),
    db.sourceList.findFirst({ where: { ...where, asOf: { gt: list.asOf } }, select: { asOf: true }, orderBy: { asOf: 'asc' } }),
    db.sourceList.groupBy({ by: ['asOf'], where }).then((g) => g.length),
  ])
  return { ...list, previous: previous?.asOf ?? null, next: next?.asOf ?? null, datesHeld: count }
}

/**
 * One pending workbook with what became of its rows: an agreement (agency + model) on a participating list of the same
 * or a later date was signed; one on a later pending list only is still pending; one on no later list vanished.
 */
export async function pendingList(asOf?: string) {
  const list = await pendingCapture(asOf)
  if (!list) return null
  const [entries, firstParticipating] = await Promise.all([
    db.listEntry.findMany({
      where: { versionId: list.versionId },
      select: {
        rowNumber: true, model: true, agencyRaw: true, countyRaw: true, typeRaw: true,
        agency: { select: { id: true, name: true, state: true, agreements: { select: { id: true, model: true, firstListedOn: true } } } },
        agreement: { select: { id: true, signedOn: true, intervals: { select: { series: true, startOn: true, endOn: true, firstListId: true, firstRow: true }, orderBy: { startOn: 'asc' } } } },
      },
      orderBy: { rowNumber: 'asc' },
    }),
    db.sourceList.findFirst({ where: { kind: 'participating', versionId: { not: null }, asOf: { gte: list.asOf } }, select: { id: true, asOf: true, versionId: true }, orderBy: [{ asOf: 'asc' }, { dayOrder: 'desc' }] }),
  ])
  // Agreements already listed when the pending list came out are cited by their row on the first participating list after it.
  const rowsThen = firstParticipating
    ? new Map((await db.listEntry.findMany({ where: { versionId: firstParticipating.versionId, agreementId: { in: entries.flatMap((e) => e.agreement?.id ?? []) } }, select: { agreementId: true, rowNumber: true } })).map((r) => [r.agreementId, r.rowNumber]))
    : new Map<number | null, number>()
  const rows = entries.map((e) => {
    const intervals = e.agreement?.intervals ?? []
    const listed = intervals.find((i) => i.series === 'listed' && i.endOn >= list.asOf)
    const stillPending = intervals.some((i) => i.series === 'pending' && i.endOn > list.asOf)
    const outcome: PendingOutcome = listed ? 'signed' : stillPending ? 'still_pending' : 'vanished'
    const signedOn = listed ? e.agreement!.signedOn : null
    const already = listed && listed.startOn < list.asOf && firstParticipating && rowsThen.has(e.agreement!.id)
    const firstListed = !listed ? null : already
      ? { listId: firstParticipating.id, asOf: firstParticipating.asOf, label: listLabel('participating', firstParticipating.asOf), row: rowsThen.get(e.agreement!.id)! }
      : { listId: listed.firstListId, asOf: listed.startOn, label: listLabel('participating', listed.startOn), row: listed.firstRow }
    const otherModels = e.agency.agreements.filter((g) => g.id !== e.agreement?.id && g.firstListedOn && g.firstListedOn >= list.asOf)
    return {
      row: e.rowNumber,
      agency: { id: e.agency.id, name: e.agency.name, state: e.agency.state },
      agencyRaw: e.agencyRaw, county: e.countyRaw, type: e.typeRaw,
      model: e.model as AgreementModel,
      agreementId: e.agreement?.id ?? null,
      outcome,
      signedOn,
      daysToSigning: signedOn ? daysBetween(list.asOf, signedOn) : null,
      firstListed,
      daysToListing: firstListed ? Math.max(0, daysBetween(list.asOf, firstListed.asOf)) : null,
      /** The agency is listed later under another model, although not under the one it was pending for. */
      otherModels: outcome === 'signed' ? [] : otherModels.map((g) => ({ id: g.id, model: g.model as AgreementModel, firstListedOn: g.firstListedOn! })),
    }
  })
  const signed = rows.filter((r) => r.outcome === 'signed')
  return {
    id: list.id, asOf: list.asOf, fileName: list.fileName, rowCount: list.rowCount, label: listLabel('pending', list.asOf),
    previous: list.previous, next: list.next, datesHeld: list.datesHeld,
    rows,
    counts: { signed: signed.length, stillPending: rows.filter((r) => r.outcome === 'still_pending').length, vanished: rows.filter((r) => r.outcome === 'vanished').length },
    medianDaysToSigning: median(signed.map((r) => r.daysToSigning).filter((d): d is number => d !== null)),
  }
}
export type PendingList = NonNullable<Awaited<ReturnType<typeof pendingList>>>
export type PendingRow = PendingList['rows'][number]

function median(values: number[]): number | null {
  if (!values.length) return null
  const s = [...values].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2)
}
