import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import { dayOrderOf } from '../import/content.ts'
import type { ListKind } from '../import/parse-list.ts'

/** One file to load: what the seed hands to the import path. */
export interface SeedJob {
  file: string
  fileName: string
  kind: ListKind
  asOf: string
  capturedOn?: string
  sourceUrl?: string
  provenance: string
  /** Bytes when the job is a slice of a larger file (one roster capture of the DDP long file). */
  bytes?: Uint8Array
}

interface ManifestRow { file: string; kind: string; list_date: string; repo: string; commit: string; path: string; sha256: string }

/** ice-history/MANIFEST.tsv: one job per archived workbook, dated by the manifest (its list_date is authoritative). */
export function historyJobs(dataDir: string): SeedJob[] {
  const tsv = readFileSync(path.join(dataDir, 'ice-history/MANIFEST.tsv'), 'utf8')
  const rows = parse(tsv, { delimiter: '\t', columns: true, quote: false }) as ManifestRow[]
  return rows.map((r) => ({
    file: path.join('ice-history', r.kind, r.file),
    fileName: r.file,
    kind: r.kind as ListKind,
    asOf: r.list_date,
    sourceUrl: `https://github.com/${r.repo}/blob/${r.commit}/${encodeURI(r.path)}`,
    provenance: `${r.file.startsWith('ParticipatingEntities') ? "RelevantResearch's extraction of the table on a Wayback capture of ICE's 287(g) page (not an ICE file)" : "ICE's own workbook, original bytes"}; ${r.repo} ${r.path} at ${r.commit.slice(0, 8)}; sha256 ${r.sha256}. See prisma/data/README.md §5.`,
  }))
}

type RosterRow = Record<string, string>

/**
 * ddp/pre2018-roster-long.csv holds 33 Wayback captures of ICE's fact-sheet roster. Each capture becomes a list dated by
 * ICE's caption ("as of 10/16/2012") when it is the first capture under that caption; a later capture under the same
 * caption is dated by its capture day, since ICE edited the table without changing the caption (71 rows on 2011-02-20,
 * 69 on 2011-08-18, both "as of 10/29/2010"). Rows keep their line in the original file as their row number.
 */
export function rosterJobs(dataDir: string): SeedJob[] {
  const file = 'ddp/pre2018-roster-long.csv'
  const rows = parse(readFileSync(path.join(dataDir, file)), { columns: true }) as RosterRow[]
  const byCapture = new Map<string, { line: number; row: RosterRow }[]>()
  rows.forEach((row, i) => {
    const list = byCapture.get(row.snapshot_ts!) ?? []
    list.push({ line: i + 2, row })
    byCapture.set(row.snapshot_ts!, list)
  })
  const seenCaptions = new Set<string>()
  return [...byCapture].map(([stamp, lines]) => {
    const first = lines[0]!.row
    const firstUnderCaption = !seenCaptions.has(first.content_asof!)
    seenCaptions.add(first.content_asof!)
    const asOf = firstUnderCaption ? first.content_asof! : first.capture_date!
    const csv = stringify(lines.map(({ line, row }) => ({
      source_row: line, state: row.state, agency: row.agency, support_type: row.support_type, date_signed: row.date_signed, moa_file: row.moa_file,
      caption: row.caption, capture_date: row.capture_date, capture_url: `https://web.archive.org/web/${stamp}/http://www.ice.gov/news/library/factsheets/287g.htm`,
    })), { header: true })
    return {
      file, fileName: `pre2018-roster-long.csv#${stamp}`, kind: 'roster' as const, asOf, capturedOn: first.capture_date!, bytes: new TextEncoder().encode(csv),
      provenance: `ICE's fact-sheet roster on the Wayback capture ${stamp} (caption "${first.caption}"), parsed by the Deportation Data Project (deportationdata/ice-287g data/pre2018-roster-long.csv at 92556ed5); dated ${firstUnderCaption ? "by ICE's caption" : 'by the capture day (the caption is older than the content)'}. See prisma/data/README.md §6.`,
    }
  })
}

export function sortJobs(jobs: SeedJob[]): SeedJob[] {
  return [...jobs].sort((a, b) => a.asOf.localeCompare(b.asOf) || dayOrderOf(a.fileName) - dayOrderOf(b.fileName) || a.fileName.localeCompare(b.fileName))
}
