import { useTranslations } from 'next-intl'
import { AGENCY_TYPES, type AgencyType } from '@/lib/agreements/schema'
import { Link } from '@/lib/i18n/navigation'

interface CountyNeighboursProps {
  countyName: string | null
  neighbours: { id: number; name: string; type: string; agreements: number }[]
}

const isType = (t: string): t is AgencyType => (AGENCY_TYPES as readonly string[]).includes(t)

export function CountyNeighbours({ countyName, neighbours }: CountyNeighboursProps) {
  const t = useTranslations('agency.neighbours')
  const types = useTranslations('labels.agencyType')
  return (
    <section aria-labelledby="neighbours" className="space-y-2">
      <h2 id="neighbours" className="text-lg font-semibold">{t('title', { county: countyName ?? t('sameCounty') })}</h2>
      {neighbours.length === 0 ? (
        <p className="text-muted">{countyName ? t('none', { county: countyName }) : t('noCounty')}</p>
      ) : (
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {neighbours.map((n) => (
            <li key={n.id}>
              <Link href={`/agencies/${n.id}`}>{n.name}</Link>{' '}
              <span className="text-muted">({t('count', { type: isType(n.type) ? types(n.type) : n.type, count: n.agreements })})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
