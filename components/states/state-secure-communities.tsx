import { useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'

interface StateSecureCommunitiesProps {
  stateName: string
  sc: {
    total: number
    activated: number
    first: { date: string; county: string } | null
    last: { date: string; county: string } | null
    byMonth: { month: string; count: number }[]
    notActivated: string[]
  }
}

export function StateSecureCommunities({ stateName, sc }: StateSecureCommunitiesProps) {
  const t = useTranslations('state')
  return (
    <section aria-labelledby="sc" className="space-y-2">
      <h2 id="sc" className="text-lg font-semibold">{t('sc')}</h2>
      {sc.total === 0 ? (
        <p className="text-muted">The county datasets hold no county for {stateName}.</p>
      ) : (
        <>
          <p>
            <span className="font-semibold tabular">{sc.activated}</span> of {sc.total} counties (Census 2010 county equivalents) have a recorded activation date
            {sc.first && sc.last && (
              <>
                : the first {sc.first.county} on {sc.first.date}, the last {sc.last.county} on {sc.last.date}
              </>
            )}
            .
          </p>
          {sc.notActivated.length > 0 && (
            <p className="text-sm text-muted">No activation date in the sources for: {sc.notActivated.join(', ')}.</p>
          )}
          {sc.byMonth.length > 0 && (
            <table className="border-collapse text-sm">
              <caption className="mb-1 text-left text-muted">Counties activated by month</caption>
              <thead>
                <tr className="border-b border-line text-left">
                  <th scope="col" className="px-2 py-1">Month</th>
                  <th scope="col" className="px-2 py-1 text-right">Counties</th>
                </tr>
              </thead>
              <tbody>
                {sc.byMonth.map((m) => (
                  <tr key={m.month} className="border-b border-line">
                    <th scope="row" className="px-2 py-1 text-left font-normal tabular">{m.month}</th>
                    <td className="px-2 py-1 text-right tabular">{m.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="text-xs text-muted">
            Basis: ICE's IDENT/IAFIS interoperability statistics (White 2016) and a month-level compilation; see <Link href="/sources#secure-communities">sources</Link>.
          </p>
        </>
      )}
    </section>
  )
}
