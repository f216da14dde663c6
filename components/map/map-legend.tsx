import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import type { AgreementModel } from '@/lib/agreements/constants'
import type { MapLayer, MapModel } from '@/lib/stats/view-params'

const SC_ITEMS = [
  { fill: '#3f2a66', key: 'scNew' },
  { fill: '#9a86c4', key: 'scOn' },
  { fill: '#f2f2f2', key: 'scOff' },
  { fill: 'url(#legend-no-date)', key: 'scNone' },
] as const
const G_ITEMS = [
  { fill: '#d55e00', key: 'tf' },
  { fill: '#0072b2', key: 'jail' },
  { fill: '#009e73', key: 'wso' },
  { fill: '#1b1f24', key: 'several' },
  { fill: '#fafbfc', key: 'none' },
] as const

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg width="22" height="14" aria-hidden="true">
      <defs>
        <pattern id="legend-no-date" patternUnits="userSpaceOnUse" width="4" height="4">
          <rect width="4" height="4" fill="#fff" />
          <path d="M0 4L4 0" stroke="#777" strokeWidth="1" />
        </pattern>
      </defs>
      {children}
    </svg>
  )
}

const MODEL_FILL: Record<AgreementModel, string> = { task_force: '#d55e00', jail_enforcement: '#0072b2', warrant_service_officer: '#009e73' }

export function MapLegend({ layer, known, model }: { layer: MapLayer; known: boolean; model: MapModel }) {
  const t = useTranslations('map.legend')
  const models = useTranslations('labels.model')
  const items: { fill: string; label: string }[] =
    layer === 'rollout' ? SC_ITEMS.map((i) => ({ fill: i.fill, label: t(i.key) }))
    : !known ? []
    : model === 'all' ? G_ITEMS.map((i) => ({ fill: i.fill, label: t(i.key) }))
    : [{ fill: MODEL_FILL[model], label: models(model) }, { fill: '#fafbfc', label: t('noModel', { model: models(model).toLowerCase() }) }]
  return (
    <ul aria-label={t('label')} className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs">
      {items.map((i) => (
        <li key={i.label} className="flex items-center gap-1.5">
          <Swatch>
            <rect x="0.5" y="0.5" width="21" height="13" fill={i.fill} stroke="#999" />
          </Swatch>
          {i.label}
        </li>
      ))}
      {layer === 'rollout' && known && (
        <li className="flex items-center gap-1.5">
          <Swatch>
            <rect x="2" y="2" width="18" height="10" fill="#9a86c4" stroke="#fff" strokeWidth="3.5" />
            <rect x="2" y="2" width="18" height="10" fill="none" stroke="#000" strokeWidth="1.5" />
            <circle cx="11" cy="7" r="3.5" fill="#000" stroke="#fff" strokeWidth="1.5" />
          </Swatch>
          {t('outline')}
        </li>
      )}
      {!known && (
        <li className="flex items-center gap-1.5">
          <Swatch>
            <rect x="0.5" y="0.5" width="21" height="13" fill="#f6f8fa" stroke="#afb8c1" />
            <path d="M0 14L14 0M8 14L22 0" stroke="#afb8c1" strokeWidth="2" />
          </Swatch>
          {t('unknown')}
        </li>
      )}
    </ul>
  )
}
