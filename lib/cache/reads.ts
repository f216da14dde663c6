import 'server-only'
import { listAgencies as listAgenciesQuery } from '../agencies/queries.ts'
import { countExpiringBy as countExpiringByQuery, expiryCoverage as expiryCoverageQuery, upcomingExpirations as upcomingByMonthQuery } from '../agreements/expiring.ts'
import { agreementRange as agreementRangeQuery } from '../agreements/export.ts'
import { agreementFacets as agreementFacetsQuery, filterRelaxations as filterRelaxationsQuery, listAgreements as listAgreementsQuery } from '../agreements/queries.ts'
import { getAgreementRecord as getAgreementRecordQuery } from '../agreements/record.ts'
import { compareOverTime as compareOverTimeQuery } from '../compare/queries.ts'
import { listChanges as listChangesQuery } from '../feeds/changes.ts'
import { getHomeCharts as getHomeChartsQuery, getNewestList as getNewestListQuery, listWeekChanges as listWeekChangesQuery } from '../home/queries.ts'
import { pendingList as pendingListQuery } from '../pending/queries.ts'
import { listCriteriaSets as listCriteriaSetsQuery, listPolicyEvents as listPolicyEventsQuery } from '../policy/queries.ts'
import { searchAgencies as searchAgenciesQuery } from '../search/queries.ts'
import { lastUpdated as lastUpdatedQuery, listSnapshots as listSnapshotsQuery } from '../snapshots/queries.ts'
import { importRecords as importRecordsQuery } from '../sources/imports.ts'
import { countyDatasets as countyDatasetsQuery, coverageByList as coverageByListQuery } from '../sources/queries.ts'
import { stateSummaries as stateSummariesQuery } from '../states/queries.ts'
import { basisAt as basisAtQuery } from '../stats/basis.ts'
import { activeStats as activeStatsQuery, secureCommunitiesStats as secureCommunitiesStatsQuery, timeline as timelineQuery } from '../stats/queries.ts'
import { cached } from './cached.ts'
import { TAGS } from './tags.ts'

// The reads over the whole record that pages, the API and the feeds call, served from Next's data cache (lib/cache/cached.ts).
// Reads of one state or agency are in reads-scoped.ts, the charts and the map in reads-charts.ts. The staleness banner
// reads the database itself (lib/fetch/queries.ts): `npm run fetch:ice` records its runs from another process.
const national = () => [TAGS.national]
/** Lists, their dates and coverage, policy events, county datasets: only the writes that expire ALL change them. */
const onlyAll = () => []

export const listAgreements = cached('listAgreements', listAgreementsQuery, national)
export const agreementFacets = cached('agreementFacets', agreementFacetsQuery, national)
export const filterRelaxations = cached('filterRelaxations', filterRelaxationsQuery, national)
export const agreementRange = cached('agreementRange', agreementRangeQuery, national)
export const getAgreementRecord = cached('getAgreementRecord', getAgreementRecordQuery, national)
export const countExpiringBy = cached('countExpiringBy', countExpiringByQuery, national)
export const expiryCoverage = cached('expiryCoverage', expiryCoverageQuery, national)
export const upcomingExpirationsByMonth = cached('upcomingExpirationsByMonth', upcomingByMonthQuery, national)
export const stateSummaries = cached('stateSummaries', stateSummariesQuery, national)
export const activeStats = cached('activeStats', activeStatsQuery, national)
export const secureCommunitiesStats = cached('secureCommunitiesStats', secureCommunitiesStatsQuery, national)
export const timeline = cached('timeline', timelineQuery, national)
export const listWeekChanges = cached('listWeekChanges', listWeekChangesQuery, national)
export const getHomeCharts = cached('getHomeCharts', getHomeChartsQuery, national)
export const listChanges = cached('listChanges', listChangesQuery, national)
export const listAgencies = cached('listAgencies', listAgenciesQuery, national)
export const searchAgencies = cached('searchAgencies', searchAgenciesQuery, national)
export const compareOverTime = cached('compareOverTime', compareOverTimeQuery, national)
export const pendingList = cached('pendingList', pendingListQuery, national)

export const listPolicyEvents = cached('listPolicyEvents', listPolicyEventsQuery, onlyAll)
export const listCriteriaSets = cached('listCriteriaSets', listCriteriaSetsQuery, onlyAll)

export const lastUpdated = cached('lastUpdated', lastUpdatedQuery, () => [TAGS.updated])
export const basisAt = cached('basisAt', basisAtQuery, onlyAll)
export const getNewestList = cached('getNewestList', getNewestListQuery, onlyAll)
export const listSnapshots = cached('listSnapshots', listSnapshotsQuery, onlyAll)
export const importRecords = cached('importRecords', importRecordsQuery, onlyAll)
export const coverageByList = cached('coverageByList', coverageByListQuery, onlyAll)
export const countyDatasets = cached('countyDatasets', countyDatasetsQuery, onlyAll)
