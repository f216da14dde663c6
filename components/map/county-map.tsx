import './county-map.css'
import type { DrawnCounty } from './map-model'
import { CountyLayer } from './county-layer'
import { packCounties } from './county-pack'
import { MapInteractions } from './map-interactions'

interface CountyMapProps {
  drawn: DrawnCounty[]
  borders: string
  viewBox: string
  label: string
  /** The URL of the shapes file (countyShapesSvg): each county is a <use> of its shape there. */
  shapes: string
  /** Outline and mark the counties with a 287(g) agreement (the rollout layer; the 287(g) layer fills them instead). */
  outline287g: boolean
  selected: string | null
}

// Fills: Secure Communities (n recent, a earlier, o not yet, x no date); 287(g) by model (t, j, w, m several, z none, u unknown).
// The 287(g) marks are black on a white halo, so one of the two meets 3:1 against every fill; strokes and dots keep their
// screen size at any zoom (non-scaling strokes, round-capped zero-length segments).

/** The county map, drawn on the server as one SVG; the only script is the click, key and tip handling around it. */
export function CountyMap({ drawn, borders, viewBox, label, shapes, outline287g, selected }: CountyMapProps) {
  const chosen = selected ? drawn.find((c) => c.fips === selected) : undefined
  return (
    <MapInteractions>
      <svg id="county-map" viewBox={viewBox} className="h-auto w-full" role="group" aria-label={label}>
        <defs>
          <pattern id="no-date" patternUnits="userSpaceOnUse" width="40" height="40">
            <rect width="40" height="40" fill="#fff" />
            <path d="M0 40L40 0" stroke="#777" strokeWidth="8" />
          </pattern>
          <pattern id="unknown" patternUnits="userSpaceOnUse" width="60" height="60">
            <rect width="60" height="60" fill="#f6f8fa" />
            <path d="M0 60L60 0" stroke="#afb8c1" strokeWidth="6" />
          </pattern>
        </defs>
        <CountyLayer layer={packCounties(drawn, borders, outline287g)} shapes={shapes} />
        {chosen && (
          <g aria-hidden="true">
            <use href={`${shapes}#c${chosen.fips}`} className="sh" />
            <use href={`${shapes}#c${chosen.fips}`} className="sl" />
          </g>
        )}
        <rect x="8600" y="5400" width="1050" height="600" fill="none" stroke="#999" strokeWidth="8" />
        <text x="8620" y="5470" fontSize="60" fill="#57606a">Puerto Rico</text>
      </svg>
    </MapInteractions>
  )
}
