import { countyShapesSvg } from '@/lib/stats/counties'

/** The county shapes the map refers to (`/map/shapes.svg?v=<hash>#c<fips>`); the hash in the URL changes with them. */
export function GET() {
  return new Response(countyShapesSvg().svg, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'public, max-age=31536000, immutable' },
  })
}
