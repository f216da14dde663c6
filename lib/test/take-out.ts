import type { Db } from '../db.ts'
import { rebuildLifecycle } from '../lifecycle/rebuild.ts'

/**
 * Makes the database "the real record without one capture", so that ICE's file can be imported as one never seen: deletes
 * the capture (its rows go with it) and its version when no other capture shares it, then rebuilds the lifecycle in full.
 * Returns the file's bytes and list date.
 */
export async function takeOutCapture(db: Db, fileName: string): Promise<{ content: Uint8Array; asOf: string; sharedVersion: boolean }> {
  const list = await db.sourceList.findFirstOrThrow({ where: { fileName }, select: { id: true, versionId: true, file: { select: { content: true } }, asOf: true } })
  await db.sourceList.delete({ where: { id: list.id } })
  const sharedVersion = list.versionId !== null && (await db.sourceList.count({ where: { versionId: list.versionId } })) > 0
  if (list.versionId && !sharedVersion) await db.listVersion.delete({ where: { id: list.versionId } })
  await db.$transaction((tx) => rebuildLifecycle(tx), { timeout: 600_000 })
  return { content: new Uint8Array(list.file!.content), asOf: list.asOf, sharedVersion }
}
