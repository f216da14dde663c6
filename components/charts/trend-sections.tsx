import { Link } from '@/lib/i18n/navigation'
import { ChartCard } from './chart-card'
import { MonthModelBars, StateBars } from './bar-charts'
import { PhaseOutChart } from './phase-out-chart'
import { monthModelTable, phaseOutTable, stateTable } from '@/lib/stats/chart-tables'
import type { agreementsByState, expirationsByMonth, newAgreementsByMonth, phaseOutChart } from '@/lib/stats/charts'
import { csvHref, type ViewParams } from '@/lib/stats/view-params'
import type { Layout } from './geometry'

type View = Pick<ViewParams, 'asOf' | 'range' | 'asOfGiven'>
type Drawn = { layout: Layout }
const SC_SOURCE = 'county activation dates from White (2016), reproducing ICE’s IDENT/IAFIS Interoperability Statistics, and a month-level compilation'
const shareCell = (v: string | number | null, column: string) =>
  v === null ? '—' : column === 'Share of counties' && typeof v === 'number' ? `${(v * 100).toFixed(1)}%` : typeof v === 'number' ? v.toLocaleString('en-US') : v

export function PhaseOutSection({ data, view, layout }: { data: Awaited<ReturnType<typeof phaseOutChart>>; view: View } & Drawn) {
  const bases = [...new Set(data.points.map((p) => p.basis).filter((b): b is string => !!b))]
  const title = view.range === 'full' ? 'Phase-out vs rollout, 2002 to today' : 'Phase-out vs rollout, 2008–2013'
  return (
    <ChartCard
      id="phase-out"
      title={title}
      summary={
        <>
          Active 287(g) agreements by model at each month’s end, drawn as steps from ICE’s lists, against the share of counties where Secure Communities had been
          switched on (right axis; discontinued Nov 20, 2014 and replaced by the Priority Enforcement Program, revived Jan 25, 2017). Months for which the tracker
          holds no ICE list are left blank, never drawn as zero; a model is drawn only while it existed (warrant service officers from May 6, 2019; task forces until
          their end on Dec 31, 2012 and again from 2025); nothing is drawn after ICE’s newest list held{data.lastListed ? ` (${data.lastListed})` : ''}.
          {view.range === 'full' && ' The full range is drawn in two panels, each with its own count axis, so the tens of 2010–2012 and the thousands of 2025–26 are both legible.'}
        </>
      }
      source={<>{bases.length ? bases.join(', ') : 'the tracker holds no ICE list for this range'}; {SC_SOURCE}. Policy events: <Link href="/policy">policy timeline</Link>.</>}
      table={phaseOutTable(data.points)}
      csvHref={csvHref('phase-out', view)}
      formatCell={shareCell}
    >
      <PhaseOutChart
        label={`${title}: active agreements by model and Secure Communities coverage by month`}
        points={data.points}
        markers={data.markers}
        asOf={view.asOfGiven ? view.asOf : null}
        lastListed={data.lastListed}
        layout={layout}
      />
    </ChartCard>
  )
}

export function NewAgreementsSection({ data, layout }: { data: Awaited<ReturnType<typeof newAgreementsByMonth>> } & Drawn) {
  const empty = data.rows.every((r) => !r.total)
  return (
    <ChartCard
      id="new-agreements"
      title="New agreements by month and model since 2025"
      summary={<>Agreements by the month of the signing date ICE lists for them, stacked by model (the model on ICE’s latest list). Months after ICE’s newest list ({data.lastListed}) are left blank: agreements signed then may not be listed yet.</>}
      source={
        <>
          ICE participating-agency lists, column “Signed”. {data.excluded} agreement{data.excluded === 1 ? '' : 's'} without a usable signing date {data.excluded === 1 ? 'is' : 'are'} left out.
          {data.flaggedDates.length > 0 && <> Dates ICE printed wrongly: {data.flaggedDates.map((f) => `${f.agency} (${f.state}) “${f.printed}” (${f.flag}${f.usedDate ? `; ${f.usedDate} from another ICE list used` : '; left out'})`).join('; ')}.</>}
        </>
      }
      table={monthModelTable(data.rows, 'Month signed')}
      csvHref={csvHref('new-agreements', { asOf: '', range: 'default' })}
      empty={empty ? 'No agreement signed since January 2025 is on the lists held.' : undefined}
    >
      <MonthModelBars layout={layout} rows={data.rows} label="New 287(g) agreements by month of signing and model since January 2025" yLabel="Agreements signed" />
    </ChartCard>
  )
}

export function StateSection({ data, view, layout }: { data: Awaited<ReturnType<typeof agreementsByState>>; view: View } & Drawn) {
  const rows = data.rows ?? []
  return (
    <ChartCard
      id="by-state"
      title={`Active agreements by state on ${data.asOf}`}
      summary="Active 287(g) agreements in each state and territory on the as-of date, stacked by model."
      source={data.basis ? <>{data.basis.label} (<Link href={`/agreements?as_of=${data.asOf}`}>the agreements</Link>)</> : 'none: the tracker holds no ICE list for this date'}
      table={stateTable(rows)}
      csvHref={csvHref('by-state', view)}
      empty={!data.rows ? `The tracker holds no ICE list for ${data.asOf}: the counts are unknown, not zero. Pick a date a list held covers (see the phase-out chart’s blank months).` : rows.length === 0 ? 'No active agreement on this date.' : undefined}
    >
      <StateBars layout={layout} rows={rows} label={`Active 287(g) agreements by state and model on ${data.asOf}`} />
    </ChartCard>
  )
}

export function ExpirationsSection({ data, layout }: { data: Awaited<ReturnType<typeof expirationsByMonth>> } & Drawn) {
  return (
    <ChartCard
      id="expirations"
      title="Expirations by month"
      summary={<>Agreements whose end has a known day (an expiry date or a dated expiry, non-renewal or termination), by month and model. {data.undated} times an agreement dropped off ICE’s list without a dated end; those are not placed in a month.</>}
      source="ICE rosters and lists; dated lifecycle events with their citations (see each agreement)."
      table={monthModelTable(data.rows, 'Month of expiry')}
      csvHref={csvHref('expirations', { asOf: '', range: 'default' })}
      empty={data.rows.length === 0 ? 'No agreement has a dated end in the sources held.' : undefined}
    >
      <MonthModelBars layout={layout} rows={data.rows} label="287(g) agreement expirations with a known date, by month and model" yLabel="Agreements ending" />
    </ChartCard>
  )
}
