import { useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'

interface StatewideAgenciesProps {
  agencies: { id: number; name: string; state: string }[] | null
  asOf: string
}

/** Agencies with no single county (state agencies, some city forces): listed beside the map, not smeared over it. */
export function StatewideAgencies({ agencies, asOf }: StatewideAgenciesProps) {
  const t = useTranslations('map.statewide')
  return (
    <section aria-labelledby="statewide-title" className="rounded border border-line p-3 text-sm">
      <h2 id="statewide-title" className="font-semibold">
        {t('title', { count: agencies ? agencies.length : t('unknown') })}
      </h2>
      <p className="text-xs text-muted">
        {agencies ? t('text', { date: asOf }) : t('noList', { date: asOf })}
      </p>
      {agencies && agencies.length > 0 && (
        <ul className="mt-2 max-h-80 space-y-1 overflow-auto">
          {agencies.map((a) => (
            <li key={a.id}>
              <span className="text-muted">{a.state}</span> <Link href={`/agencies/${a.id}`}>{a.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
