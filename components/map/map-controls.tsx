import { Link } from '@/lib/i18n/navigation'
import { MODEL_LABELS, type AgreementModel } from '@/lib/agreements/constants'
import { EARLIEST_AS_OF, mapHref, viewHref, MAP_MODELS, type MapParams } from '@/lib/stats/view-params'
import { RolloutReplay } from './rollout-replay'

interface MapControlsProps {
  view: MapParams
  today: string
  rollout: { from: string; to: string }
}

const LAYER_LABELS = { rollout: 'Secure Communities rollout, 2008–2013', '287g': '287(g) by model' } as const

/** Layer and model switches (links), the as-of date (a GET form: typing is never interrupted) and the rollout replay. */
export function MapControls({ view, today, rollout }: MapControlsProps) {
  const { asOf, layer, model } = view
  const tab = (on: boolean) => (on ? 'font-semibold text-ink no-underline' : '')
  return (
    <div className="space-y-3 text-sm">
      <nav aria-label="Map layer" className="flex flex-wrap gap-x-4 gap-y-1">
        {(['rollout', '287g'] as const).map((l) => (
          <Link key={l} href={mapHref({ asOf, layer: l, model }, today)} aria-current={layer === l ? 'page' : undefined} className={tab(layer === l)}>
            {LAYER_LABELS[l]}
          </Link>
        ))}
      </nav>
      {layer === '287g' && (
        <nav aria-label="287(g) model" className="flex flex-wrap gap-x-4 gap-y-1">
          {MAP_MODELS.map((m) => (
            <Link key={m} href={mapHref({ asOf, layer: view.layerGiven ? layer : undefined, model: m }, today)} aria-current={model === m ? 'page' : undefined} className={tab(model === m)}>
              {m === 'all' ? 'All models' : MODEL_LABELS[m as AgreementModel]}
            </Link>
          ))}
        </nav>
      )}
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <form method="get" action="/map" className="flex items-end gap-2">
          <label className="flex flex-col">
            <span className="text-muted">As-of date</span>
            <input type="date" name="as_of" defaultValue={asOf} min={EARLIEST_AS_OF} max={today} required className="rounded border border-line px-2 py-1" />
          </label>
          {view.layerGiven && <input type="hidden" name="layer" value={layer} />}
          {model !== 'all' && <input type="hidden" name="model" value={model} />}
          <button type="submit" className="rounded border border-line bg-wash px-3 py-1">
            Show
          </button>
        </form>
        {layer === 'rollout' && <RolloutReplay asOf={asOf} rollout={rollout} />}
      </div>
      <p className="flex flex-wrap gap-x-3 gap-y-1">
        <Link href={viewHref('/agreements', { asOf })}>Agreements on {asOf}</Link>
        <Link href={viewHref('/trends', { asOf })}>Charts on {asOf}</Link>
        <Link href={viewHref('/map/table', { asOf })}>Table of counties</Link>
      </p>
    </div>
  )
}
