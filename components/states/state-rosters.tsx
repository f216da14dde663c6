import { useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'
import type { ReactNode } from 'react'
import type { RosterHistory } from '@/lib/states/breakdown'
import type { StateCode } from '@/lib/states'
import { sourceListHref } from '@/lib/sources/links'

interface StateRostersProps {
  code: StateCode
  stateName: string
  rows: RosterHistory
}

/**
 * What a state's own page must say where the press and ICE's rosters disagree. Arizona: the June 25, 2012 rescission
 * of seven task forces (facts §4 item 2) against rosters that list no Arizona task force after 2010.
 */
const NOTES: Partial<Record<StateCode, ReactNode>> = {
  AZ: (
    <>
      <p>
        On June 25, 2012, the day of the Supreme Court’s <i>Arizona v. United States</i> ruling, ICE rescinded all seven Arizona task-force agreements and kept
        seven jail-model agreements, as the press reported (CQ Homeland Security, Jul 10, 2012; FierceHomelandSecurity, Jul 11, 2012;{' '}
        <Link href="/policy#2012-06-25-arizona-rescission">the event</Link>).
      </p>
      <p className="mt-1">
        ICE’s rosters cannot confirm those numbers. They list each agency once, under one model: the Oct 2010 roster shows three Arizona task forces (Arizona
        DPS, Phoenix PD, Florence PD), which the roster captured on Aug 18, 2011 relabels as jail enforcement. Those three and Pima County are gone from the first roster
        after the rescission (Oct 2, 2012), which fits the rescission without saying why they left; four jail agreements remain to Dec 31, 2012, not seven.
        Task-force units of agencies listed as jail-model, which the rosters do not show, may explain the difference.
      </p>
    </>
  ),
}

/** A state's lines on ICE's 2010–2017 fact-sheet rosters, by the model ICE printed, and who left; a row per change. */
export function StateRosters({ code, stateName, rows }: StateRostersProps) {
  const t = useTranslations('state')
  if (rows.length === 0) return null
  return (
    <section aria-labelledby="rosters" className="space-y-2">
      <h2 id="rosters" className="text-lg font-semibold">{t('rosters', { name: stateName })}</h2>
      {NOTES[code] && <div className="max-w-3xl rounded border border-line bg-wash p-3 text-sm">{NOTES[code]}</div>}
      <div className="relative overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="mb-2 text-left text-muted">Agreements in {stateName} on ICE’s rosters held, by the model it printed; a row for each change, with the captures that show it unchanged.</caption>
          <thead>
            <tr className="border-b border-line text-left">
              <th scope="col" className="px-2 py-1">Roster</th>
              <th scope="col" className="px-2 py-1 text-right">Task force</th>
              <th scope="col" className="px-2 py-1 text-right">Jail enforcement</th>
              <th scope="col" className="px-2 py-1 text-right">Total</th>
              <th scope="col" className="px-2 py-1">Gone since the roster before</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.listId} className="border-b border-line align-top">
                <th scope="row" className="px-2 py-1 text-left font-normal whitespace-nowrap">
                  <Link href={sourceListHref(r.listId)}>{r.asOf}</Link>
                  {r.until !== r.asOf && <span className="text-muted"> to {r.until} ({r.captures} captures)</span>}
                </th>
                <td className="px-2 py-1 text-right tabular">{r.task_force}</td>
                <td className="px-2 py-1 text-right tabular">{r.jail_enforcement}</td>
                <td className="px-2 py-1 text-right tabular">{r.total}</td>
                <td className="px-2 py-1">
                  {i === 0 ? <span className="text-muted">first roster held</span> : r.left.length === 0 ? '—' : r.left.map((a, k) => (
                    <span key={a.id}>{k > 0 && ', '}<Link href={`/agencies/${a.id}`}>{a.name}</Link></span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
