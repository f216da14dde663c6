import { Link } from '@/lib/i18n/navigation'
import type { ExpiringMonth } from '@/lib/agreements/expiring'
import { MODEL_LABELS } from '@/lib/agreements/constants'
import { serializeAgreementSearch } from '@/lib/agreements/search-params'
import { stateName } from '@/lib/states'

interface ExpiringMonthsProps {
  asOf: string
  months: ExpiringMonth[]
}

const monthName = (month: string) =>
  new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' })

function nextMonthStart(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`
}

export function ExpiringMonths({ asOf, months }: ExpiringMonthsProps) {
  return (
    <div className="space-y-4">
      {months.map((m) => (
        <section key={m.month} aria-labelledby={`m-${m.month}`} className="rounded border border-line p-3">
          <h3 id={`m-${m.month}`} className="font-semibold">
            {monthName(m.month)} <span className="font-normal text-muted">· {m.items.length} {m.items.length === 1 ? 'agreement' : 'agreements'}</span>
          </h3>
          <p className="text-sm">
            <Link href={`/agreements${serializeAgreementSearch({ as_of: asOf, expires_before: nextMonthStart(m.month), sort: 'expires_on' })}`}>
              Open in the table (everything expiring before {nextMonthStart(m.month)})
            </Link>
          </p>
          <ul className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
            {m.items.map((i) => (
              <li key={i.id}>
                <Link href={`/agencies/${i.agencyId}`}>{i.agency}</Link>{' '}
                <span className="text-muted">
                  · <abbr title={stateName(i.state)}>{i.state}</abbr> · {MODEL_LABELS[i.model] ?? i.model} · expires <time dateTime={i.expiresOn}>{i.expiresOn}</time>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
