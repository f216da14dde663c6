import { AGREEMENT_MODELS, type AgreementModel } from '@/lib/agreements/constants'
import { addDays } from '@/lib/dates'
import type { MapCounty } from '@/lib/stats/counties'
import type { MapLayer, MapModel } from '@/lib/stats/view-params'
import type en from '@/messages/en.json'

export type CountyStatus = 'new' | 'on' | 'off' | 'none'
/** Counties switched on in the 90 days up to the as-of date stand out while the rollout is replayed. */
const RECENT_DAYS = 90

export function countyStatus(effectiveOn: string | null, asOf: string): CountyStatus {
  if (!effectiveOn) return 'none'
  if (effectiveOn > asOf) return 'off'
  return effectiveOn > addDays(asOf, -RECENT_DAYS) ? 'new' : 'on'
}

/** The map's county sentences in the page's language: `getTranslations('map.county')`, or createTranslator in tests. */
export type CountyText = (key: CountyTextKey, values?: Record<string, string | number>) => string
type CountyTextKey = keyof (typeof en)['map']['county']

export function activationText(c: MapCounty, t: CountyText): string {
  const [, , , , on, monthOnly] = c
  if (!on) return t('noDate')
  return monthOnly ? t('monthOnly', { month: on.slice(0, 7) }) : on
}

/** Short class names keep 3,000+ paths light; components/map/county-map.css holds the rules. */
const SC_CLASS: Record<CountyStatus, string> = { new: 'n', on: 'a', off: 'o', none: 'x' }
const MODEL_CLASS: Record<AgreementModel, string> = { task_force: 't', jail_enforcement: 'j', warrant_service_officer: 'w' }
export const SEVERAL_CLASS = 'm'
export const NONE_CLASS = 'z'
export const UNKNOWN_CLASS = 'u'

export interface DrawnCounty {
  fips: string
  d: string
  /** The county's name as its label gives it ("Harris County, TX"). */
  where: string
  cls: string
  label: string
  activated: boolean
  has287g: boolean
}

/** How each county is filled and named on a date, for one layer; `byCounty` is null when no list covers the date. */
export function drawCounties(
  counties: MapCounty[],
  asOf: string,
  layer: MapLayer,
  model: MapModel,
  byCounty: Record<string, AgreementModel[]> | null,
  t: CountyText,
): DrawnCounty[] {
  const modelList = (models: AgreementModel[]) => models.map((m) => t('model', { model: m })).join(', ')
  return counties.map((c) => {
    const [fips, d, name, state] = c
    const where = `${name}${state ? `, ${state}` : ''}`
    const all = byCounty?.[fips] ?? []
    const models = model === 'all' ? all : all.filter((m) => m === model)
    const status = countyStatus(c[4], asOf)
    const activated = status === 'new' || status === 'on'
    const g =
      byCounty === null ? t('unknown')
      : models.length ? t('models', { models: modelList(models) })
      : model === 'all' ? t('none') : t('noneOfModel', { model })
    if (layer === 'rollout') {
      const sc = status === 'none' ? t('noDate') : status === 'off' ? t('notYet', { asOf, date: activationText(c, t) }) : t('activated', { date: activationText(c, t) })
      return { fips, d, where, cls: SC_CLASS[status], label: t('rolloutLabel', { where, sc, g }), activated, has287g: models.length > 0 }
    }
    const cls = byCounty === null ? UNKNOWN_CLASS : models.length === 0 ? NONE_CLASS : models.length > 1 ? SEVERAL_CLASS : MODEL_CLASS[models[0]!]
    return { fips, d, where, cls, label: t('label', { where, g }), activated, has287g: models.length > 0 }
  })
}

/** Counties with an agreement, by model (a county with several models counts under each). */
export function countByModel(byCounty: Record<string, AgreementModel[]>): Record<AgreementModel, number> {
  const out = Object.fromEntries(AGREEMENT_MODELS.map((m) => [m, 0])) as Record<AgreementModel, number>
  for (const models of Object.values(byCounty)) for (const m of models) out[m] += 1
  return out
}

/**
 * The centre of a path's bounding box, from the compact path data lib/geo writes (absolute `M x y`, then relative
 * `l dx dy …` runs, `z`, and the `a` arcs of the dot shapes, which start at the circle's left edge).
 */
export function pathCenter(d: string): [number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity]
  const see = (x: number, y: number) => {
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y)
  }
  for (const ring of d.split('M').filter(Boolean)) {
    const nums = (ring.match(/-?\d+/g) ?? []).map(Number)
    if (ring.includes('a')) {
      const [x, y, r] = [nums[0]!, nums[1]!, nums[2]!]
      see(x, y - r); see(x + 2 * r, y + r)
      continue
    }
    let [x, y] = [nums[0]!, nums[1]!]
    see(x, y)
    for (let i = 2; i + 1 < nums.length; i += 2) {
      x += nums[i]!
      y += nums[i + 1]!
      see(x, y)
    }
  }
  return [Math.round((minX + maxX) / 2), Math.round((minY + maxY) / 2)]
}

/** One path of zero-length segments: with round caps and a non-scaling stroke, a dot of the same screen size at any zoom. */
export function dotsPath(ds: string[]): string {
  return ds.map((d) => {
    const [x, y] = pathCenter(d)
    return `M${x} ${y}h0`
  }).join('')
}

/** A span's end, as a reader may take it: an end after the newest list held is not a fact yet. */
export function spanText(s: { start: string; end: string | null }, newest: string | null, t: CountyText): string {
  if (s.end === null || (newest !== null && s.end > newest)) {
    if (!newest) return t('listedFrom', { start: s.start })
    return s.start === newest ? t('listedOnNewest', { newest }) : t('listedStill', { start: s.start, newest })
  }
  return t('listedSpan', { start: s.start, end: s.end })
}
