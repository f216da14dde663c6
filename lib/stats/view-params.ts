import { checkAsOf } from '../as-of.ts'
import { todayIso } from '../dates.ts'
import { asOfNotice, notice, type Notice } from '../i18n/notice.ts'
import { SC_DISCONTINUED_ON } from './eras.ts'

/** The as-of date and range shared by /trends, /map and their CSV files; bad values fall back with a notice. */
export const TREND_RANGES = ['default', 'full'] as const
export type TrendRange = (typeof TREND_RANGES)[number]

export const DEFAULT_RANGE = { from: '2008-01', to: '2013-12' } as const
export const FULL_RANGE_FROM = '2002-01'
/** The date inputs' minimum too: a half-typed year (0002-…) is refused, never shown. */
export const EARLIEST_AS_OF = `${FULL_RANGE_FROM}-01`
/** Secure Communities' rollout, replayed month by month on the map. */
export const ROLLOUT = { from: '2008-10', to: '2013-01' } as const

export interface ViewParams {
  asOf: string
  asOfGiven: boolean
  range: TrendRange
  notices: Notice[]
}

type RawParams = Record<string, string | string[] | undefined>

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

export function readViewParams(raw: RawParams, today = todayIso()): ViewParams {
  const notices: Notice[] = []
  let asOf = today
  const rawAsOf = first(raw.as_of)
  const checked = checkAsOf(rawAsOf, today, EARLIEST_AS_OF)
  if (checked.ok) asOf = checked.asOf
  else notices.push(asOfNotice(checked))
  const rawRange = first(raw.range)
  const range: TrendRange = rawRange === 'full' ? 'full' : 'default'
  if (rawRange && rawRange !== 'full' && rawRange !== 'default') notices.push(notice('choice', { field: 'range', value: rawRange, options: 'full, default' }))
  return { asOf, asOfGiven: asOf !== today || !!rawAsOf, range, notices }
}

export function rangeMonths(range: TrendRange, today = todayIso()): { from: string; to: string } {
  return range === 'full' ? { from: FULL_RANGE_FROM, to: today.slice(0, 7) } : { ...DEFAULT_RANGE }
}

/** Query string for links between /trends, /map, /policy and /agreements that keep the as-of date. */
export function viewHref(path: string, params: { asOf?: string; range?: TrendRange; hash?: string }): string {
  const q = new URLSearchParams()
  if (params.asOf) q.set('as_of', params.asOf)
  if (params.range && params.range !== 'default') q.set('range', params.range)
  const s = q.toString()
  return `${path}${s ? `?${s}` : ''}${params.hash ? `#${params.hash}` : ''}`
}

export const TREND_CHARTS = ['phase-out', 'new-agreements', 'by-state', 'expirations'] as const
export type TrendChart = (typeof TREND_CHARTS)[number]

export function isTrendChart(v: string): v is TrendChart {
  return (TREND_CHARTS as readonly string[]).includes(v)
}

/** The CSV of a chart, with only the parameters that chart depends on. */
export function csvHref(chart: TrendChart, view: Pick<ViewParams, 'asOf' | 'range'>): string {
  const q = new URLSearchParams()
  if (chart === 'phase-out' && view.range !== 'default') q.set('range', view.range)
  if (chart === 'by-state') q.set('as_of', view.asOf)
  const s = q.toString()
  return `/trends/data/${chart}.csv${s ? `?${s}` : ''}`
}

/** The map's two stories: Secure Communities' rollout with 287(g) counties overlaid, and 287(g) presence by model. */
export const MAP_LAYERS = ['rollout', '287g'] as const
export type MapLayer = (typeof MAP_LAYERS)[number]
export const MAP_MODELS = ['all', 'task_force', 'jail_enforcement', 'warrant_service_officer'] as const
export type MapModel = (typeof MAP_MODELS)[number]
/** Secure Communities was discontinued on this day (facts §6): later dates open on the 287(g) layer. */
export const SC_DISCONTINUED = SC_DISCONTINUED_ON

export interface MapParams extends ViewParams {
  layer: MapLayer
  /** Whether the URL chose the layer (otherwise it follows the date). */
  layerGiven: boolean
  model: MapModel
  county: string | null
}

const oneOf = <T extends string>(list: readonly T[], v: string | undefined): T | undefined => (list as readonly string[]).includes(v ?? '') ? (v as T) : undefined

export function readMapParams(raw: RawParams, today = todayIso()): MapParams {
  const view = readViewParams(raw, today)
  const notices = [...view.notices]
  const [rawLayer, rawModel, rawCounty] = [first(raw.layer), first(raw.model), first(raw.county)]
  const layer = oneOf(MAP_LAYERS, rawLayer) ?? (view.asOf < SC_DISCONTINUED ? 'rollout' : '287g')
  if (rawLayer && !oneOf(MAP_LAYERS, rawLayer)) notices.push(notice('choice', { field: 'layer', value: rawLayer, options: MAP_LAYERS.join(', ') }))
  const model = oneOf(MAP_MODELS, rawModel) ?? 'all'
  if (rawModel && !oneOf(MAP_MODELS, rawModel)) notices.push(notice('choice', { field: 'model', value: rawModel, options: MAP_MODELS.join(', ') }))
  const county = rawCounty && /^\d{5}$/.test(rawCounty) ? rawCounty : null
  if (rawCounty && !county) notices.push(notice('county', { value: rawCounty }))
  return { ...view, notices, layer, layerGiven: !!oneOf(MAP_LAYERS, rawLayer), model, county }
}

/** A map URL: only what differs from the defaults is written. */
export function mapHref(p: { asOf?: string; layer?: MapLayer; model?: MapModel; county?: string | null }, today = todayIso()): string {
  const q = new URLSearchParams()
  if (p.asOf && p.asOf !== today) q.set('as_of', p.asOf)
  if (p.layer) q.set('layer', p.layer)
  if (p.model && p.model !== 'all') q.set('model', p.model)
  if (p.county) q.set('county', p.county)
  const s = q.toString()
  return `/map${s ? `?${s}` : ''}`
}
