import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { Link } from '@/lib/i18n/navigation'
import { CountyDetail } from '@/components/map/county-detail'
import { CountyMap } from '@/components/map/county-map'
import { MapControls } from '@/components/map/map-controls'
import { MapLegend } from '@/components/map/map-legend'
import { MapSummary } from '@/components/map/map-summary'
import { drawCounties } from '@/components/map/map-model'
import { StatewideAgencies } from '@/components/map/statewide-agencies'
import { todayIso } from '@/lib/dates'
import { COUNTY_MAP_VIEWBOX } from '@/lib/geo/counties'
import { countyShapesSvg } from '@/lib/stats/counties'
import { readMapParams, ROLLOUT } from '@/lib/stats/view-params'
import { agenciesWithoutCounty, countyAgencies, countyMapData, layer287g, newestListOrRosterDate as newestListDate } from '@/lib/cache/reads-charts'
import { NoticeText, noticeKey } from '@/components/layout/notice-text'

export const dynamic = 'force-dynamic'
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('map'))('metaTitle') }
}

type Search = Promise<Record<string, string | string[] | undefined>>

export default async function MapPage({ searchParams }: { searchParams: Search }) {
  const today = todayIso()
  const view = readMapParams(await searchParams, today)
  const [map, layer, statewide, local, newest, t] = await Promise.all([
    countyMapData(),
    layer287g(view.asOf),
    agenciesWithoutCounty(view.asOf),
    view.county ? countyAgencies(view.county, view.asOf) : Promise.resolve([]),
    newestListDate(),
    getTranslations('map'),
  ])
  const drawn = drawCounties(map.counties, view.asOf, view.layer, view.model, layer?.byCounty ?? null, await getTranslations('map.county'))
  const selected = view.county ? (map.counties.find((c) => c[0] === view.county) ?? null) : null
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-muted">
          {t('lede', { from: ROLLOUT.from, to: ROLLOUT.to })}
        </p>
      </div>
      {view.notices.map((n) => (
        <p key={noticeKey(n)} role="status" className="text-sm"><NoticeText notice={n} /></p>
      ))}
      <MapControls view={view} today={today} rollout={ROLLOUT} />
      <MapSummary view={view} drawn={drawn} layer={layer} statewide={layer ? statewide.length : null} />
      <div className="grid gap-4 lg:grid-cols-[1fr_18rem]">
        <div className="min-w-0">
          <a href="#county-detail" className="sr-only focus:not-sr-only">{t('skip')}</a>
          <CountyMap
            drawn={drawn}
            borders={map.borders}
            viewBox={COUNTY_MAP_VIEWBOX}
            shapes={`/map/shapes.svg?v=${countyShapesSvg().version}`}
            label={t('label', { layer: view.layer === 'rollout' ? 'rollout' : 'models', date: view.asOf })}
            outline287g={view.layer === 'rollout'}
            selected={selected ? selected[0] : null}
          />
          <MapLegend layer={view.layer} known={layer !== null} model={view.model} />
        </div>
        <div className="min-w-0 space-y-4">
          <CountyDetail county={selected} source={selected ? (map.sources[selected[6]] ?? null) : null} agencies={local} asOf={view.asOf} newest={newest} known={layer !== null} />
          <StatewideAgencies agencies={layer ? statewide : null} asOf={view.asOf} />
        </div>
      </div>
      <p className="text-xs text-muted">
        {t.rich('sources', { link: (c) => <Link href="/sources">{c}</Link>, table: (c) => <Link href="/map/table">{c}</Link> })}
      </p>
    </div>
  )
}
