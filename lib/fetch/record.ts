import type { Db } from '../db.ts'
import type { FetchedFile } from './run.ts'

/** What a FetchRun row keeps of each workbook: enough to say which file was read and what became of it. */
function fileSummary(f: FetchedFile) {
  return {
    kind: f.kind, url: f.url, fileName: f.fileName, sha256: f.sha256, bytes: f.bytes, asOf: f.asOf,
    lists: f.results.map((r) => ({ asOf: r.asOf, applied: r.applied, sourceListId: r.sourceListId ?? r.duplicateOf?.id ?? null, counts: r.duplicateOf ? null : r.counts })),
  }
}

/** Recorded when the run starts, so a run that dies half-way shows as unfinished (finishedAt null). */
export async function startFetchRun(db: Db, pageUrl: string, startedAt: Date): Promise<number> {
  const run = await db.fetchRun.create({ data: { startedAt, ok: false, pageUrl, message: 'running', files: '[]' }, select: { id: true } })
  return run.id
}

export async function finishFetchRun(db: Db, id: number, outcome: { ok: boolean; message: string; files: FetchedFile[] }): Promise<void> {
  await db.fetchRun.update({
    where: { id },
    data: { finishedAt: new Date(), ok: outcome.ok, message: outcome.message, files: JSON.stringify(outcome.files.map(fileSummary)) },
    select: { id: true },
  })
}
