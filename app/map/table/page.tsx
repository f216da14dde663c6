import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { Link } from '@/lib/i18n/navigation'
import { CountyTable, StateActivationTable } from '@/components/map/county-tables'
import { todayIso } from '@/lib/dates'
import { isStateCode, stateName } from '@/lib/states'
import { readViewParams, viewHref } from '@/lib/stats/view-params'
import { activationByState, listStateCounties } from '@/lib/cache/reads-charts'
import { NoticeText, noticeKey } from '@/components/layout/notice-text'

export const dynamic = 'force-dynamic'
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('map.table'))('metaTitle') }
}

export default async function MapTablePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams
  const view = readViewParams(raw, todayIso())
  const state = typeof raw.state === 'string' && isStateCode(raw.state) ? raw.state : null
  const [byState, counties, t] = await Promise.all([activationByState(view.asOf), state ? listStateCounties(state) : Promise.resolve(null), getTranslations('map.table')])
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{state ? t('stateTitle', { state: stateName(state) }) : t('title')}</h1>
      <p className="text-sm">
        {t('asOf', { date: view.asOf })} <Link href={viewHref('/map', { asOf: view.asOf })}>{t('back')}</Link>
      </p>
      {view.notices.map((n) => (
        <p key={noticeKey(n)} role="status" className="text-sm"><NoticeText notice={n} /></p>
      ))}
      {counties && state ? <CountyTable state={state} rows={counties} asOf={view.asOf} /> : null}
      <StateActivationTable rows={byState} asOf={view.asOf} current={state} />
    </div>
  )
}
