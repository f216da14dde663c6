/** The fields an import writes that an editor can correct; a corrected (locked) one is left alone until an editor clears it. */
export const AGREEMENT_LOCKABLE = ['signedOn', 'moaUrl'] as const
export const AGENCY_LOCKABLE = ['name', 'type', 'countyName', 'countyFips'] as const
export type AgreementLockable = (typeof AGREEMENT_LOCKABLE)[number]
export type AgencyLockable = (typeof AGENCY_LOCKABLE)[number]

export const EDITOR_BLANK_COUNTY = 'An editor left the county blank.'

export const LOCK_LABELS: Record<AgreementLockable | AgencyLockable, string> = {
  signedOn: 'signing date', moaUrl: 'MOA link', name: 'name', type: 'agency type', countyName: 'county name', countyFips: 'county FIPS',
}

/** The stored JSON array, read defensively: anything but an array of strings counts as no locks. */
export function readLocks(json: string | null | undefined): string[] {
  try {
    const v: unknown = JSON.parse(json ?? '[]')
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
  } catch {
    return []
  }
}

/** The locks after an edit changed `changed`: those of them an import would write are added, sorted for a stable value. */
export function lockChanged(json: string, changed: readonly string[], lockable: readonly string[]): string {
  return JSON.stringify([...new Set([...readLocks(json), ...changed.filter((f) => lockable.includes(f))])].sort())
}

export function unlock(json: string, field: string): string {
  return JSON.stringify(readLocks(json).filter((f) => f !== field))
}

/** The locked fields of a record with their labels and held values, for the edit pages. */
export function lockedList(json: string | string[], values: Partial<Record<AgreementLockable | AgencyLockable, string | null>>) {
  const locks = Array.isArray(json) ? json : readLocks(json)
  return locks.filter((f): f is keyof typeof LOCK_LABELS => f in LOCK_LABELS).map((field) => ({ field, label: LOCK_LABELS[field], value: values[field] ?? null }))
}
