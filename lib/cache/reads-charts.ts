import 'server-only'
import { diffSnapshots as diffSnapshotsQuery } from '../snapshots/diff.ts'
import { agreementsByState as agreementsByStateQuery, expirationsByMonth as expirationsByMonthQuery, newAgreementsByMonth as newAgreementsByMonthQuery, phaseOutChart as phaseOutChartQuery } from '../stats/charts.ts'
import { activationByState as activationByStateQuery, countyMapData as countyMapDataQuery, listStateCounties as listStateCountiesQuery } from '../stats/counties.ts'
import { agenciesWithoutCounty as agenciesWithoutCountyQuery, countyAgencies as countyAgenciesQuery, layer287g as layer287gQuery, newestListDate as newestListOrRosterDateQuery } from '../stats/map-layers.ts'
import { trendTable as trendTableQuery } from '../stats/trend-tables.ts'
import type { TrendChart, TrendRange, ViewParams } from '../stats/view-params.ts'
import { cached } from './cached.ts'
import { TAGS } from './tags.ts'

// The charts, their CSVs and the map. "Today" is an argument wherever the answer depends on it, so that the key rolls
// over at midnight.
const national = () => [TAGS.national]

export const phaseOutChart = cached('phaseOutChart', (range: TrendRange, today: string) => phaseOutChartQuery(range, today), national)
export const newAgreementsByMonth = cached('newAgreementsByMonth', (today: string) => newAgreementsByMonthQuery(today), national)
export const agreementsByState = cached('agreementsByState', agreementsByStateQuery, national)
export const expirationsByMonth = cached('expirationsByMonth', expirationsByMonthQuery, national)
export const trendTable = cached('trendTable', (chart: TrendChart, view: Pick<ViewParams, 'asOf' | 'range'>, today: string) => trendTableQuery(chart, view, today), national)

export const countyMapData = cached('countyMapData', countyMapDataQuery, national)
export const activationByState = cached('activationByState', activationByStateQuery, national)
export const listStateCounties = cached('listStateCounties', listStateCountiesQuery, national)
export const layer287g = cached('layer287g', layer287gQuery, national)
export const countyAgencies = cached('countyAgencies', countyAgenciesQuery, national)
export const agenciesWithoutCounty = cached('agenciesWithoutCounty', agenciesWithoutCountyQuery, national)

export const diffSnapshots = cached('diffSnapshots', diffSnapshotsQuery, national)
export const newestListOrRosterDate = cached('newestListOrRosterDate', newestListOrRosterDateQuery, () => [])
