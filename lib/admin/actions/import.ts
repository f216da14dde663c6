'use server'
import { revalidatePath } from 'next/cache'
import { requireAdmin } from '../../auth/guard.ts'
import { db } from '../../db.ts'
import { importList, type ImportResult } from '../../import/apply.ts'
import { ImportError } from '../../import/errors.ts'
import { LIST_KINDS, parseListFile, type ListKind } from '../../import/parse-list.ts'
import { formActor } from '../action-utils.ts'

export interface ImportState {
  message?: string
  error?: string
  results?: ImportResult[]
  applied?: boolean
}

/** Preview (default) or apply (`apply=yes` with the sha256 of the previewed file, so what is applied is what was shown). */
export async function importAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const admin = await requireAdmin('/admin/import')
  const file = formData.get('file')
  if (!(file instanceof File) || file.size === 0) return { error: 'Choose a file to import (.xlsx or .csv).' }
  const asOf = String(formData.get('asOf') ?? '').trim() || undefined
  const kindRaw = String(formData.get('kind') ?? '').trim()
  if (kindRaw && !(LIST_KINDS as readonly string[]).includes(kindRaw)) return { error: `The kind must be one of ${LIST_KINDS.join(', ')}.` }
  const apply = formData.get('apply') === 'yes'
  try {
    const lists = await parseListFile(new Uint8Array(await file.arrayBuffer()), { fileName: file.name, asOf, kind: (kindRaw || undefined) as ListKind | undefined })
    const expected = String(formData.get('sha256') ?? '')
    if (apply && lists.map((l) => l.sha256).join(',') !== expected) return { error: 'The file differs from the one previewed; preview it again before applying.' }
    const results: ImportResult[] = []
    for (const list of lists) results.push(await importList(db, list, { dryRun: !apply, actor: formActor(admin) }))
    // Content bytes are not needed by the page.
    if (apply) revalidatePath('/', 'layout')
    return { results, applied: apply && results.some((r) => r.applied) }
  } catch (error) {
    if (error instanceof ImportError) return { error: `Not imported: ${error.message}` }
    throw error
  }
}
