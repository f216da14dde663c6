import { db } from '../lib/db.ts'
import { env } from '../lib/env.ts'
import { findPhantomRemovals } from '../lib/import/phantom-removals.ts'

// Phantom removals (one agency respelt by ICE, counted as a removal and a new agreement) in the database of DATABASE_URL.
const since = process.argv.find((a) => /^\d{4}-\d{2}-\d{2}$/.test(a)) ?? '2025-01-01'
const found = await findPhantomRemovals(db, since)
const queued = found.filter((p) => p.candidate?.status === 'open')
const renamedAgreements = await db.$queryRawUnsafe<{ n: bigint }[]>(
  `SELECT count(DISTINCT a.id) AS n FROM "Agreement" a JOIN "AgencyName" n ON n."agencyId" = a."agencyId" GROUP BY a."agencyId" HAVING count(DISTINCT n.name) > 1`,
)
const open = await db.mergeCandidate.count({ where: { status: 'open' } })
console.log(`Database: ${env.DATABASE_URL}`)
console.log(`Phantom removals since ${since}: ${found.length} (distinct agreements removed: ${new Set(found.map((p) => p.old.agreementId)).size}); ${queued.length} of them await review in /admin/merges`)
console.log(`  same name (typo or respelling): ${found.filter((p) => p.similarity === 'same').length} · similar name: ${found.filter((p) => p.similarity === 'similar').length}`)
console.log(`Agencies held under more than one spelling: ${renamedAgreements.length} · open merge candidates: ${open}`)
for (const p of found)
  console.log(`  ${p.endedOn} → ${p.startedOn} ${p.state} ${p.model} signed ${p.signedOn}: “${p.old.name}” (agreement ${p.old.agreementId}) → “${p.new.name}” (agreement ${p.new.agreementId}) [${p.similarity}${p.candidate ? `, candidate ${p.candidate.id} ${p.candidate.status}` : ''}]`)
await db.$disconnect()
