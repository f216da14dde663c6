import { AGREEMENT_MODELS, MODEL_LABELS } from '@/lib/agreements/schema'
import { addDays, isIsoDate } from '@/lib/dates'
import type { AgencyTuple, MapCounty, PeriodTuple } from '@/lib/stats/counties'

export type CountyStatus = 'new' | 'on' | 'off' | 'none'
/** Counties switched on in the 90 days up to the as-of date stand out while the rollout is replayed. */
const RECENT_DAYS = 90

export function countyStatus(effectiveOn: string | null, asOf: string): CountyStatus {
  if (!effectiveOn) return 'none'
  if (effectiveOn > asOf) return 'off'
  return effectiveOn > addDays(asOf, -RECENT_DAYS) ? 'new' : 'on'
}

export function activationText(c: MapCounty): string {
  const [, , , , on, monthOnly] = c
  if (!on) return 'no activation date recorded'
  return monthOnly ? `${on.slice(0, 7)} (month known, not the day)` : on
}

export function countyLabel(c: MapCounty, status: CountyStatus, asOf: string, agreements: number): string {
  const where = `${c[2]}${c[3] ? `, ${c[3]}` : ''}`
  const sc =
    status === 'none' ? 'no activation date recorded'
    : status === 'off' ? `not yet activated on ${asOf} (activated ${activationText(c)})`
    : `activated ${activationText(c)}`
  return `${where}: ${sc}${agreements ? `; ${agreements} county-level 287(g) agreement${agreements === 1 ? '' : 's'} active` : ''}`
}

export interface AgreementView {
  agreementId: number
  model: string
  spans: { start: string; end: string | null }[]
  activeOnAsOf: boolean
}

export interface AgencyView {
  id: number
  name: string
  state: string
  fips: string | null
  agreements: AgreementView[]
}

/** Groups the periods by agency and agreement and marks what was active on the as-of date. */
export function agenciesOn(agencies: AgencyTuple[], periods: PeriodTuple[], asOf: string, pick: (a: AgencyTuple) => boolean): AgencyView[] {
  const out = new Map<number, AgencyView>()
  for (const [ai, agreementId, mi, start, end] of periods) {
    const a = agencies[ai]!
    if (!pick(a)) continue
    const view = out.get(ai) ?? { id: a[0], name: a[1], state: a[2], fips: a[3], agreements: [] }
    let ag = view.agreements.find((x) => x.agreementId === agreementId)
    if (!ag) view.agreements.push((ag = { agreementId, model: MODEL_LABELS[AGREEMENT_MODELS[mi]!], spans: [], activeOnAsOf: false }))
    ag.spans.push({ start, end })
    if (start <= asOf && (end === null || end > asOf)) ag.activeOnAsOf = true
    out.set(ai, view)
  }
  return [...out.values()]
}

/** County FIPS → number of agreements of agencies in that county active on the as-of date. */
export function activeByCounty(agencies: AgencyTuple[], periods: PeriodTuple[], asOf: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const [ai, , , start, end] of periods) {
    const fips = agencies[ai]![3]
    if (fips && start <= asOf && (end === null || end > asOf)) counts.set(fips, (counts.get(fips) ?? 0) + 1)
  }
  return counts
}

export function validAsOf(raw: string | null, today: string): string | null {
  return raw && isIsoDate(raw) && raw <= today ? raw : null
}
