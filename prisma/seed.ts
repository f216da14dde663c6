import path from 'node:path'
import { db } from '../lib/db.ts'
import { seed } from '../lib/seed/seed.ts'

try {
  await seed(db, path.resolve('prisma/data'), (line) => process.stdout.write(`${line}\n`))
} catch (error) {
  process.stderr.write(`Seed failed: ${error instanceof Error ? error.stack : String(error)}\n`)
  process.exitCode = 1
} finally {
  await db.$disconnect()
}
