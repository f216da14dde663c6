import type { Db } from '../db.ts'
import { importList, type ImportResult } from './apply.ts'
import { parseListFile } from './parse-list.ts'

// ICE's lists have 1,000–3,000 rows; past this the warm-up would cost the spare more than it saves the import.
const MAX_WARM_UP_ROWS = 5000

/**
 * A spare import worker previews the newest participating list it holds before it says it is ready, so the import it
 * will run finds the parser compiled and Prisma's query plans built (the first use of each query shape costs 20–250 ms
 * in a fresh process). A preview writes nothing; the list's sha256 is masked so the preview is not cut short as a
 * re-import of a held file. Lists past MAX_WARM_UP_ROWS are passed over. Returns the previews (none on an empty record).
 */
export async function warmImportPath(db: Db): Promise<ImportResult[]> {
  const newest = await db.sourceList.findFirst({
    where: { kind: 'participating', versionId: { not: null }, rowCount: { gt: 0, lte: MAX_WARM_UP_ROWS } },
    orderBy: [{ asOf: 'desc' }, { dayOrder: 'desc' }],
    select: { file: { select: { content: true } }, fileName: true, asOf: true },
  })
  if (!newest?.file) return []
  const lists = await parseListFile(new Uint8Array(newest.file.content), { fileName: newest.fileName, asOf: newest.asOf, kind: 'participating' })
  const results: ImportResult[] = []
  for (const list of lists) results.push(await importList(db, { ...list, sha256: 'warm-up' }, { dryRun: true, actor: { actor: 'import-worker', channel: 'import' } }))
  return results
}
