// Makes DATABASE_URL "the real record without one capture" so that capture can be imported as new (lib/test/take-out.ts).
// Usage: DATABASE_URL=file:<copy of the real db> tsx bench/take-out.ts <fileName>
import { db } from '../lib/db.ts'
import { takeOutCapture } from '../lib/test/take-out.ts'

await takeOutCapture(db, process.argv[2]!)
await db.$disconnect()
