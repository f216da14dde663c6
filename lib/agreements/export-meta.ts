import type { Basis } from '../stats/basis.ts'
import type { AgreementQuery } from './query.ts'
import { CSV_COLUMNS } from './export.ts'

/**
 * The filters of an export as the parser understood them, never the raw query string: only known keys, only values
 * that passed validation, written back in the API's names. Used for the metadata, the links and the file name.
 */
export function exportFilters(q: AgreementQuery): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = { as_of: q.asOf }
  if (q.states.length) out.state = q.states
  if (q.models.length) out.model = q.models
  out.status = q.statuses === 'all' ? 'all' : q.statuses
  if (q.expiresBefore) out.expires_before = q.expiresBefore
  if (q.signedFrom) out.signed_from = q.signedFrom
  if (q.signedTo) out.signed_to = q.signedTo
  if (q.q) out.q = q.q
  if (q.agencyId) out.agency_id = String(q.agencyId)
  out.sort = `${q.sort.desc ? '-' : ''}${q.sort.key}`
  return out
}

export function exportSearch(q: AgreementQuery, format: string): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(exportFilters(q))) params.set(k, Array.isArray(v) ? v.join(',') : v)
  params.set('format', format)
  return params.toString()
}

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40)

/** e.g. agreements_TX_task-force_as-of-2026-12-01.csv: the filters that shape the rows, then the date. */
export function exportFileName(q: AgreementQuery, ext: string): string {
  const parts = ['agreements']
  if (q.states.length) parts.push(q.states.length <= 5 ? q.states.join('-') : `${q.states.length}-states`)
  if (q.models.length) parts.push(q.models.map((m) => m.replace(/_/g, '-')).join('-'))
  if (q.statuses === 'all') parts.push('all-statuses')
  else if (q.statuses.join() !== 'active') parts.push(q.statuses.map((s) => s.replace(/_/g, '-')).join('-'))
  if (q.agencyId) parts.push(`agency-${q.agencyId}`)
  if (q.q && slug(q.q)) parts.push(`search-${slug(q.q)}`)
  if (q.signedFrom || q.signedTo) parts.push(`signed-${q.signedFrom ?? 'start'}-to-${q.signedTo ?? 'end'}`)
  if (q.expiresBefore) parts.push(`expiring-before-${q.expiresBefore}`)
  parts.push(`as-of-${q.asOf}`)
  return `${parts.join('_')}.${ext}`
}

export interface ExportContext {
  siteUrl: string
  basis: Basis | null
  generatedAt: string
}

/** Where the data comes from and what was asked: the head of the JSON export and the notes of the CSV's metadata. */
export function exportProvenance(q: AgreementQuery, ctx: ExportContext) {
  return {
    title: `287(g) agreements as of ${q.asOf}`,
    as_of: q.asOf,
    basis: ctx.basis?.label ?? null,
    basis_list: ctx.basis ? `${ctx.siteUrl}/sources/lists/${ctx.basis.list_id}` : null,
    gap: ctx.basis === null,
    filters: exportFilters(q),
    generated_at: ctx.generatedAt,
    sources: `Each row's "sources" names the ICE list files and rows it rests on; the files are listed at ${ctx.siteUrl}/sources.`,
  }
}

const DESCRIPTIONS: Partial<Record<(typeof CSV_COLUMNS)[number], string>> = {
  flags: 'Data-quality flags raised on import, space-separated',
  sources: 'ICE list files and row numbers this row rests on, as file#rowN, space-separated',
}

/** CSVW metadata (W3C "Metadata Vocabulary for Tabular Data") for the CSV export, linked from it with rel="describedby". */
export function csvMetadata(q: AgreementQuery, ctx: ExportContext) {
  const p = exportProvenance(q, ctx)
  return {
    '@context': 'http://www.w3.org/ns/csvw',
    url: `${ctx.siteUrl}/api/v1/agreements?${exportSearch(q, 'csv')}`,
    'dc:title': p.title,
    'dc:source': `${ctx.siteUrl}/sources`,
    'dc:created': p.generated_at,
    notes: [p],
    dialect: { header: true, delimiter: ',', lineTerminators: ['\r\n'], doubleQuote: true },
    tableSchema: {
      columns: CSV_COLUMNS.map((name) => ({ name, titles: name, datatype: name === 'id' || name === 'agency_id' ? 'integer' : 'string', ...(DESCRIPTIONS[name] && { 'dc:description': DESCRIPTIONS[name] }) })),
      primaryKey: 'id',
    },
  }
}
