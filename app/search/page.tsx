import type { Metadata } from 'next'
import { SearchResults } from '@/components/agencies/search-results'
import { Notices } from '@/components/states/notices'
import { readPageParam } from '@/lib/states/page-params'
import { lastUpdated, searchAgencies } from '@/lib/cache/reads'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Search agencies' }

const PER_PAGE = 50

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams
  const q = (Array.isArray(raw.q) ? raw.q[0] : raw.q)?.trim().slice(0, 200) ?? ''
  const { page, notices } = readPageParam(raw)
  const [result, updated] = await Promise.all([q ? searchAgencies({ q, page, perPage: PER_PAGE }) : null, lastUpdated()])
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Search agencies</h1>
      <form action="/search" role="search" aria-label="Search agencies" className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-sm">
          <span>Agency name, county or state</span>
          <input name="q" type="search" defaultValue={q} className="w-72 rounded border border-line px-2 py-1" />
        </label>
        <button type="submit" className="rounded border border-line bg-wash px-3 py-1 text-sm">Search</button>
      </form>
      <Notices notices={notices} />
      {result ? (
        <SearchResults q={q} page={page} perPage={PER_PAGE} result={result} />
      ) : (
        <p>Type part of an agency's name, its county or its state, for example “Harris County” or “police Florida”. Accents, punctuation, abbreviations (St., Dept., Co., PD, SO) and small typos are forgiven.</p>
      )}
      <p className="text-sm text-muted">Searches every agency on any ICE list we hold.{updated && <> Data last updated {updated.slice(0, 10)}.</>}</p>
    </div>
  )
}
