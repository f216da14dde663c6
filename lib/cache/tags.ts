import 'server-only'
import { revalidateTag } from 'next/cache'
import { db } from '../db.ts'
import { ownWrite } from './generation.ts'

/**
 * The tags of the read cache (lib/cache/reads*.ts) and the one place that invalidates them. Every cached read carries
 * ALL and the tags of its scope; a write expires the tags of what it changed, after its transaction has committed.
 */
export const TAGS = {
  /** Every cached read. */
  all: 'tracker',
  /** Reads over the whole record: lists, counts, stats, charts, map, feeds, search, compare. */
  national: 'national',
  /** Every state page (an agency edit can move an agency between states). */
  states: 'states',
  /** Every agency page (each names the agencies of its county). */
  agencies: 'agencies',
  /** The newest change ("updated …" on every page): any audited write moves it. */
  updated: 'updated',
  state: (code: string) => `state:${code}`,
  agency: (id: number) => `agency:${id}`,
} as const

export type Write =
  /** An applied import (admin form, API) or fetch: captures, intervals, periods, events of any agreement. */
  | { kind: 'import' }
  | { kind: 'agreement'; agreementId: number }
  /** An agency's edit, creation, deletion or new spelling; a merge of two agencies. */
  | { kind: 'agency' }
  | { kind: 'merge' }
  /** Policy events and county activations appear on charts, the map, state and agency pages. */
  | { kind: 'policy' }
  | { kind: 'county' }
  /** A write that changes no public figure (users, tokens, a rejected suggestion or merge): only the audit log moves. */
  | { kind: 'audited' }
  /** A revert or a cleared correction: the record's type and id as the audit log names them. */
  | { kind: 'record'; recordType: string; recordId: number }

/** The tags a committed write makes stale. */
export async function tagsOf(write: Write): Promise<string[]> {
  switch (write.kind) {
    case 'import':
    case 'policy':
    case 'county':
      return [TAGS.all]
    case 'audited':
      return [TAGS.updated]
    case 'agreement': {
      const a = await db.agreement.findUnique({ where: { id: write.agreementId }, select: { agencyId: true, agency: { select: { state: true } } } })
      // A vanished agreement leaves no scope to name: everything it was part of is stale.
      if (!a) return [TAGS.all]
      return [TAGS.national, TAGS.updated, TAGS.state(a.agency.state), TAGS.agency(a.agencyId)]
    }
    case 'agency':
    case 'merge':
      return [TAGS.national, TAGS.states, TAGS.agencies, TAGS.updated]
    case 'record':
      switch (write.recordType) {
        case 'Agreement': return tagsOf({ kind: 'agreement', agreementId: write.recordId })
        case 'Agency': return tagsOf({ kind: 'agency' })
        default: return [TAGS.all]
      }
  }
}

/**
 * Expires the tags of a committed write, so the next request reads the database again ({ expire: 0 }: no stale answer
 * is served while it does). Call it from the server action or route handler that made the write, after the write.
 */
export async function invalidateAfter(write: Write): Promise<void> {
  for (const tag of await tagsOf(write)) revalidateTag(tag, { expire: 0 })
  ownWrite()
}
