import { useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'
import type { StateShape } from '@/lib/geo/states'
import type { StateSummary } from '@/lib/states/queries'

interface StateMapProps {
  shapes: StateShape[]
  borders: string
  viewBox: string
  states: StateSummary[]
  asOf: string
  /** Query string carried into the state links, e.g. `?as_of=2012-12-31`. */
  query: string
  gap: boolean
}

const BINS = [
  { min: 100, fill: '#08306b' },
  { min: 50, fill: '#2171b5' },
  { min: 10, fill: '#6baed6' },
  { min: 1, fill: '#c6dbef' },
  { min: 0, fill: '#dcdcdc' },
] as const

const fillFor = (n: number) => BINS.find((b) => n >= b.min)!.fill

/**
 * Two layers with one geometry: the picture (role="img", named by its aria-label) and, over it, a layer of
 * links that reuse each shape with <use>, so that a picture can be a set of keyboard-usable, named links
 * without nesting interactive content inside an image.
 */
export function StateMap({ shapes, borders, viewBox, states, asOf, query, gap }: StateMapProps) {
  const byCode = new Map<string, StateSummary>(states.map((s) => [s.code, s]))
  const top = [...states].sort((a, b) => b.total - a.total).slice(0, 3)
  const t = useTranslations('states.map')
  const label = gap ? t('gap', { date: asOf }) : t('label', { date: asOf, top: top.map((s) => `${s.name} (${s.total})`).join(', ') })
  const count = (code: string) => byCode.get(code)?.total ?? 0
  return (
    <figure className="space-y-2">
      <div className="relative w-full max-w-3xl">
        <svg viewBox={viewBox} role="img" aria-label={label} className="h-auto w-full">
          {shapes.map((s) => (
            <path key={s.code} id={`state-shape-${s.code}`} d={s.d} fill={gap ? '#dcdcdc' : fillFor(count(s.code))} />
          ))}
          <path d={borders} fill="none" stroke="#ffffff" strokeWidth={7.5} strokeLinejoin="round" />
        </svg>
        <svg viewBox={viewBox} role="group" aria-label={t('group')} className="absolute inset-0 h-full w-full">
          {shapes.map((s) => {
            const n = count(s.code)
            return (
              <Link key={s.code} href={`/states/${s.code}${query}`}>
                <title>{gap ? s.name : t('title', { name: s.name, count: n })}</title>
                <use href={`#state-shape-${s.code}`} fill="transparent" className="hover:fill-black/20" />
              </Link>
            )
          })}
        </svg>
      </div>
      {!gap && (
        <figcaption>
          <ul className="flex flex-wrap gap-3 text-xs" aria-label={t('legend')}>
            {BINS.map((b) => (
              <li key={b.min} className="flex items-center gap-1">
                <span aria-hidden className="inline-block h-3 w-4 border border-line" style={{ background: b.fill }} />
                {t(`bins.${b.min}`)}
              </li>
            ))}
          </ul>
        </figcaption>
      )}
    </figure>
  )
}
