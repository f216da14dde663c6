import { parse } from 'csv-parse/sync'
import type { Tx } from '../db.ts'
import { monthEnd } from '../dates.ts'

type Csv = Record<string, string>[]

const readCsv = (text: string): Csv => parse(text, { columns: true, bom: true, skip_empty_lines: true })

/** Census 2010 county equivalents (50 states, DC, territories). Upserts on FIPS, so it can be rerun. */
export async function importCountyFips(tx: Tx, text: string): Promise<number> {
  const rows = readCsv(text)
  const existing = new Set((await tx.county.findMany({ select: { fips: true } })).map((c) => c.fips))
  const data = rows
    .filter((r) => !existing.has(r.fips!))
    .map((r) => ({ fips: r.fips!, name: r.county_name!, state: r.state!, stateFips: r.statefp!, classFp: r.classfp || null }))
  await tx.county.createMany({ data })
  return data.length
}

/**
 * Secure Communities activation per county. A date known only to the month counts from the
 * month's last day: "activated by then" is the claim the source supports.
 */
export async function importActivations(tx: Tx, text: string, fileName: string): Promise<number> {
  const rows = readCsv(text)
  const citation = await tx.citation.create({
    data: { kind: 'dataset_row', title: `${fileName}: county activation dates (White 2016 ICE statistics; tfg-ei month file)`, note: 'See prisma/data/README.md §3' },
    select: { id: true },
  })
  let n = 0
  for (const [i, r] of rows.entries()) {
    const month = r.activation_month || null
    const day = r.activation_date || null
    const res = await tx.county.updateMany({
      where: { fips: r.fips! },
      data: {
        scActivatedOn: day, scActivationMonth: month, scPrecision: r.date_precision || null,
        scEffectiveOn: day ?? (month ? monthEnd(month) : null), scAor: r.ice_aor || null,
        scSources: r.sources || null, scNotes: r.notes || null, scSourceRow: i + 2, citationId: citation.id,
      },
    })
    n += res.count
  }
  return n
}
