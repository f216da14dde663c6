import type { Metadata } from 'next'
import Link from 'next/link'
import { CountyMap } from '@/components/map/county-map'
import { todayIso } from '@/lib/dates'
import { COUNTY_MAP_VIEWBOX } from '@/lib/geo/counties'
import { countyMapData, listActivePeriods } from '@/lib/stats/counties'
import { ROLLOUT } from '@/lib/stats/view-params'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'County map' }

export default async function MapPage() {
  const [map, active] = await Promise.all([countyMapData(), listActivePeriods()])
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">Secure Communities and 287(g), county by county</h1>
        <p className="mt-1 max-w-3xl text-muted">
          Counties are shaded by the date Secure Communities was switched on, relative to the as-of date; counties where a local agency held a
          287(g) agreement on that date are outlined. Replay the rollout from {ROLLOUT.from} to {ROLLOUT.to}, or pick any date.
        </p>
      </div>
      <CountyMap
        counties={map.counties}
        borders={map.borders}
        sources={map.sources}
        agencies={active.agencies}
        periods={active.periods}
        viewBox={COUNTY_MAP_VIEWBOX}
        today={todayIso()}
        rollout={ROLLOUT}
      />
      <p className="text-xs text-muted">
        Sources: county activation dates from White (2016), reproducing ICE’s IDENT/IAFIS Interoperability Statistics, and a month-level compilation;
        287(g) agreements from ICE’s rosters and lists (<Link href="/sources">sources</Link>). County shapes: U.S. Census Bureau cartographic boundaries via us-atlas, simplified.
        Bedford city, VA (merged into Bedford County in 2013) is drawn as a dot; Wade Hampton Census Area, AK is drawn with the shape of its successor, Kusilvak.
        The same data as a table: <Link href="/map/table">counties by state</Link>.
      </p>
    </div>
  )
}
