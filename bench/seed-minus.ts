// Seeds DATABASE_URL with every real list except the files named on the command line:
// the "everything but that list" database the import benchmark imports into.
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { db } from '../lib/db.ts'
import { seed } from '../lib/seed/seed.ts'

const skip = new Set(process.argv.slice(2))
const src = path.resolve('prisma/data')
const dir = path.resolve('bench/data/seed-minus')
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
for (const f of readdirSync(src)) if (f !== 'lists.json') symlinkSync(path.join(src, f), path.join(dir, f))
const manifest = JSON.parse(readFileSync(path.join(src, 'lists.json'), 'utf8')) as { file: string }[]
writeFileSync(path.join(dir, 'lists.json'), JSON.stringify(manifest.filter((m) => !skip.has(m.file))))
try {
  await seed(db, dir)
} finally {
  await db.$disconnect()
  rmSync(dir, { recursive: true, force: true })
}
