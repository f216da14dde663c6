import { NextRequest } from 'next/server'
import { beforeAll, describe, expect, it } from 'vitest'
import { GET, PATCH } from '../../app/api/v1/agreements/[id]/route'
import { POST } from '../../app/api/v1/imports/route'
import { updateAgency } from '../admin/agencies'
import { updateAgreement } from '../admin/agreements'
import { acceptingCorrection } from '../admin/action-utils'
import { clearCorrection } from '../admin/locks'
import { revertChange } from '../admin/revert'
import { checksumWithoutTokenUse as dataChecksum, makeUser, type TestUser } from '../auth/testing'
import { db } from '../db'
import { derivedWorkbook, editedWorkbook, LATEST_WORKBOOK, sheetRows } from '../test/workbooks'

const HISTORY = 'prisma/data/ice-history/participating'
const iso = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : null)

let admin: TestUser
let editor: TestUser
const editorActor = () => ({ actor: editor.email, userId: editor.id, channel: 'form' as const })

beforeAll(async () => {
  admin = await makeUser('admin')
  editor = await makeUser('editor')
})

function upload(bytes: Buffer, fileName: string, apply: boolean) {
  const form = new FormData()
  form.set('file', new File([new Uint8Array(bytes)], fileName))
  return POST(new NextRequest(`http://localhost/api/v1/imports${apply ? '?apply=true' : ''}`, { method: 'POST', body: form, headers: { authorization: `Bearer ${admin.token}` } }))
}

async function getAgreement(id: number) {
  return (await GET(new NextRequest(`http://localhost/api/v1/agreements/${id}`), { params: Promise.resolve({ id: String(id) }) })).json()
}

async function agreementOf(agency: string, state: string, model: string) {
  return db.agreement.findFirstOrThrow({ where: { model, agency: { name: agency, state } }, select: { id: true, version: true, signedOn: true, lockedFields: true } })
}

describe('an editor’s correction survives imports', () => {
  it('a corrected signing date survives a re-import of a list carrying the old value, and the preview names the conflict', { timeout: 180_000 }, async () => {
    // ICE's own files disagree: 2025-02-26 (the MOA's file name, and the lists of 2025-03-07 … 2025-06-26), 2025-02-25 (2025-06-27 on, 2026-05-18).
    const find = (rows: Awaited<ReturnType<typeof sheetRows>>) => rows.find((r) => r.state === 'FLORIDA' && r.agency === 'Panama City Beach Police Department' && r.model === 'Task Force Model')!
    const before = iso(find(await sheetRows(`${HISTORY}/participatingAgencies06262025am.xlsx`)).signed)
    const latest = iso(find(await sheetRows(LATEST_WORKBOOK)).signed)
    expect([before, latest]).toEqual(['2025-02-26', '2025-02-25'])
    const a = await agreementOf('Panama City Beach Police Department', 'FL', 'task_force')
    expect(a.signedOn).toBe(latest)

    const body = { signed_on: before, reason: 'The MOA and ICE’s lists until June 2025 give 26 February', source_url: 'https://www.ice.gov/doclib/287gMOA/panamaCityBeachPolice_TFM_MOA_02.26.2025.pdf' }
    const res = await PATCH(
      new NextRequest(`http://localhost/api/v1/agreements/${a.id}`, { method: 'PATCH', body: JSON.stringify(body), headers: { 'content-type': 'application/json', 'if-match': String(a.version), authorization: `Bearer ${editor.token}` } }),
      { params: Promise.resolve({ id: String(a.id) }) },
    )
    expect(res.status).toBe(200)
    expect((await getAgreement(a.id)).locked_fields).toEqual(['signedOn'])

    // ICE's 2026-05-18 list without its last row, as a list of 2026-06-01: it carries 2025-02-25 again.
    const rows = await sheetRows(LATEST_WORKBOOK)
    const workbook = await derivedWorkbook([rows.at(-1)!.rowNumber])
    const checksum = dataChecksum()
    const preview = (await (await upload(workbook, 'participatingAgencies06012026am.xlsx', false)).json()).items[0]
    expect(dataChecksum()).toBe(checksum)
    expect(preview.conflicts.corrections).toEqual([
      { record_type: 'Agreement', record_id: a.id, agency: 'Panama City Beach Police Department', state: 'FL', field: 'signedOn', held: before, listed: latest, row_number: find(rows).rowNumber, corrected: { on: expect.any(String), by: editor.email, reason: body.reason } },
    ])

    const applied = await upload(workbook, 'participatingAgencies06012026am.xlsx', true)
    expect(applied.status).toBe(201)
    expect((await getAgreement(a.id)).signed_on).toBe(before)
    // The list's own value is held with its row.
    const entry = await db.listEntry.findFirstOrThrow({ where: { agreementId: a.id, sourceList: { asOf: '2026-06-01' } }, select: { signedOn: true } })
    expect(entry.signedOn).toBe(latest)

    // Clearing the correction hands the field back to ICE's newest list, audited.
    const now = await agreementOf('Panama City Beach Police Department', 'FL', 'task_force')
    const cleared = await clearCorrection(db, { recordType: 'Agreement', id: a.id, field: 'signedOn', version: now.version, reason: 'Testing the clear control' }, editorActor())
    expect(cleared).toMatchObject({ kind: 'ok', diff: { signedOn: [before, latest], lockedFields: [['signedOn'], []] } })
    expect(await agreementOf('Panama City Beach Police Department', 'FL', 'task_force')).toMatchObject({ signedOn: latest, lockedFields: '[]' })
    const audit = await db.auditLog.findFirstOrThrow({ where: { recordType: 'Agreement', recordId: String(a.id) }, orderBy: { id: 'desc' }, select: { actor: true, reason: true } })
    expect(audit).toMatchObject({ actor: editor.email, reason: expect.stringContaining('cleared the correction of the signing date') })
    // Clearing again is refused and changes nothing.
    const again = await clearCorrection(db, { recordType: 'Agreement', id: a.id, field: 'signedOn', version: now.version + 1, reason: 'Testing the clear control' }, editorActor())
    expect(again).toMatchObject({ kind: 'invalid' })
  })

  it('an implausible date in a newer list leaves the good one, the row keeps ICE’s raw value flagged; accepted and agency corrections hold too', async () => {
    // ICE's 2025-07-18 (pm) list, row 639: Grundy County Sheriff's Office (TN), warrant service officer, signed "5025-07-07".
    const bad = (await sheetRows(`${HISTORY}/participatingAgencies07182025pm.xlsx`)).find((r) => r.rowNumber === 639)!
    expect([bad.agency, iso(bad.signed)]).toEqual(["Grundy County Sheriff's Office", '5025-07-07'])
    const rows = await sheetRows(LATEST_WORKBOOK)
    const grundy = rows.find((r) => r.state === 'TENNESSEE' && r.agency === bad.agency && r.model === bad.model)!
    const good = iso(grundy.signed)!
    const a = await agreementOf(bad.agency, 'TN', 'warrant_service_officer')
    expect(a.signedOn).toBe(good)

    // A public suggestion accepted by an editor locks the MOA link it corrects.
    const autauga = await agreementOf("Autauga County Sheriff's Office", 'AL', 'task_force')
    const suggestion = await db.correctionSuggestion.create({ data: { publicId: `t-${autauga.id}`, recordType: 'Agreement', recordId: String(autauga.id), text: 'The MOA link should point to the signed copy.', clientHash: 'test' } })
    const fd = new FormData()
    fd.set('correctionId', String(suggestion.id))
    const moaUrl = 'https://www.ice.gov/doclib/287gMOA/AutaugaCoSheriffsOfficeAL_TFM_MOA_09222025_signed.pdf'
    const accepted = await updateAgreement(db, autauga.id, { version: autauga.version, moaUrl, reason: 'Accepted suggestion', source: 'Suggestion by a reader' }, editorActor(), acceptingCorrection(fd, 'Accepted suggestion', editorActor()))
    expect(accepted.kind).toBe('ok')
    expect((await db.correctionSuggestion.findUniqueOrThrow({ where: { id: suggestion.id } })).status).toBe('accepted')
    // An editor renames an agency; ICE's spelling would otherwise come back with the next list.
    const lasalle = await db.agency.findFirstOrThrow({ where: { state: 'LA', name: "LaSalle Parish Sheriff's Office" }, select: { id: true, version: true, state: true, type: true } })
    const renamed = await updateAgency(db, lasalle.id, { name: "La Salle Parish Sheriff's Office", state: 'LA', type: 'county', countyName: 'LaSalle Parish', countyFips: '22059', version: lasalle.version, reason: 'Census spelling', source: 'Census 2010 county list' }, editorActor())
    expect(renamed.kind).toBe('ok')

    const workbook = await editedWorkbook((ws) => { ws.getRow(grundy.rowNumber).getCell(6).value = bad.signed as Date })
    const res = await upload(workbook, 'participatingAgencies06022026am.xlsx', true)
    expect(res.status).toBe(201)
    const item = (await res.json()).items[0]
    expect(item.conflicts.kept).toEqual([{ agreement_id: a.id, agency: bad.agency, state: 'TN', row_number: grundy.rowNumber, held: good, listed_raw: '5025-07-07', flags: ['implausible_date'] }])
    expect(item.conflicts.corrections.map((c: { record_id: number; field: string; listed: string }) => [c.record_id, c.field, c.listed]).sort()).toEqual([
      [autauga.id, 'moaUrl', 'https://www.ice.gov/doclib/287gMOA/AutaugaCoSheriffsOfficeAL_TFM_MOA_09222025.pdf'],
      [lasalle.id, 'name', "LaSalle Parish Sheriff's Office"],
    ])
    expect((await agreementOf(bad.agency, 'TN', 'warrant_service_officer')).signedOn).toBe(good)
    const entry = await db.listEntry.findFirstOrThrow({ where: { agreementId: a.id, sourceList: { asOf: '2026-06-02' } }, select: { signedRaw: true, flags: true } })
    expect(entry).toEqual({ signedRaw: '5025-07-07', flags: '["implausible_date"]' })
    expect((await db.agreement.findUniqueOrThrow({ where: { id: autauga.id }, select: { moaUrl: true } })).moaUrl).toBe(moaUrl)
    expect((await db.agency.findUniqueOrThrow({ where: { id: lasalle.id }, select: { name: true } })).name).toBe("La Salle Parish Sheriff's Office")
  })

  it('reverting a correction also lifts its lock', async () => {
    const a = await db.agreement.findFirstOrThrow({ where: { lockedFields: '[]', moaUrl: { not: null } }, select: { id: true, version: true, moaUrl: true } })
    const edited = await updateAgreement(db, a.id, { version: a.version, moaUrl: 'https://www.ice.gov/doclib/287gMOA/test.pdf', reason: 'Testing revert', source: 'A test' }, editorActor())
    expect(edited).toMatchObject({ kind: 'ok', diff: { lockedFields: [[], ['moaUrl']] } })
    const audit = await db.auditLog.findFirstOrThrow({ where: { recordType: 'Agreement', recordId: String(a.id), action: 'update' }, orderBy: { id: 'desc' }, select: { id: true } })
    expect(await revertChange(db, audit.id, 'Testing revert', editorActor())).toMatchObject({ kind: 'ok' })
    expect(await db.agreement.findUniqueOrThrow({ where: { id: a.id }, select: { moaUrl: true, lockedFields: true } })).toEqual({ moaUrl: a.moaUrl, lockedFields: '[]' })
  })

  it('resolves the list’s counties to FIPS, and every agency of the list without one says why', async () => {
    // Counted in ICE's file with exceljs: 213 COUNTY cells are the spreadsheet error #N/A.
    const rows = await sheetRows(LATEST_WORKBOOK)
    const na = rows.filter((r) => typeof r.county === 'object' && r.county !== null && (r.county as { error?: string }).error === '#N/A')
    expect(na).toHaveLength(213)
    const list = await db.sourceList.findFirstOrThrow({ where: { asOf: '2026-06-02' }, select: { versionId: true } })
    const agencies = await db.agency.findMany({ where: { entries: { some: { versionId: list.versionId } } }, select: { name: true, state: true, countyFips: true, countyNote: true } })
    expect(agencies.filter((a) => !a.countyFips && !a.countyNote)).toEqual([])
    // Hand-checked in the Census 2010 file: Pulaski County AR 05119 (ICE: "Pulaksi County"), LaSalle Parish LA 22059.
    expect(agencies.find((a) => a.name === 'Arkansas Department of Corrections')?.countyFips).toBe('05119')
    expect(agencies.filter((a) => a.state === 'LA' && /^(Olla|Tullos) Police/.test(a.name)).map((a) => a.countyFips)).toEqual(['22059', '22059'])
    // Each #N/A row's agency has a county from its own name ("Pope County Sheriff's Office") or says the cell was #N/A.
    const naEntries = await db.listEntry.findMany({ where: { versionId: list.versionId, rowNumber: { in: na.map((r) => r.rowNumber) } }, select: { rowNumber: true, countyRaw: true, agency: { select: { countyFips: true, countyNote: true } } } })
    expect(naEntries).toHaveLength(213)
    for (const e of naEntries) expect(e.agency.countyFips ?? e.agency.countyNote).toMatch(e.agency.countyFips ? /^\d{5}$/ : /#N\/A/)
    // What is left are names that are not a county of the row's state, each named in the note.
    const other = agencies.filter((a) => !a.countyFips && !/^(COUNTY is|A state agency)/.test(a.countyNote!))
    expect(other.length).toBeLessThan(10)
    for (const a of other) expect(a.countyNote).toMatch(/^".+" is not a county of [A-Z]{2}\.$/)
  })
})
