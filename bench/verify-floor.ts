// Proves the floor runs the same query: its rows and total equal listAgreements' for each query.
// Run: DATABASE_URL=file:<db> node --conditions=react-server --import tsx bench/verify-floor.ts <db> <agencyId>
import { isDeepStrictEqual } from 'node:util'
import Database from 'better-sqlite3'
import { listAgreements } from '../lib/agreements/queries.ts'
import { parseAgreementQuery } from '../lib/agreements/query.ts'
import { db } from '../lib/db.ts'
import { todayIso } from '../lib/dates.ts'
import { floorQuery, listFloor } from './floor/sql.ts'
import { VERIFY_QUERIES } from './targets.ts'

const [file, agencyId] = process.argv.slice(2)
const raw = new Database(file!, { readonly: true })
let failed = 0
for (const template of VERIFY_QUERIES) {
  const qs = template.replace('{agencyId}', agencyId ?? '1')
  const params = new URLSearchParams(qs)
  const parsed = parseAgreementQuery(params)
  if (!parsed.ok) throw new Error(`bad query ${qs}`)
  const app = await listAgreements(parsed.query)
  const floor = listFloor(raw, floorQuery(params, todayIso()))
  const same = app.total === floor.total && isDeepStrictEqual(JSON.parse(JSON.stringify(app.items)), floor.items)
  if (!same) failed += 1
  process.stdout.write(`${same ? 'same' : 'DIFFERENT'}  total=${app.total}/${floor.total} rows=${app.items.length}/${floor.items.length}  ?${qs}\n`)
}
await db.$disconnect()
process.exitCode = failed ? 1 : 0
