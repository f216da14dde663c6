import type { CountyResolution } from './county-resolve.ts'
import { EDITOR_BLANK_COUNTY } from './locks.ts'
import { FIRST_PLAUSIBLE_SIGNING, type ParsedRow } from './parse-row.ts'

export interface HeldAgreement { id: number; signedOn: string | null; signedRaw: string | null; moaUrl: string | null; moaFile: string | null; locked: string[] }
export interface HeldAgency { id: number; name: string; type: string; typeRaw: string | null; countyName: string | null; countyFips: string | null; locked: string[] }
export interface FieldDisagreement { field: string; held: string | null; listed: string | null }

export function plausibleSigning(row: { signedOn: string | null }, asOf: string): string | null {
  return row.signedOn && row.signedOn >= FIRST_PLAUSIBLE_SIGNING && row.signedOn <= asOf ? row.signedOn : null
}

/**
 * What an import writes for a matched agreement: the list's values, except a field an editor locked (kept, and
 * reported when the list disagrees), and a signing date the list leaves blank or prints unreadable or implausible
 * (the held one is kept; the row keeps its raw text and flag).
 */
export function agreementValues(held: HeldAgreement, row: ParsedRow, asOf: string) {
  const listedSigned = plausibleSigning(row, asOf)
  const lockedOut: FieldDisagreement[] = []
  let signedOn = listedSigned ?? held.signedOn
  if (held.locked.includes('signedOn')) {
    signedOn = held.signedOn
    if (listedSigned && listedSigned !== held.signedOn) lockedOut.push({ field: 'signedOn', held: held.signedOn, listed: listedSigned })
  }
  let moaUrl = row.moaUrl
  if (held.locked.includes('moaUrl')) {
    moaUrl = held.moaUrl
    if (row.moaUrl !== held.moaUrl) lockedOut.push({ field: 'moaUrl', held: held.moaUrl, listed: row.moaUrl })
  }
  const keptSigned = listedSigned === null && held.signedOn !== null && !held.locked.includes('signedOn')
  return {
    signedOn, signedRaw: signedOn === listedSigned ? row.signedRaw : held.signedRaw,
    moaUrl, moaFile: held.locked.includes('moaUrl') ? held.moaFile : row.moaFile, lockedOut, keptSigned,
  }
}

/** The agency's name, type and county from its newest row, except the fields an editor locked; a county the row does not resolve keeps the held one. */
export function agencyValues(held: HeldAgency, row: ParsedRow, county: CountyResolution) {
  const locked = (f: string) => held.locked.includes(f)
  const listed = {
    name: row.agencyName,
    type: row.typeRaw ? row.type : held.type,
    typeRaw: row.typeRaw ?? held.typeRaw,
    countyName: row.county ?? held.countyName,
    countyFips: county.fips ?? held.countyFips,
  }
  const lockedOut: FieldDisagreement[] = []
  const pick = <K extends 'name' | 'type' | 'countyName' | 'countyFips'>(f: K): string | null => {
    if (!locked(f)) return listed[f]
    if (listed[f] !== held[f]) lockedOut.push({ field: f, held: held[f], listed: listed[f] })
    return held[f]
  }
  const next = { name: pick('name')!, type: pick('type')!, typeRaw: listed.typeRaw, countyName: pick('countyName'), countyFips: pick('countyFips') }
  return { ...next, countyNote: countyNoteOf(next.countyFips, county, locked('countyFips')), lockedOut }
}

/** Why an agency has no county FIPS (null when it has one). */
export function countyNoteOf(fips: string | null, county: CountyResolution, lockedByEditor: boolean): string | null {
  if (fips) return null
  if (lockedByEditor) return EDITOR_BLANK_COUNTY
  return county.fips === null ? county.note : null
}
