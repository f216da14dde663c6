import { useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'
import { stateName } from '@/lib/states'
import type { StateActivation } from '@/lib/stats/counties'
import { viewHref } from '@/lib/stats/view-params'

interface CountyRow {
  fips: string
  name: string
  scEffectiveOn: string | null
  scActivatedOn: string | null
  scActivationMonth: string | null
  scPrecision: string | null
  scAor: string | null
}

const cell = 'border-b border-line px-2 py-1'

export function StateActivationTable({ rows, asOf, current }: { rows: StateActivation[]; asOf: string; current: string | null }) {
  const t = useTranslations('map.tables')
  return (
    <table className="block w-full overflow-x-auto border-collapse text-left text-sm tabular sm:table">
      <caption className="py-1 text-left font-semibold">{t('byState', { date: asOf })}</caption>
      <thead className="bg-wash">
        <tr>
          {[t('state'), t('counties'), t('activatedBy', { date: asOf }), t('first'), t('last')].map((c) => (
            <th key={c} scope="col" className={cell}>{c}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.state}>
            <th scope="row" className={`${cell} font-normal`}>
              <Link href={`${viewHref('/map/table', { asOf })}${asOf ? '&' : '?'}state=${r.state}`} aria-current={current === r.state ? 'page' : undefined}>
                {stateName(r.state)} ({r.state})
              </Link>
            </th>
            <td className={cell}>{r.counties}</td>
            <td className={cell}>{r.activated}</td>
            <td className={cell}>{r.first ?? '—'}</td>
            <td className={cell}>{r.last ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function CountyTable({ state, rows, asOf }: { state: string; rows: CountyRow[]; asOf: string }) {
  const t = useTranslations('map.tables')
  return (
    <table className="block w-full overflow-x-auto border-collapse text-left text-sm tabular sm:table">
      <caption className="py-1 text-left font-semibold">{t('inState', { state: stateName(state), count: rows.length })}</caption>
      <thead className="bg-wash">
        <tr>
          {[t('county'), t('fips'), t('activated'), t('precision'), t('statusOn', { date: asOf }), t('aor')].map((c) => (
            <th key={c} scope="col" className={cell}>{c}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.fips}>
            <th scope="row" className={`${cell} font-normal`}>{r.name}</th>
            <td className={cell}>{r.fips}</td>
            <td className={cell}>{r.scActivatedOn ?? r.scActivationMonth ?? '—'}</td>
            <td className={cell}>{r.scPrecision ?? '—'}</td>
            <td className={cell}>{!r.scEffectiveOn ? t('noDate') : r.scEffectiveOn <= asOf ? t('isActivated') : t('notYet')}</td>
            <td className={cell}>{r.scAor ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
