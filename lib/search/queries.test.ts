import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { db } from '../db'
import { describe, expect, it } from 'vitest'
import { stateFromText } from '../states'
import { searchAgencies, searchAgencyIds } from './queries'

// Expected names come from ICE's list of 2026-05-18 as the repository keeps it, not from the index.
const ice = parse(readFileSync('prisma/data/agencies_287g_2026-05-18.csv'), { columns: true }) as { agency: string; state: string; county: string }[]
const iceAgencies = (pattern: RegExp) => [...new Set(ice.filter((r) => pattern.test(r.agency)).map((r) => `${r.agency} (${stateFromText(r.state)})`))].sort()
const label = (a: { name: string; state: string }) => `${a.name} (${a.state})`
const search = (q: string, perPage = 50) => searchAgencies({ q, page: 1, perPage })

describe('searchAgencies', () => {
  it('forgives a missing letter: "Hilsborough" finds both Hillsborough County Sheriff’s Offices first', async () => {
    const sheriffs = iceAgencies(/^Hillsborough County Sheriff's Office$/)
    expect(sheriffs).toEqual(["Hillsborough County Sheriff's Office (FL)", "Hillsborough County Sheriff's Office (NH)"])
    const r = await search('Hilsborough')
    expect(r).toMatchObject({ corrected: true, suggestion: 'hillsborough' })
    expect(r.items[0]!.name).toBe("Hillsborough County Sheriff's Office")
    expect(r.items.slice(0, 2).map(label).sort()).toEqual(sheriffs)
    // The agencies in Hillsborough County come after those named for it (Plant City's police, per ICE's county column).
    expect(r.items.map(label)).toContain('Plant City Police Department (FL)')
  })

  it('reads Saint as St.: "Saint Lucie" finds St. Lucie County Sheriff’s Office first', async () => {
    expect(iceAgencies(/Lucie County Sheriff/)).toEqual(["St. Lucie County Sheriff's Office (FL)"])
    const r = await search('Saint Lucie')
    expect(r.corrected).toBe(false)
    expect(label(r.items[0]!)).toBe("St. Lucie County Sheriff's Office (FL)")
    expect(r.items.map(label)).toContain('Port Saint Lucie Police Department (FL)')
    expect((await search('St. Lucie Co. SO')).items.map(label)).toEqual(["St. Lucie County Sheriff's Office (FL)"])
  })

  it('reads dept as department and corrections as correction: every Department of Corrections on ICE’s list', async () => {
    const expected = iceAgencies(/Department of Corrections/)
    expect(expected).toContain('Florida Department of Corrections (FL)')
    const r = await search('dept of corrections', 100)
    expect(r.corrected).toBe(false)
    expect(r.items.map(label)).toEqual(expect.arrayContaining(expected))
    // A match may be an agency's earlier spelling: ICE listed "Okaloosa County Department of Corrections" before renaming it.
    const spellings = async (id: number) => [(await db.agency.findUniqueOrThrow({ where: { id }, select: { name: true } })).name, ...(await db.agencyName.findMany({ where: { agencyId: id }, select: { name: true } })).map((n) => n.name)]
    for (const a of r.items) expect((await spellings(a.id)).some((n) => /dep(ar)?t(ment)?\.?\b.*correct|correct.*dep(ar)?t(ment)?/i.test(n)), a.name).toBe(true)
  })

  it('treats Sheriff’s, Sheriffs and Sheriff alike, and PD as police department', async () => {
    const a = (await search('galveston sheriffs')).items.map(label)
    expect(a).toEqual((await search("Galveston Sheriff's")).items.map(label))
    expect(a).toContain("Galveston County Sheriff's Office (TX)")
    expect((await search('Plant City PD')).items.map(label)).toEqual(['Plant City Police Department (FL)'])
  })

  it('keeps to a state typed as its USPS code', async () => {
    const r = await search('hillsborough sheriff NH')
    expect(r.items.map(label)).toEqual(["Hillsborough County Sheriff's Office (NH)"])
    const texas = (await search('TX', 20)).items.map((i) => i.name)
    expect(texas).toEqual([...texas].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    const tx = await search('sheriff TX', 500)
    expect(tx.items.length).toBeGreaterThan(100)
    expect(new Set(tx.items.map((i) => i.state))).toEqual(new Set(['TX']))
  })

  it('finds nothing and suggests nothing for nonsense', async () => {
    for (const q of ['xqzvbnm', 'qwzxjk plorf', 'zzzz county']) {
      expect(await search(q), q).toMatchObject({ total: 0, items: [], suggestion: null, corrected: false })
    }
  })

  it('offers "did you mean" when the words as typed find little', async () => {
    const r = await search('Hilsborough')
    expect(r.suggestion).toBe('hillsborough')
    const typo = await search('galvston sheriff')
    expect(typo).toMatchObject({ corrected: true, suggestion: 'galveston sheriff' })
    expect(typo.items.map(label)).toEqual(["Galveston County Sheriff's Office (TX)"])
    // ICE's own typo ("Pulaksi County", Arkansas Department of Corrections) finds that one agency, and the usual spelling more.
    expect(ice.some((r) => r.agency === 'Arkansas Department of Corrections' && /Pulaksi/.test(r.county))).toBe(true)
    const weak = await search('Pulaksi')
    expect(weak).toMatchObject({ corrected: false, suggestion: 'pulaski', total: 1 })
    expect(weak.items.map(label)).toEqual(['Arkansas Department of Corrections (AR)'])
    expect((await search('pulaski')).items.map(label)).toEqual(expect.arrayContaining(iceAgencies(/^Pulaski County Sheriff's Office$/)))
    // Plenty of results: no suggestion, whatever the spelling.
    expect((await search('sheriff')).suggestion).toBeNull()
  })

  it('pages through the same ranking', async () => {
    const all = (await search('police florida', 500)).items.map((i) => i.id)
    const second = await searchAgencies({ q: 'police florida', page: 2, perPage: 20 })
    expect(second.items.map((i) => i.id)).toEqual(all.slice(20, 40))
    expect(second.total).toBe(all.length)
  })
})

describe('searchAgencyIds', () => {
  it('returns the search page’s ranking', async () => {
    expect(await searchAgencyIds('Hilsborough', 10)).toEqual((await search('Hilsborough', 10)).items.map((i) => i.id))
    expect(await searchAgencyIds('xqzvbnm', 10)).toEqual([])
  })
})
