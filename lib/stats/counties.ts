import 'server-only'
import { createHash } from 'node:crypto'
import { db } from '../db.ts'
import { countyShapes } from '../geo/counties.ts'

export const SC_SOURCES: Record<string, string> = {
  white2016: "White (2016) replication data, reproducing ICE's IDENT/IAFIS Interoperability Statistics",
  tfgei: 'month-level activation compilation (tfg-ei repository)',
}

export function scSourceLabel(codes: string | null): string | null {
  return codes ? codes.split('+').map((c) => SC_SOURCES[c] ?? c).join('; ') : null
}

/** Compact rows for the map (sent to the browser once): [fips, name, state, effectiveOn, precision, sources]. */
export type CountyTuple = [string, string, string, string | null, 'day' | 'month' | null, string | null]

export async function listCountyActivations(): Promise<CountyTuple[]> {
  const rows = await db.county.findMany({
    select: { fips: true, name: true, state: true, scEffectiveOn: true, scPrecision: true, scSources: true },
    orderBy: { fips: 'asc' },
  })
  return rows.map((r) => [r.fips, r.name, r.state, r.scEffectiveOn, r.scPrecision === 'month' ? 'month' : r.scEffectiveOn ? 'day' : null, r.scSources])
}

export interface StateActivation {
  state: string
  counties: number
  activated: number
  first: string | null
  last: string | null
}

/** Per state: counties, and how many had Secure Communities on the as-of date. */
export async function activationByState(asOf: string): Promise<StateActivation[]> {
  const rows = await db.county.findMany({ select: { state: true, scEffectiveOn: true }, orderBy: { state: 'asc' } })
  const by = new Map<string, StateActivation>()
  for (const r of rows) {
    const s = by.get(r.state) ?? { state: r.state, counties: 0, activated: 0, first: null, last: null }
    s.counties += 1
    if (r.scEffectiveOn && r.scEffectiveOn <= asOf) s.activated += 1
    if (r.scEffectiveOn && (!s.first || r.scEffectiveOn < s.first)) s.first = r.scEffectiveOn
    if (r.scEffectiveOn && (!s.last || r.scEffectiveOn > s.last)) s.last = r.scEffectiveOn
    by.set(r.state, s)
  }
  return [...by.values()]
}

export async function listStateCounties(state: string) {
  return db.county.findMany({
    where: { state },
    select: { fips: true, name: true, scActivatedOn: true, scActivationMonth: true, scPrecision: true, scEffectiveOn: true, scSources: true, scAor: true },
    orderBy: { name: 'asc' },
  })
}

/** One drawn shape with its county: [fips, path, name, state, effectiveOn, month precision (1/0), source index]. */
export type MapCounty = [string, string, string, string, string | null, 0 | 1, number]

/** Everything the map draws, in one compact array (it crosses to the browser once). */
export async function countyMapData(): Promise<{ counties: MapCounty[]; borders: string; sources: string[] }> {
  const [{ shapes, borders }, rows] = await Promise.all([Promise.resolve(countyShapes()), listCountyActivations()])
  const byFips = new Map(rows.map((r) => [r[0], r]))
  const sources: string[] = []
  const sourceIndex = (codes: string | null) => {
    const label = scSourceLabel(codes) ?? 'no activation date in the sources held'
    const i = sources.indexOf(label)
    return i >= 0 ? i : sources.push(label) - 1
  }
  const counties = shapes.map(({ fips, name, d }): MapCounty => {
    const r = byFips.get(fips)
    return [fips, d, r?.[1] ?? name, r?.[2] ?? '', r?.[3] ?? null, r?.[4] === 'month' ? 1 : 0, sourceIndex(r?.[5] ?? null)]
  })
  return { counties, borders, sources }
}

let shapesFile: { svg: string; version: string } | null = null

/**
 * Every county shape once, in one SVG file the browser caches: the map refers to the shapes with `<use>`, so the page
 * itself carries no path data (it would travel twice, in the HTML and in the data React hydrates from) and a new date
 * downloads only fills and labels. The shapes carry no style, so each `<use>` sets its own fill and strokes.
 */
export function countyShapesSvg(): { svg: string; version: string } {
  if (shapesFile) return shapesFile
  const { shapes } = countyShapes()
  const paths = shapes.map((s) => `<path id="c${s.fips}" d="${s.d}" vector-effect="non-scaling-stroke"/>`).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg"><defs>${paths}</defs></svg>`
  shapesFile = { svg, version: createHash('sha256').update(svg).digest('hex').slice(0, 12) }
  return shapesFile
}
