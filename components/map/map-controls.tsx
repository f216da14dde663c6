import { useLocale, useTranslations } from 'next-intl'
import type { AgreementModel } from '@/lib/agreements/constants'
import { getPathname, Link } from '@/lib/i18n/navigation'
import { EARLIEST_AS_OF, mapHref, viewHref, MAP_MODELS, type MapParams } from '@/lib/stats/view-params'
import { RolloutReplay } from './rollout-replay'

interface MapControlsProps {
  view: MapParams
  today: string
  rollout: { from: string; to: string }
}

/** Layer and model switches (links), the as-of date (a GET form: typing is never interrupted) and the rollout replay. */
export function MapControls({ view, today, rollout }: MapControlsProps) {
  const { asOf, layer, model } = view
  const t = useTranslations('map.controls')
  const labels = useTranslations('labels')
  const locale = useLocale()
  const tab = (on: boolean) => (on ? 'font-semibold text-ink no-underline' : '')
  return (
    <div className="space-y-3 text-sm">
      <nav aria-label={t('layer')} className="flex flex-wrap gap-x-4 gap-y-1">
        {(['rollout', '287g'] as const).map((l) => (
          <Link key={l} href={mapHref({ asOf, layer: l, model }, today)} aria-current={layer === l ? 'page' : undefined} className={tab(layer === l)}>
            {t(l)}
          </Link>
        ))}
      </nav>
      {layer === '287g' && (
        <nav aria-label={t('model')} className="flex flex-wrap gap-x-4 gap-y-1">
          {MAP_MODELS.map((m) => (
            <Link key={m} href={mapHref({ asOf, layer: view.layerGiven ? layer : undefined, model: m }, today)} aria-current={model === m ? 'page' : undefined} className={tab(model === m)}>
              {m === 'all' ? labels('allModels') : labels(`model.${m as AgreementModel}`)}
            </Link>
          ))}
        </nav>
      )}
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <form method="get" action={getPathname({ href: '/map', locale })} className="flex items-end gap-2">
          <label className="flex flex-col">
            <span className="text-muted">{t('asOf')}</span>
            <input type="date" name="as_of" defaultValue={asOf} min={EARLIEST_AS_OF} max={today} required className="rounded border border-line px-2 py-1" />
          </label>
          {view.layerGiven && <input type="hidden" name="layer" value={layer} />}
          {model !== 'all' && <input type="hidden" name="model" value={model} />}
          <button type="submit" className="rounded border border-line bg-wash px-3 py-1">
            {t('show')}
          </button>
        </form>
        {layer === 'rollout' && <RolloutReplay asOf={asOf} rollout={rollout} />}
      </div>
      <p className="flex flex-wrap gap-x-3 gap-y-1">
        <Link href={viewHref('/agreements', { asOf })}>{t('agreementsOn', { date: asOf })}</Link>
        <Link href={viewHref('/trends', { asOf })}>{t('chartsOn', { date: asOf })}</Link>
        <Link href={viewHref('/map/table', { asOf })}>{t('table')}</Link>
      </p>
    </div>
  )
}
