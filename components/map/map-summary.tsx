import { MODEL_LABELS, AGREEMENT_MODELS } from '@/lib/agreements/constants'
import type { Layer287g } from '@/lib/stats/map-layers'
import { SC_DISCONTINUED, type MapParams } from '@/lib/stats/view-params'
import { countByModel, type DrawnCounty } from './map-model'

interface MapSummaryProps {
  view: MapParams
  drawn: DrawnCounty[]
  layer: Layer287g | null
  statewide: number | null
}

const n = (v: number) => v.toLocaleString('en-US')

/** The numbers the map shows, in words; a date no list covers is "unknown" for 287(g), never zero. */
export function MapSummary({ view, drawn, layer, statewide }: MapSummaryProps) {
  const activated = drawn.filter((c) => c.activated).length
  const marked = drawn.filter((c) => c.has287g).length
  const g = layer ? null : <strong>287(g) layer: unknown. The tracker holds no ICE list for {view.asOf}, so which counties had an agreement is not known (it is not zero).</strong>
  if (view.layer === 'rollout') {
    return (
      <div className="space-y-1 text-sm" aria-live="polite">
        <p>
          On <span className="font-semibold">{view.asOf}</span>: Secure Communities active in <span className="font-semibold tabular">{n(activated)}</span> of {n(drawn.length)} counties drawn
          {layer && <>; <span className="font-semibold tabular">{n(marked)}</span> counties with a county-level 287(g) agreement (outlined, with a dot)</>}.
        </p>
        {g && <p>{g}</p>}
        {view.asOf >= SC_DISCONTINUED && <p className="text-muted">Secure Communities was discontinued on 2014-11-20 (replaced by the Priority Enforcement Program) and revived on 2017-01-25; the shading shows where it had been activated.</p>}
      </div>
    )
  }
  if (!layer) return <p className="text-sm" aria-live="polite">{g}</p>
  const by = countByModel(layer.byCounty)
  return (
    <p className="text-sm" aria-live="polite">
      On <span className="font-semibold">{view.asOf}</span> ({layer.basis.label}): <span className="font-semibold tabular">{n(marked)}</span> counties with a county-level
      {view.model === 'all' ? ' 287(g) agreement' : ` ${MODEL_LABELS[view.model].toLowerCase()} agreement`}
      {view.model === 'all' && <> ({AGREEMENT_MODELS.map((m) => `${MODEL_LABELS[m].toLowerCase()} ${n(by[m])}`).join(', ')})</>}
      {statewide !== null && <>; {n(statewide)} agencies without a county, listed beside the map</>}.
    </p>
  )
}
