import 'server-only'
import { getAgencyPage as getAgencyPageQuery } from '../agencies/detail.ts'
import { getAgency as getAgencyQuery } from '../agencies/queries.ts'
import { listAllAgreements as listAllAgreementsQuery } from '../agreements/queries.ts'
import type { AgreementQuery } from '../agreements/query.ts'
import { feedAgency as feedAgencyQuery } from '../feeds/changes.ts'
import { stateBreakdown as stateBreakdownQuery, stateRosterHistory as stateRosterHistoryQuery } from '../states/breakdown.ts'
import {
  stateAgencies as stateAgenciesQuery,
  stateRecentChanges as stateRecentChangesQuery,
  stateSecureCommunities as stateSecureCommunitiesQuery,
  upcomingExpirations as upcomingExpirationsQuery,
} from '../states/queries.ts'
import { cached } from './cached.ts'
import { TAGS } from './tags.ts'

// Reads of one state or one agency: an agreement's edit expires only its own state's and agency's entries (and the
// national ones); an agency's edit or a merge expires every state and agency page (lib/cache/tags.ts).
const ofState = (code: string) => [TAGS.states, TAGS.state(code)]
const ofAgency = (id: number) => [TAGS.agencies, TAGS.agency(id)]
/** One state's tags when the filter names exactly one state, else those of the whole record. */
const ofStates = (states: readonly string[] | undefined) => (states?.length === 1 ? ofState(states[0]!) : [TAGS.national, TAGS.states])

export const stateBreakdown = cached('stateBreakdown', stateBreakdownQuery, ofState)
export const stateRosterHistory = cached('stateRosterHistory', stateRosterHistoryQuery, ofState)
export const stateAgencies = cached('stateAgencies', stateAgenciesQuery, ofState)
export const stateRecentChanges = cached('stateRecentChanges', stateRecentChangesQuery, ofState)
export const stateSecureCommunities = cached('stateSecureCommunities', stateSecureCommunitiesQuery, ofState)
export const upcomingExpirations = cached('upcomingExpirations', upcomingExpirationsQuery, (filter) => ofStates(filter.states))
export const listAllAgreements = cached('listAllAgreements', listAllAgreementsQuery, (q: AgreementQuery) => ofStates(q.agencyId === null ? q.states : []))

export const getAgencyPage = cached('getAgencyPage', getAgencyPageQuery, ofAgency)
export const getAgency = cached('getAgency', getAgencyQuery, ofAgency)
export const feedAgency = cached('feedAgency', feedAgencyQuery, ofAgency)
