const SECTIONS: Record<string, string> = {
  agreements: 'Agreements',
  states: 'States',
  agencies: 'Agency',
  expiring: 'Expiring agreements',
  pending: 'Pending applications',
  trends: 'Trends',
  map: 'Map',
  policy: 'Policy events',
  sources: 'Sources and methods',
  compare: 'Compare',
  search: 'Search',
  snapshots: 'Compare two ICE lists',
  corrections: 'Corrections',
  docs: 'API reference',
}

/** Pages that are not public (sign-in, admin) get no citation. */
export function isCitable(segments: string[]): boolean {
  return segments[0] !== 'admin' && segments[0] !== 'login'
}

/** A readable title for a path: its section, then the rest of the path (a state code, an agency id). */
export function pageTitle(segments: string[]): string {
  if (segments.length === 0) return '287(g) agreements between ICE and local law enforcement'
  const section = SECTIONS[segments[0]!] ?? segments[0]!
  const rest = segments.slice(1).map(decodeURIComponent).join(' / ')
  return rest ? `${section}: ${rest}` : section
}
