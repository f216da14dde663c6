import type { AgencyType } from '../agreements/schema.ts'
import { uniqueNear } from './fuzzy.ts'
import { fold } from './normalise.ts'

export interface CountyRef {
  fips: string
  /** USPS code. */
  state: string
  /** Census name, e.g. "La Salle Parish", "St. Lucie County", "Fairfax city". */
  name: string
}

export type CountyResolution =
  | { fips: string; matchedBy: 'name' | 'spelling' | 'agency_name'; note?: string }
  | { fips: null; reason: 'not_given' | 'state_agency' | 'unknown_name' | 'ambiguous' | 'unknown_state'; note: string }

// What ICE writes where it has no county: "#N/A" (a failed spreadsheet lookup), "#NA", "N/A", "#n?A".
const NOT_GIVEN = /^(#?n[/?]?a|none|-+|)$/i
const SUFFIXES = ['county', 'parish', 'borough', 'census area', 'city and borough', 'municipality', 'municipio', 'city']

interface Index {
  byKey: Map<string, CountyRef[]>
  keys: [string, CountyRef[]][]
}
const indexes = new WeakMap<readonly CountyRef[], Map<string, Index>>()

/** "St. Lucie County" → "saintlucie" and "county": spacing, punctuation and Saint/St. do not matter. */
function split(name: string): { key: string; suffix: string | null } {
  let words = fold(name).replace(/[^a-z0-9 ]+/g, ' ').trim().split(/\s+/).filter(Boolean)
  words = words.map((w) => (w === 'st' ? 'saint' : w === 'ste' ? 'sainte' : w === 'ft' ? 'fort' : w === 'mt' ? 'mount' : w))
  let suffix: string | null = null
  const joined = words.join(' ')
  for (const s of SUFFIXES) if (joined.endsWith(` ${s}`)) { suffix = s; words = joined.slice(0, -s.length - 1).split(' '); break }
  // ICE's suffix typos ("Conty", "Countey", "Couny", "COunty"): a last word one typo from "county" is "county".
  if (!suffix && words.length > 1 && uniqueNear(words.at(-1)!, [['county', 'county'], ['parish', 'parish']], 1).match) {
    suffix = uniqueNear(words.at(-1)!, [['county', 'county'], ['parish', 'parish']], 1).match as string
    words = words.slice(0, -1)
  }
  return { key: words.join(''), suffix }
}

function indexFor(counties: readonly CountyRef[], state: string): Index {
  let perState = indexes.get(counties)
  if (!perState) indexes.set(counties, (perState = new Map()))
  let index = perState.get(state)
  if (!index) {
    const byKey = new Map<string, CountyRef[]>()
    for (const c of counties) if (c.state === state) {
      const { key } = split(c.name)
      byKey.set(key, [...(byKey.get(key) ?? []), c])
    }
    index = { byKey, keys: [...byKey] }
    perState.set(state, index)
  }
  return index
}

/** Baltimore County vs Baltimore city, Fairfax County vs Fairfax city: the written suffix decides. */
function pick(found: CountyRef[], suffix: string | null): CountyRef | CountyRef[] {
  if (found.length === 1) return found[0]!
  if (suffix) {
    const same = found.filter((c) => split(c.name).suffix === suffix)
    if (same.length === 1) return same[0]!
  }
  return found
}

function lookup(index: Index, text: string): { ref: CountyRef; spelling: boolean } | { ambiguous: CountyRef[] } | null {
  const { key, suffix } = split(text)
  if (!key) return null
  const exact = index.byKey.get(key)
  if (exact) {
    const p = pick(exact, suffix)
    return Array.isArray(p) ? { ambiguous: p } : { ref: p, spelling: false }
  }
  // One typo ("Pulaksi", "Allegancy", "Stueben"), only for names of six letters or more: "North" is one letter from "Worth".
  if (key.length < 6) return null
  const near = uniqueNear(key, index.keys, 1)
  if (near.match) {
    const p = pick(near.match, suffix)
    return Array.isArray(p) ? { ambiguous: p } : { ref: p, spelling: true }
  }
  return near.ambiguous.length > 0 ? { ambiguous: near.ambiguous.flat() } : null
}

/**
 * The county FIPS of an agency from ICE's COUNTY cell, or why there is none. Matching forgives
 * what ICE varies (Parish/County, "La Salle"/"LaSalle", "St."/"Saint", case, one typo when only one
 * county of the state is that close); with no county given, a "<Name> County …" agency name is used.
 */
export function resolveCounty(state: string, countyRaw: string | null, agencyName: string, agencyType: AgencyType, counties: readonly CountyRef[]): CountyResolution {
  const index = indexFor(counties, state)
  if (index.keys.length === 0) return { fips: null, reason: 'unknown_state', note: `No county of ${state} is known.` }
  const raw = (countyRaw ?? '').trim()
  const named = agencyType === 'state_agency' ? undefined : /^(.+?\s(county|parish|borough))\b/i.exec(agencyName)?.[1]
  const fromName = () => {
    const hit = named ? lookup(index, named) : null
    return hit && 'ref' in hit && !hit.spelling ? hit.ref : null
  }
  if (!NOT_GIVEN.test(raw)) {
    const hit = lookup(index, raw)
    if (hit && 'ref' in hit) return hit.spelling ? { fips: hit.ref.fips, matchedBy: 'spelling', note: `"${raw}" read as ${hit.ref.name}` } : { fips: hit.ref.fips, matchedBy: 'name' }
    const byName = fromName()
    if (byName) return { fips: byName.fips, matchedBy: 'agency_name', note: `COUNTY "${raw}" is not a county of ${state}; the agency's name gives ${byName.name}` }
    if (hit) return { fips: null, reason: 'ambiguous', note: `"${raw}" could be ${hit.ambiguous.map((c) => `${c.name} (${c.fips})`).join(' or ')}.` }
    return { fips: null, reason: 'unknown_name', note: `"${raw}" is not a county of ${state}.` }
  }
  const byName = fromName()
  if (byName) return { fips: byName.fips, matchedBy: 'agency_name', note: `COUNTY is "${raw || 'blank'}"; the agency's name gives ${byName.name}` }
  if (agencyType === 'state_agency') return { fips: null, reason: 'state_agency', note: `A state agency; COUNTY is "${raw || 'blank'}".` }
  return { fips: null, reason: 'not_given', note: `COUNTY is "${raw || 'blank'}" and the agency's name names no county.` }
}
