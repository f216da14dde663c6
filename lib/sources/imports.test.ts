import { describe, expect, it } from 'vitest'
import { db } from '../db'
import { importList } from '../import/apply'
import { parseListFile } from '../import/parse-list'
import { derivedWorkbook } from '../test/workbooks'
import { importRecords } from './imports'

describe('importRecords', () => {
  it('names the seed as the importer of the seeded lists', async () => {
    const lists = await db.sourceList.findMany({ select: { id: true } })
    const records = await importRecords()
    for (const l of lists) expect(records[l.id]).toMatchObject({ actor: 'seed', channel: 'seed' })
  })

  it('names the person who imported a list through the admin', async () => {
    const [list] = await parseListFile(await derivedWorkbook([2, 3]), { fileName: 'participatingAgencies06012026am.xlsx' })
    const res = await importList(db, list!, { actor: { actor: 'editor@example.org', channel: 'form', userId: undefined } })
    const record = (await importRecords())[res.sourceListId!]
    expect(record).toMatchObject({ actor: 'editor@example.org', channel: 'form' })
    expect(record!.at).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    const stored = await db.sourceList.findUniqueOrThrow({ where: { id: res.sourceListId! }, select: { provenance: true } })
    expect(stored.provenance).toBeNull()
  })
})
