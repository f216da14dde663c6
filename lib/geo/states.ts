import { geoPath } from 'd3-geo'
import { feature, mesh } from 'topojson-client'
import { planarTriangleArea, presimplify, quantile, simplify } from 'topojson-simplify'
import type { GeometryCollection, Topology } from 'topojson-specification'
import atlas from 'us-atlas/states-albers-10m.json'
import { STATES, type StateCode } from '../states.ts'
import { compactContext } from './compact-path.ts'

/** Path data is written in tenths of a pixel of us-atlas's 975×610 Albers frame (already projected), as whole numbers. */
const SCALE = 10
export const STATE_MAP_VIEWBOX = `0 0 ${975 * SCALE} ${610 * SCALE}`
/** Share of the atlas's points kept (by triangle area): the outlines of a 975-px-wide map in about a fifth of the data. */
const KEEP = 0.2

export interface StateShape {
  code: StateCode
  name: string
  fips: string
  d: string
}

type StatesTopology = Topology<{ states: GeometryCollection<{ name: string }>; nation: GeometryCollection }>

let cache: { shapes: StateShape[]; borders: string } | null = null

/** SVG path data for the 50 states and DC (the atlas has no territories), simplified and on an integer grid. */
export function stateShapes(): { shapes: StateShape[]; borders: string } {
  if (cache) return cache
  const pre = presimplify(atlas as unknown as StatesTopology, planarTriangleArea)
  const topo = simplify(pre, quantile(pre, KEEP)) as StatesTopology
  const ctx = compactContext(SCALE)
  const path = geoPath(null, ctx as unknown as CanvasRenderingContext2D)
  const byFips = new Map<string, (typeof STATES)[number]>(STATES.map((s) => [s[2], s]))
  const shapes: StateShape[] = []
  for (const f of feature(topo, topo.objects.states).features) {
    const state = byFips.get(String(f.id))
    path(f)
    const d = ctx.take()
    if (state && d) shapes.push({ code: state[0], name: state[1], fips: state[2], d })
  }
  path(mesh(topo, topo.objects.states, (a, b) => a !== b))
  cache = { shapes: shapes.sort((a, b) => a.name.localeCompare(b.name)), borders: ctx.take() }
  return cache
}
