import type { Metadata } from 'next'
import { CountyDatasets } from '@/components/sources/county-datasets'
import { CoverageRule } from '@/components/sources/coverage-rule'
import { Downloads } from '@/components/sources/downloads'
import { SourceLists } from '@/components/sources/source-lists'
import { STALE_AFTER_DAYS, WINDOW_DAYS } from '@/lib/lifecycle/coverage'
import { countyDatasets, coverageByList, importRecords, lastUpdated, listSnapshots } from '@/lib/cache/reads'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = {
  title: 'Sources and methods',
  alternates: {
    types: {
      'application/atom+xml': [{ url: '/feeds/changes.atom', title: '287(g) agreement changes' }],
      'text/calendar': [{ url: '/feeds/expirations.ics', title: '287(g) agreement expirations' }],
    },
  },
}

export default async function SourcesPage() {
  const [lists, coverage, counties, updated, imports] = await Promise.all([listSnapshots(), coverageByList(), countyDatasets(), lastUpdated(), importRecords()])
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Sources and methods</h1>
        <p className="max-w-3xl">
          Every number on this site comes from one of the files below, stored byte for byte as published. Nothing is estimated: dates no list covers are shown as
          gaps.{updated && <> Data last updated {updated.slice(0, 10)}.</>}
        </p>
        <p className="text-sm">
          Feeds: <a href="/feeds/changes.atom">changes (Atom)</a> · <a href="/feeds/expirations.ics">expirations (iCalendar)</a>. Both take <code>state</code>; the
          changes feed also <code>agency</code> (an id), the calendar also <code>model</code>. <a href="#downloads">Download everything</a>: the database
          file and every capture&apos;s rows as one CSV.
        </p>
      </div>
      <section aria-labelledby="lists-h" className="space-y-3">
        <h2 id="lists-h" className="text-lg font-semibold">ICE's lists ({lists.length.toLocaleString('en-US')})</h2>
        <SourceLists lists={lists} coverage={coverage} imports={imports} />
      </section>
      <Downloads />
      <CoverageRule windowDays={WINDOW_DAYS} staleAfterDays={STALE_AFTER_DAYS} />
      <CountyDatasets data={counties} />
    </div>
  )
}
