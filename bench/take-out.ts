// Makes DATABASE_URL "the real record without one capture" so that capture can be imported as new: deletes the capture
// named on the command line (and its version when no other capture shares it), then rebuilds the lifecycle in full.
// Usage: DATABASE_URL=file:<copy of the real db> tsx bench/take-out.ts <fileName>
import { db } from '../lib/db.ts'
import { rebuildLifecycle } from '../lib/lifecycle/rebuild.ts'

const fileName = process.argv[2]!
const list = await db.sourceList.findFirstOrThrow({ where: { fileName }, select: { id: true, versionId: true } })
await db.sourceList.delete({ where: { id: list.id } })
if (list.versionId && (await db.sourceList.count({ where: { versionId: list.versionId } })) === 0) await db.listVersion.delete({ where: { id: list.versionId } })
await db.$transaction((tx) => rebuildLifecycle(tx), { timeout: 600_000 })
await db.$disconnect()
