import path from 'node:path'
import { db } from '../lib/db.ts'
import { seed } from '../lib/seed/seed.ts'

try {
  await seed(db, path.resolve('prisma/data'), (line) => process.stdout.write(`${line}\n`))
} catch (error) {
  for (let e: unknown = error; e; e = (e as Error).cause) process.stderr.write(`${e === error ? 'Seed failed' : 'caused by'}: ${e instanceof Error ? e.stack : String(e)}\n`)
  process.exitCode = 1
} finally {
  await db.$disconnect()
}
