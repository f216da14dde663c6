// One import in a fresh process so its peak RSS is its own: prints {parse_ms, import_ms, total_ms, max_rss_mb, ...}.
// Usage: DATABASE_URL=file:<copy db> tsx bench/import-child.ts <workbook> <preview|apply|preview-then-apply> [as_of]
// preview-then-apply is the admin's flow (the import worker stays up between the two): only the apply is timed.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { db } from '../lib/db.ts'
import { importList } from '../lib/import/apply.ts'
import { parseListFile } from '../lib/import/parse-list.ts'
import { warmImportPath } from '../lib/import/warm-up.ts'

const [file, mode, asOf] = process.argv.slice(2)
// As the server's import worker does before it says it is ready (lib/import/worker-entry.ts); COLD=1 skips it.
if (process.env.COLD === '1') await db.$queryRawUnsafe('SELECT 1')
else await warmImportPath(db)
const t0 = performance.now()
const bytes = readFileSync(file!)
const lists = await parseListFile(bytes, { fileName: path.basename(file!), asOf })
const t1 = performance.now()
const results = []
let t1b = t1
if (mode === 'preview-then-apply') {
  for (const list of lists) await importList(db, list, { dryRun: true, actor: { actor: 'bench', channel: 'cli' } })
  t1b = performance.now()
}
for (const list of lists) results.push(await importList(db, list, { dryRun: mode === 'preview', actor: { actor: 'bench', channel: 'cli' } }))
const t2 = performance.now()
await db.$disconnect()
process.stdout.write(JSON.stringify({
  rows: lists.reduce((n, l) => n + l.rows.length, 0), bytes: bytes.length, applied: results.some((r) => r.applied),
  parse_ms: Math.round(t1 - t0), import_ms: Math.round(t2 - t1b), total_ms: Math.round(t2 - t0),
  max_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  // CPU time of this process: on a busy machine wall time mostly measures the other processes.
  cpu_ms: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000),
}) + '\n')
