import { stringify } from 'csv-stringify/sync'
import type { AgreementItem } from './queries.ts'

export const CSV_COLUMNS = [
  'id', 'agency_id', 'agency', 'state', 'county', 'county_fips', 'agency_type', 'model', 'status',
  'signed_on', 'expires_on', 'first_listed_on', 'last_listed_on', 'moa_url', 'flags', 'sources',
] as const

export interface ExportMeta {
  asOf: string
  filters: Record<string, string | string[]>
  generatedAt: string
  basis: string | null
}

function metaLines(meta: ExportMeta, total: number): string[] {
  const filters = Object.entries(meta.filters).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : v}`).join('&') || '(none)'
  return [
    `# 287(g) agreements as of ${meta.asOf}; basis: ${meta.basis ?? 'no ICE list covers this date'}`,
    `# filters: ${filters}`,
    `# rows: ${total}; generated ${meta.generatedAt}`,
    `# sources: each row's "sources" column names the ICE list files and rows it rests on`,
  ]
}

/** CSV with `#` metadata lines first (skip them with a comment option), then a header and one row per agreement. */
export function agreementsCsv(items: AgreementItem[], meta: ExportMeta): string {
  const body = stringify(
    items.map((i) => [
      i.id, i.agency.id, i.agency.name, i.agency.state, i.agency.county ?? '', i.agency.county_fips ?? '', i.agency.type, i.model, i.status,
      i.signed_on ?? '', i.expires_on ?? '', i.first_listed_on ?? '', i.last_listed_on ?? '', i.moa_url ?? '', i.flags.join(' '),
      i.listed.map((s) => `${s.from.file}#row${s.from.row}..${s.to.file}#row${s.to.row}`).join(' '),
    ]),
    { header: true, columns: [...CSV_COLUMNS] },
  )
  return `${metaLines(meta, items.length).join('\n')}\n${body}`
}

export function agreementsJson(items: AgreementItem[], meta: ExportMeta) {
  return { as_of: meta.asOf, basis: meta.basis, filters: meta.filters, generated_at: meta.generatedAt, total: items.length, items }
}
