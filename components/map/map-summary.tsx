import { useLocale, useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import { AGREEMENT_MODELS } from '@/lib/agreements/constants'
import { formatNumber } from '@/lib/i18n/format'
import { useListLabel } from '@/lib/i18n/list-label'
import type { Layer287g } from '@/lib/stats/map-layers'
import { SC_DISCONTINUED, type MapParams } from '@/lib/stats/view-params'
import { countByModel, type DrawnCounty } from './map-model'

interface MapSummaryProps {
  view: MapParams
  drawn: DrawnCounty[]
  layer: Layer287g | null
  statewide: number | null
}

const bold = (c: ReactNode) => <span className="font-semibold">{c}</span>
const num = (c: ReactNode) => <span className="font-semibold tabular">{c}</span>

/** The numbers the map shows, in words; a date no list covers is "unknown" for 287(g), never zero. */
export function MapSummary({ view, drawn, layer, statewide }: MapSummaryProps) {
  const t = useTranslations('map.summary')
  const models = useTranslations('labels.model')
  const locale = useLocale()
  const listName = useListLabel()
  const n = (v: number) => formatNumber(v, locale)
  const activated = drawn.filter((c) => c.activated).length
  const marked = drawn.filter((c) => c.has287g).length
  const g = layer ? null : <strong>{t('unknown', { date: view.asOf })}</strong>
  if (view.layer === 'rollout') {
    return (
      <div className="space-y-1 text-sm" aria-live="polite">
        <p>
          {t.rich('rollout', { date: view.asOf, activated: n(activated), total: n(drawn.length), b: bold, n: num })}
          {layer && t.rich('rollout287g', { marked: n(marked), n: num })}.
        </p>
        {g && <p>{g}</p>}
        {view.asOf >= SC_DISCONTINUED && <p className="text-muted">{t('discontinued')}</p>}
      </div>
    )
  }
  if (!layer) return <p className="text-sm" aria-live="polite">{g}</p>
  const by = countByModel(layer.byCounty)
  return (
    <p className="text-sm" aria-live="polite">
      {t.rich('models', { date: view.asOf, basis: listName(layer.basis.label), marked: n(marked), model: view.model === 'all' ? t('all287g') : models(view.model).toLowerCase(), b: bold, n: num })}
      {view.model === 'all' && t('byModel', { list: AGREEMENT_MODELS.map((m) => `${models(m).toLowerCase()} ${n(by[m])}`).join(', ') })}
      {statewide !== null && t('statewide', { count: n(statewide) })}.
    </p>
  )
}
