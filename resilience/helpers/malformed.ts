import ExcelJS from 'exceljs'
import { stringify } from 'csv-stringify/sync'
import fc from 'fast-check'

export const GOOD_HEADER = ['STATE', 'LAW ENFORCEMENT AGENCY', 'TYPE', 'COUNTY', 'SUPPORT TYPE', 'SIGNED', 'MOA', 'ADDENDUM']
// Cyrillic А/Т/Е and a zero-width space: look like the real header, are not.
const LOOKALIKE_HEADER = ['SТATE', 'LAW ENFORCEMENT AGЕNCY', 'TYPE', 'COUNTY', 'SUPPORT\u200bTYPE', 'SIGNED', 'MOA', 'ADDENDUM']

const validRow = fc.record({
  state: fc.constantFrom('TX', 'FL', 'GU', 'AZ'),
  name: fc.constantFrom('Resilience County Sheriff\u2019s Office', 'City of Fuzz Police Department', 'Ñandú Parish Sheriff'),
  type: fc.constantFrom('County', 'Municipality', 'State Agency', ''),
  county: fc.constantFrom('Harris', '', 'Nowhere'),
  model: fc.constantFrom('Task Force Model', 'Jail Enforcement Model', 'Warrant Service Officer'),
  signed: fc.constantFrom('01/15/2025', '2025-02-01', '7/72025', '5025-07-07', ''),
}).map((r) => [r.state, r.name, r.type, r.county, r.model, r.signed, 'MOA', ''])

const nastyCell = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('=1+1', '=HYPERLINK("http://evil.example","x")', '+cmd|/c calc!A0', '@SUM(A1:A9)', '-2+3', '=A1/0'),
  fc.constantFrom('13/45/2025', '02/30/2024', '99999', '0', '-1', '1899-12-31', '3000-01-01', '2025-02-29', '1/1/10000', '45000', 'NaN'),
  fc.constantFrom('Tаsk Force Model', 'TASK  FORCE', 'Unknown Model', 'TX\u00a0', 'ТX', 'XX', ''),
  fc.integer({ min: 1, max: 4 }).map((n) => 'A'.repeat(n * 9000)),
  fc.constantFrom('<script>alert(1)</script>', "'; DROP TABLE \"Agency\";--", '"quoted"', '\u202eevil'),
)

export const gridArb = fc.record({
  preamble: fc.oneof({ weight: 2, arbitrary: fc.constant([] as string[][]) }, { weight: 1, arbitrary: fc.array(fc.array(nastyCell, { maxLength: 4 }), { maxLength: 3 }) }),
  header: fc.oneof(
    fc.constant<string[]>(GOOD_HEADER),
    fc.shuffledSubarray(GOOD_HEADER, { minLength: 0, maxLength: GOOD_HEADER.length }),
    fc.constant<string[]>(LOOKALIKE_HEADER),
    fc.array(nastyCell, { maxLength: 8 }),
    fc.constant<string[]>([...GOOD_HEADER, 'STATE', 'snapshot_date']),
  ),
  rows: fc.oneof(
    fc.array(validRow, { minLength: 1, maxLength: 12 }),
    fc.array(fc.oneof({ weight: 2, arbitrary: validRow }, { weight: 3, arbitrary: fc.array(nastyCell, { maxLength: 10 }) }), { maxLength: 12 }),
  ),
})

export const fileNameArb = fc.constantFrom('participatingAgencies05182026am.xlsx', 'list_2025-07-18.csv', 'list_2025-04-01.csv', 'roster_2011-06-30.csv', 'list_3025-01-01.csv', 'no-date.xlsx', 'pendingAgencies07182025pm.xlsx', 'x')
export const optionsArb = fc.record({
  asOf: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: fc.constantFrom('2025-03-03', '2012-12-31') }, { weight: 1, arbitrary: fc.constantFrom('2025-02-30', '9999-12-31', 'yesterday') }),
  kind: fc.option(fc.constantFrom('participating' as const, 'pending' as const, 'roster' as const), { nil: undefined }),
})

export const mutationArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map((at) => ({ kind: 'truncate' as const, at })) },
  { weight: 1, arbitrary: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => ({ kind: 'flip' as const, flips })) },
  { weight: 1, arbitrary: fc.constantFrom({ kind: 'empty' as const }, { kind: 'nul' as const }, { kind: 'bom' as const }, { kind: 'latin1' as const }) },
)

type Grid = { preamble: string[][]; header: string[]; rows: string[][] }
type Mutation = typeof mutationArb extends fc.Arbitrary<infer M> ? M : never

export function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const b = Buffer.from(bytes)
  switch (m.kind) {
    case 'none': return b
    case 'truncate': return b.subarray(0, Math.floor(b.length * m.at))
    case 'flip': {
      const c = Buffer.from(b)
      for (const [at, v] of m.flips) if (c.length) c[Math.min(c.length - 1, Math.floor(c.length * at))] = v
      return c
    }
    case 'empty': return new Uint8Array(0)
    case 'nul': return Buffer.concat([b.subarray(0, 10), Buffer.from([0, 0, 0]), b.subarray(10)])
    case 'bom': return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b])
    case 'latin1': return Buffer.concat([b, Buffer.from([0xe9, 0xff, 0xfe])])
  }
}

export function csvOf(g: Grid): Uint8Array {
  return Buffer.from(stringify([...g.preamble, g.header, ...g.rows]))
}

/** xlsx bytes; cells that look like formulas become real formula cells, and some dates real (even absurd) dates. */
export async function xlsxOf(g: Grid, emptySheet: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Sheet1')
  if (emptySheet) wb.addWorksheet('Empty')
  else
    for (const row of [...g.preamble, g.header, ...g.rows])
      ws.addRow(row.map((c) => (c.startsWith('=') ? { formula: c.slice(1), result: c.length % 2 ? 7 : new Date(Date.UTC(1899, 11, 31)) } : c === '45000' ? new Date(Date.UTC(3000, 0, 1)) : c)))
  return new Uint8Array(await wb.xlsx.writeBuffer())
}
