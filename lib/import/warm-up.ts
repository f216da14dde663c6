import type { Db } from '../db.ts'
import { importList, type ImportResult } from './apply.ts'
import { parseListFile } from './parse-list.ts'

/**
 * A spare import worker previews the newest participating list it holds before it says it is ready, so the import it
 * will run finds the parser compiled and Prisma's query plans built (the first use of each query shape costs 20–250 ms
 * in a fresh process). A preview writes nothing; the list's sha256 is masked so the preview is not cut short as a
 * re-import of a held file. Returns the previews (none on an empty record).
 */
export async function warmImportPath(db: Db): Promise<ImportResult[]> {
  const newest = await db.sourceList.findFirst({
    where: { kind: 'participating', versionId: { not: null }, rowCount: { gt: 0 } },
    orderBy: [{ asOf: 'desc' }, { dayOrder: 'desc' }],
    select: { content: true, fileName: true, asOf: true },
  })
  if (!newest?.content) return []
  const lists = await parseListFile(new Uint8Array(newest.content), { fileName: newest.fileName, asOf: newest.asOf, kind: 'participating' })
  const results: ImportResult[] = []
  for (const list of lists) results.push(await importList(db, { ...list, sha256: 'warm-up' }, { dryRun: true, actor: { actor: 'import-worker', channel: 'import' } }))
  return results
}
