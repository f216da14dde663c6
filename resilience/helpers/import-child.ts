// Runs one import to completion in its own process (the fault test kills it with SIGKILL).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { db } from '../../lib/db.ts'
import { importList } from '../../lib/import/apply.ts'
import { parseListFile } from '../../lib/import/parse-list.ts'

const file = process.argv[2]!
const [list] = await parseListFile(readFileSync(file), { fileName: path.basename(file), asOf: process.argv[3] })
process.stdout.write('parsed\n')
const r = await importList(db, list!, { dryRun: false, actor: { actor: 'resilience-kill', channel: 'cli' } })
await db.$disconnect()
process.stdout.write(`${r.applied ? 'applied' : 'not applied'}\n`)
