import { formatImportResult } from '../import/report.ts'
import { runMessage, type FetchIceReport } from './run.ts'

/** The fetch summary as the CLI prints it: each workbook, what its import changed, then one line for the run. */
export function formatFetchReport(report: FetchIceReport): string {
  const lines = [`Read ${report.pageUrl}${report.dryRun ? ' (dry run: nothing is written)' : ''}`]
  for (const f of report.files) {
    lines.push(`${f.kind}: ${f.url} (${f.bytes.toLocaleString('en-US')} bytes, sha256 ${f.sha256.slice(0, 12)}…)`)
    const fresh = f.results.some((r) => !r.duplicateOf)
    if (f.dateNote && fresh) lines.push(`  note: ${f.dateNote}`)
    for (const r of f.results) lines.push(r.duplicateOf ? `  unchanged: ${formatImportResult(r)}` : indent(formatImportResult(r)))
  }
  lines.push(runMessage(report))
  return lines.join('\n')
}

function indent(text: string): string {
  return text.split('\n').map((l) => `  ${l}`).join('\n')
}
