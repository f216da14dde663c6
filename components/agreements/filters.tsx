'use client'

import { useId, useState } from 'react'
import type { AgreementSearch } from '@/lib/agreements/search-params'

type Patch = Partial<{ [K in keyof AgreementSearch]: AgreementSearch[K] | null }>

interface AgreementFiltersProps {
  search: AgreementSearch
  /** The date the view describes (today when `as_of` is absent). */
  asOf: string
  onChange: (patch: Patch, debounced?: boolean) => void
}

const DAY_PRESETS = [30, 90, 365] as const
const INPUT = 'rounded border border-line bg-paper px-2 py-1 text-sm'

function nextYearStart(asOf: string): string {
  return `${Number(asOf.slice(0, 4)) + 1}-01-01`
}

function expiryChoice(search: AgreementSearch, asOf: string): string {
  const days = search.expires_within_days
  if (days !== null && search.expires_before === null) return (DAY_PRESETS as readonly number[]).includes(days) ? `d${days}` : 'days'
  if (search.expires_before !== null && days === null) return search.expires_before === nextYearStart(asOf) ? 'eoy' : 'date'
  return days === null && search.expires_before === null ? '' : 'date'
}

export function AgreementFilters({ search, asOf, onChange }: AgreementFiltersProps) {
  const id = useId()
  const [custom, setCustom] = useState(false)
  const choice = custom ? 'date' : expiryChoice(search, asOf)
  const year = asOf.slice(0, 4)
  const date = (v: string) => v || null

  const onExpiry = (value: string) => {
    setCustom(value === 'date')
    if (value === '') onChange({ expires_before: null, expires_within_days: null })
    else if (value === 'eoy') onChange({ expires_before: nextYearStart(asOf), expires_within_days: null })
    else if (value.startsWith('d')) onChange({ expires_within_days: Number(value.slice(1)), expires_before: null })
  }

  return (
    <>
      <div className="flex flex-col gap-0.5">
        <label htmlFor={`${id}-q`} className="text-xs text-muted">Search agencies and counties</label>
        <input id={`${id}-q`} type="search" value={search.q} onChange={(e) => onChange({ q: e.target.value || null }, true)} className={`${INPUT} w-56`} />
      </div>
      <div className="flex flex-col gap-0.5">
        <label htmlFor={`${id}-asof`} className="text-xs text-muted">As of</label>
        <input id={`${id}-asof`} type="date" value={search.as_of ?? ''} onChange={(e) => onChange({ as_of: date(e.target.value) })} className={INPUT} />
      </div>
      <div className="flex flex-col gap-0.5">
        <label htmlFor={`${id}-exp`} className="text-xs text-muted">Expiring</label>
        <select id={`${id}-exp`} value={choice} onChange={(e) => onExpiry(e.target.value)} className={INPUT}>
          <option value="">Any time or unknown</option>
          {DAY_PRESETS.map((d) => (
            <option key={d} value={`d${d}`}>Within {d} days</option>
          ))}
          {choice === 'days' && <option value="days">Within {search.expires_within_days} days</option>}
          <option value="eoy">By Dec 31, {year}</option>
          <option value="date">Before a date…</option>
        </select>
      </div>
      {choice === 'date' && (
        <div className="flex flex-col gap-0.5">
          <label htmlFor={`${id}-before`} className="text-xs text-muted">Expiring before</label>
          <input id={`${id}-before`} type="date" value={search.expires_before ?? ''} onChange={(e) => onChange({ expires_before: date(e.target.value) })} className={INPUT} />
        </div>
      )}
      <div className="flex flex-col gap-0.5">
        <label htmlFor={`${id}-sf`} className="text-xs text-muted">Signed from</label>
        <input id={`${id}-sf`} type="date" value={search.signed_from ?? ''} onChange={(e) => onChange({ signed_from: date(e.target.value) })} className={INPUT} />
      </div>
      <div className="flex flex-col gap-0.5">
        <label htmlFor={`${id}-st`} className="text-xs text-muted">Signed to</label>
        <input id={`${id}-st`} type="date" value={search.signed_to ?? ''} onChange={(e) => onChange({ signed_to: date(e.target.value) })} className={INPUT} />
      </div>
    </>
  )
}
