import 'server-only'
import type { AgreementModel } from '../agreements/schema.ts'
import { db } from '../db.ts'
import { daysBetween } from '../dates.ts'
import { listLabel } from '../lifecycle/lists.ts'

export type PendingOutcome = 'signed' | 'still_pending' | 'vanished'

/**
 * Each pending workbook with what became of its rows: an agreement (agency + model) that shows up on a
 * participating list of the same or a later date was signed; one that is on no later list vanished.
 */
export async function pendingLists() {
  const lists = await db.sourceList.findMany({
    where: { kind: 'pending' },
    select: {
      id: true, asOf: true, kind: true, fileName: true, rowCount: true,
      entries: {
        select: {
          rowNumber: true, model: true, agencyRaw: true, stateRaw: true, countyRaw: true, typeRaw: true,
          agency: { select: { id: true, name: true, state: true, agreements: { select: { id: true, model: true, firstListedOn: true } } } },
          agreement: {
            select: {
              id: true, signedOn: true, firstListedOn: true, moaUrl: true,
              entries: { select: { rowNumber: true, sourceList: { select: { id: true, kind: true, asOf: true } } }, orderBy: { sourceList: { asOf: 'asc' } } },
            },
          },
        },
        orderBy: { rowNumber: 'asc' },
      },
    },
    orderBy: { asOf: 'asc' },
  })
  return lists.map((list) => {
    const rows = list.entries.map((e) => {
      const later = e.agreement?.entries.filter((x) => x.sourceList.asOf >= list.asOf && x.sourceList.id !== list.id) ?? []
      const listed = later.find((x) => x.sourceList.kind !== 'pending')
      const stillPending = later.some((x) => x.sourceList.kind === 'pending' && x.sourceList.asOf > list.asOf)
      const outcome: PendingOutcome = listed ? 'signed' : stillPending ? 'still_pending' : 'vanished'
      const signedOn = listed ? e.agreement!.signedOn : null
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
        firstListed: listed ? { listId: listed.sourceList.id, asOf: listed.sourceList.asOf, label: listLabel(listed.sourceList.kind, listed.sourceList.asOf), row: listed.rowNumber } : null,
        daysToListing: listed ? daysBetween(list.asOf, listed.sourceList.asOf) : null,
        /** The agency is listed later under another model, although not under the one it was pending for. */
        otherModels: outcome === 'signed' ? [] : otherModels.map((g) => ({ id: g.id, model: g.model as AgreementModel, firstListedOn: g.firstListedOn! })),
      }
    })
    const signed = rows.filter((r) => r.outcome === 'signed')
    return {
      id: list.id, asOf: list.asOf, fileName: list.fileName, rowCount: list.rowCount, label: listLabel(list.kind, list.asOf),
      rows,
      counts: { signed: signed.length, stillPending: rows.filter((r) => r.outcome === 'still_pending').length, vanished: rows.filter((r) => r.outcome === 'vanished').length },
      medianDaysToSigning: median(signed.map((r) => r.daysToSigning).filter((d): d is number => d !== null)),
    }
  })
}
export type PendingList = Awaited<ReturnType<typeof pendingLists>>[number]
export type PendingRow = PendingList['rows'][number]

function median(values: number[]): number | null {
  if (!values.length) return null
  const s = [...values].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2)
}
