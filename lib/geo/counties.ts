import 'server-only'
import { geoAlbersUsa, geoArea, geoMercator, geoPath, type GeoProjection } from 'd3-geo'
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import { feature, mesh } from 'topojson-client'
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify'
import type { GeometryCollection, Topology } from 'topojson-specification'
import atlas from 'us-atlas/counties-10m.json'
import { compactContext } from './compact-path.ts'

/** Path data is written in tenths of a pixel of us-atlas's 975×610 Albers frame, as whole numbers. */
const SCALE = 10
export const COUNTY_MAP_VIEWBOX = `0 0 ${975 * SCALE} ${610 * SCALE}`
/** Share of the atlas's points kept (by triangle area): enough for a 975-px-wide map, and about 180 KB of path data. */
const KEEP = 0.2
/** Puerto Rico's inset, below Florida (geoAlbersUsa covers Alaska and Hawaii but not Puerto Rico). */
export const PR_INSET = { x0: 860, y0: 540, x1: 965, y1: 600 } as const

/** Current FIPS in the 2017 atlas → the FIPS the activation data uses for the same area. */
const RENAMED: Record<string, string> = { '02158': '02270', '46102': '46113' }
/** Bedford city, VA (51515) merged into Bedford County in 2013 and has no shape in the atlas: drawn as a dot inside it. */
const DOTS: Record<string, string> = { '51515': '51019' }
const TERRITORIES_NOT_DRAWN = ['60', '66', '69', '78']

export interface CountyShape {
  fips: string
  /** The atlas's name, for the few shapes the activation data has no row for. */
  name: string
  d: string
}

type CountiesTopology = Topology<{ counties: GeometryCollection<{ name: string }>; states: GeometryCollection; nation: GeometryCollection }>

function circle(x: number, y: number, r: number): string {
  const [cx, cy, rr] = [Math.round(x * SCALE), Math.round(y * SCALE), r * SCALE]
  return `M${cx - rr} ${cy}a${rr} ${rr} 0 1 0 ${2 * rr} 0a${rr} ${rr} 0 1 0 ${-2 * rr} 0z`
}

let cache: { shapes: CountyShape[]; borders: string } | null = null

/** Pre-projected county outlines (50 states, DC and Puerto Rico) and interior state borders. */
export function countyShapes(): { shapes: CountyShape[]; borders: string } {
  if (cache) return cache
  const base = atlas as unknown as CountiesTopology
  const pre = presimplify(base, sphericalTriangleArea)
  const topo = simplify(pre, quantile(pre, KEEP))
  const counties = feature(topo, topo.objects.counties) as FeatureCollection<Geometry, { name: string }>
  const full = feature(base, base.objects.counties) as FeatureCollection<Geometry, { name: string }>
  // Simplification can turn a small ring inside out, which on the sphere covers the whole globe: keep those at full detail.
  counties.features = counties.features.map((f, i) => (geoArea(f) > 0.01 ? full.features[i]! : f))
  const mainland = geoAlbersUsa().scale(1300).translate([487.5, 305])
  const prFeatures = counties.features.filter((f) => String(f.id).startsWith('72'))
  const pr = geoMercator().fitExtent(
    [[PR_INSET.x0 + 4, PR_INSET.y0 + 4], [PR_INSET.x1 - 4, PR_INSET.y1 - 4]],
    { type: 'FeatureCollection', features: prFeatures },
  )
  const ctx = compactContext(SCALE)
  const pathFor = (p: GeoProjection) => geoPath(p, ctx as unknown as CanvasRenderingContext2D)
  const [mainPath, prPath] = [pathFor(mainland), pathFor(pr)]
  const shapes: CountyShape[] = []
  const byFips = new Map<string, Feature<Geometry, { name: string }>>()
  for (const f of counties.features) {
    const id = String(f.id)
    if (TERRITORIES_NOT_DRAWN.includes(id.slice(0, 2))) continue
    byFips.set(id, f)
    ;(id.startsWith('72') ? prPath : mainPath)(f)
    const d = ctx.take()
    if (d) shapes.push({ fips: RENAMED[id] ?? id, name: f.properties.name, d })
  }
  for (const [dot, host] of Object.entries(DOTS)) {
    const f = byFips.get(host)
    if (f) {
      const [x, y] = geoPath(mainland).centroid(f)
      shapes.push({ fips: dot, name: dot, d: circle(x, y, 2.5) })
    }
  }
  mainPath(mesh(topo, topo.objects.states, (a, b) => a !== b))
  cache = { shapes: shapes.sort((a, b) => a.fips.localeCompare(b.fips)), borders: ctx.take() }
  return cache
}
