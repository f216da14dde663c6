import { useLocale, useTranslations } from 'next-intl'
import { formatNumber, formatPercent } from '@/lib/i18n/format'
import { useListLabel } from '@/lib/i18n/list-label'
import { useRowFlag } from '@/lib/i18n/row-flag'
import { Link } from '@/lib/i18n/navigation'
import type { Locale } from '@/lib/i18n/routing'
import { ChartCard } from './chart-card'
import { MonthModelBars, StateBars } from './bar-charts'
import { PhaseOutChart } from './phase-out-chart'
import { monthModelTable, phaseOutTable, stateTable } from '@/lib/stats/chart-tables'
import type { agreementsByState, expirationsByMonth, newAgreementsByMonth, phaseOutChart } from '@/lib/stats/charts'
import { csvHref, type ViewParams } from '@/lib/stats/view-params'
import type { Layout } from './geometry'

type View = Pick<ViewParams, 'asOf' | 'range' | 'asOfGiven'>
type Drawn = { layout: Layout }
const shareCell = (locale: Locale) => (v: string | number | null, column: string) =>
  v === null ? '—' : column === 'Share of counties' && typeof v === 'number' ? formatPercent(v, locale) : typeof v === 'number' ? formatNumber(v, locale) : v

export function PhaseOutSection({ data, view, layout }: { data: Awaited<ReturnType<typeof phaseOutChart>>; view: View } & Drawn) {
  const t = useTranslations('trends')
  const locale = useLocale()
  const listName = useListLabel()
  const bases = [...new Set(data.points.map((p) => p.basis).filter((b): b is string => !!b))].map(listName)
  const title = t(view.range === 'full' ? 'phaseOut.titleFull' : 'phaseOut.titleDefault')
  return (
    <ChartCard
      id="phase-out"
      title={title}
      summary={
        <>
          {t('phaseOut.summary', { last: data.lastListed ? ` (${data.lastListed})` : '' })}
          {view.range === 'full' && t('phaseOut.summaryFull')}
        </>
      }
      source={<>{bases.length ? bases.join(', ') : t('phaseOut.noList')}; {t('scSource')}. {t.rich('phaseOut.events', { link: (c) => <Link href="/policy">{c}</Link> })}</>}
      table={phaseOutTable(data.points)}
      csvHref={csvHref('phase-out', view)}
      formatCell={shareCell(locale)}
    >
      <PhaseOutChart
        label={t('phaseOut.label', { title })}
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
  const t = useTranslations('trends.fresh')
  const rowFlag = useRowFlag()
  return (
    <ChartCard
      id="new-agreements"
      title={t('title')}
      summary={t('summary', { date: data.lastListed ?? '' })}
      source={
        <>
          {t('source', { count: data.excluded })}
          {data.flaggedDates.length > 0 && <> {t('flagged', { list: data.flaggedDates.map((f) => t('flaggedItem', { ...f, flags: f.flags.map((flag) => rowFlag(flag)).join(', '), used: f.usedDate ? 'yes' : 'no', usedDate: f.usedDate ?? '' })).join('; ') })}</>}
        </>
      }
      table={monthModelTable(data.rows, 'Month signed')}
      csvHref={csvHref('new-agreements', { asOf: '', range: 'default' })}
      empty={empty ? t('empty') : undefined}
    >
      <MonthModelBars layout={layout} rows={data.rows} label={t('label')} yLabel={t('yLabel')} />
    </ChartCard>
  )
}

export function StateSection({ data, view, layout }: { data: Awaited<ReturnType<typeof agreementsByState>>; view: View } & Drawn) {
  const rows = data.rows ?? []
  const t = useTranslations('trends.byState')
  const listName = useListLabel()
  return (
    <ChartCard
      id="by-state"
      title={t('title', { date: data.asOf })}
      summary={t('summary')}
      source={data.basis ? <>{listName(data.basis.label)} (<Link href={`/agreements?as_of=${data.asOf}`}>{t('agreements')}</Link>)</> : t('none')}
      table={stateTable(rows)}
      csvHref={csvHref('by-state', view)}
      empty={!data.rows ? t('unknown', { date: data.asOf }) : rows.length === 0 ? t('empty') : undefined}
    >
      <StateBars layout={layout} rows={rows} label={t('label', { date: data.asOf })} />
    </ChartCard>
  )
}

export function ExpirationsSection({ data, layout }: { data: Awaited<ReturnType<typeof expirationsByMonth>> } & Drawn) {
  const t = useTranslations('trends.expirations')
  return (
    <ChartCard
      id="expirations"
      title={t('title')}
      summary={t('summary', { undated: data.undated })}
      source={t('source')}
      table={monthModelTable(data.rows, 'Month of expiry')}
      csvHref={csvHref('expirations', { asOf: '', range: 'default' })}
      empty={data.rows.length === 0 ? t('empty') : undefined}
    >
      <MonthModelBars layout={layout} rows={data.rows} label={t('label')} yLabel={t('yLabel')} />
    </ChartCard>
  )
}
