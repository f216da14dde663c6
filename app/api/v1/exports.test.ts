import { parse as parseCsv } from 'csv-parse/sync'
import { parse as parseDisposition } from 'content-disposition'
import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { GET as agreements } from './agreements/route'
import { GET as snapshotFile } from './snapshots/[id]/file/route'
import { GET as chartData } from '../../trends/data/[file]/route'

const req = (path: string) => new NextRequest(new URL(path, 'http://localhost'))
const json = async (path: string) => (await agreements(req(path))).json()
/** RFC 4180, strictly: the header is the first line, every record has as many fields as the header, quotes well-formed. */
const strict = (text: string) => parseCsv(text, { columns: true, relax_quotes: false, relax_column_count: false, skip_empty_lines: false, bom: false }) as Record<string, string>[]

// The export's columns, written out here rather than imported from the code that writes them.
const HEADER = 'id,agency_id,agency,state,county,county_fips,agency_type,model,status,signed_on,expires_on,first_listed_on,last_listed_on,moa_url,flags,sources'

describe('agreement exports', () => {
  it('the unfiltered CSV holds exactly as many rows as the JSON total, each agreement once, header first', async () => {
    const res = await agreements(req('/api/v1/agreements?format=csv'))
    expect(res.status).toBe(200)
    const text = await res.text()
    expect(text.split('\r\n')[0]).toBe(HEADER)
    const rows = strict(text)
    const { total } = await json('/api/v1/agreements')
    expect(total).toBeGreaterThan(1000)
    expect(rows).toHaveLength(total)
    expect(new Set(rows.map((r) => r.id)).size).toBe(total)
  })

  it('the unfiltered JSON export holds every row and says what it is', async () => {
    const res = await agreements(req('/api/v1/agreements?format=export&as_of=2026-05-18'))
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.items).toHaveLength((await json('/api/v1/agreements?as_of=2026-05-18')).total)
    expect(body).toMatchObject({ as_of: '2026-05-18', gap: false, filters: { as_of: '2026-05-18', status: ['active'], sort: 'agency' } })
    expect(body.basis).toMatch(/2026-05-18/)
  })

  it.each([998, 999, 1000])('per_page=%i answers 200 with that many rows, the same rows as pages of 500', async (perPage) => {
    const res = await agreements(req(`/api/v1/agreements?as_of=2026-05-18&per_page=${perPage}&page=2`))
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.items).toHaveLength(Math.min(perPage, body.total - perPage))
    const small = [...(await json('/api/v1/agreements?as_of=2026-05-18&per_page=500&page=2')).items, ...(await json('/api/v1/agreements?as_of=2026-05-18&per_page=500&page=3')).items, ...(await json('/api/v1/agreements?as_of=2026-05-18&per_page=500&page=4')).items]
    const offset = perPage - 500
    expect(body.items.map((i: { id: number }) => i.id)).toEqual(small.slice(offset, offset + body.items.length).map((i: { id: number }) => i.id))
  })

  it('per_page above the maximum is a 400 naming the field', async () => {
    const res = await agreements(req('/api/v1/agreements?per_page=1001'))
    expect(res.status).toBe(400)
    expect((await res.json()).error).toMatchObject({ field: 'per_page' })
  })

  it('names the file after its filters and date, and links CSVW metadata built from the parsed filters only', async () => {
    const res = await agreements(req('/api/v1/agreements?state=TX&model=task_force&as_of=2026-05-18&format=csv&evil=%3DHYPERLINK(%22http%3A%2F%2Fx%22)%0A'))
    expect(res.status).toBe(200)
    expect(parseDisposition(res.headers.get('content-disposition')!).parameters.filename).toBe('agreements_TX_task-force_as-of-2026-05-18.csv')
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''agreements_TX_task-force_as-of-2026-05-18.csv")
    const link = /^<([^>]+)>; rel="describedby"; type="application\/csvm\+json"$/.exec(res.headers.get('link') ?? '')
    expect(link).not.toBeNull()
    const meta = await agreements(req(link![1]!))
    expect(meta.status).toBe(200)
    const body = await meta.json()
    expect(JSON.stringify(body)).not.toMatch(/HYPERLINK|evil/)
    expect(body['@context']).toBe('http://www.w3.org/ns/csvw')
    expect(body.tableSchema.columns.map((c: { name: string }) => c.name).join(',')).toBe(HEADER)
    expect(body.notes[0].filters).toEqual({ as_of: '2026-05-18', state: ['TX'], model: ['task_force'], status: ['active'], sort: 'agency' })
    const rows = strict(await res.text())
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((r) => r.state === 'TX' && r.model === 'task_force')).toBe(true)
  })

  it('keeps the filter names consistent between the CSV, the JSON export and the JSON answer', async () => {
    const q = 'as_of=2012-12-01&expires_before=2013-01-01&model=task_force'
    const csv = strict(await (await agreements(req(`/api/v1/agreements?${q}&format=csv`))).text())
    expect(csv).toHaveLength(17)
    expect((await json(`/api/v1/agreements?${q}&format=export`)).items).toHaveLength(17)
  })
})

describe('chart CSVs', () => {
  it('are header-first RFC 4180 with a CSVW sidecar and a file name carrying the date', async () => {
    const res = await chartData(req('/trends/data/by-state.csv?as_of=2026-05-18'), { params: Promise.resolve({ file: 'by-state.csv' }) })
    expect(res.status).toBe(200)
    expect(parseDisposition(res.headers.get('content-disposition')!).parameters.filename).toBe('287g_by-state_as-of-2026-05-18.csv')
    const rows = strict(await res.text())
    expect(Object.keys(rows[0]!)).toEqual(['State', 'Name', 'Task force', 'Jail enforcement', 'Warrant service officer', 'Total'])
    expect(rows.find((r) => r.State === 'TX')).toBeTruthy()
    const sidecar = /^<[^>]*\/trends\/data\/(by-state\.csv-metadata\.json)\?as_of=2026-05-18>; rel="describedby"/.exec(res.headers.get('link') ?? '')
    expect(sidecar).not.toBeNull()
    const meta = await chartData(req('/trends/data/by-state.csv-metadata.json?as_of=2026-05-18'), { params: Promise.resolve({ file: sidecar![1]! }) })
    expect(meta.status).toBe(200)
    expect((await meta.json())['dc:title']).toBe('Active 287(g) agreements by state on 2026-05-18')
  })
})

describe('snapshot file download', () => {
  it('serves a file whose name is not ASCII, with an exact filename* and an ASCII fallback', async () => {
    const list = await db.sourceList.findFirstOrThrow({ where: { file: { isNot: null } }, select: { id: true } })
    const name = 'participatingAgencies “Año” 05182026 – 日本.xlsx'
    await db.sourceList.update({ where: { id: list.id }, data: { fileName: name } })
    const res = await snapshotFile(req(`/api/v1/snapshots/${list.id}/file`), { params: Promise.resolve({ id: String(list.id) }) })
    expect(res.status).toBe(200)
    const header = res.headers.get('content-disposition')!
    expect(parseDisposition(header).parameters.filename).toBe(name)
    expect(header).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/)
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000)
  })
})
