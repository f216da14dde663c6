import { geoPath } from 'd3-geo'
import { feature, mesh } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import atlas from 'us-atlas/states-albers-10m.json'
import { STATES, type StateCode } from '../states.ts'

/** us-atlas's Albers file is already projected to a 975×610 frame, so the path needs no projection. */
export const STATE_MAP_VIEWBOX = '0 0 975 610'

export interface StateShape {
  code: StateCode
  name: string
  fips: string
  d: string
}

type StatesTopology = Topology<{ states: GeometryCollection<{ name: string }>; nation: GeometryCollection }>

let cache: { shapes: StateShape[]; borders: string } | null = null

/** SVG path data for the 50 states and DC (the atlas has no territories). */
export function stateShapes(): { shapes: StateShape[]; borders: string } {
  if (cache) return cache
  const topo = atlas as unknown as StatesTopology
  const path = geoPath(null)
  const byFips = new Map<string, (typeof STATES)[number]>(STATES.map((s) => [s[2], s]))
  const shapes: StateShape[] = []
  for (const f of feature(topo, topo.objects.states).features) {
    const state = byFips.get(String(f.id))
    const d = path(f)
    if (state && d) shapes.push({ code: state[0], name: state[1], fips: state[2], d })
  }
  const borders = path(mesh(topo, topo.objects.states, (a, b) => a !== b)) ?? ''
  cache = { shapes: shapes.sort((a, b) => a.name.localeCompare(b.name)), borders }
  return cache
}
