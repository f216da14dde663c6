'use server'
import { requireAdmin } from '../../auth/guard.ts'
import { ImportError } from '../../import/errors.ts'
import type { ImportResult } from '../../import/apply.ts'
import { LIST_KINDS, type ListKind } from '../../import/parse-list.ts'
import { importFileOffThread } from '../../import/queue.ts'
import { MAX_UPLOAD_BYTES } from '../../import/read-sheet.ts'
import { readUploadLimited } from '../../import/upload.ts'
import { formActor } from '../action-utils.ts'
import { invalidateAfter } from '../../cache/tags.ts'

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
    const results = await importFileOffThread(await readUploadLimited(file.stream(), MAX_UPLOAD_BYTES), {
      fileName: file.name, asOf, kind: (kindRaw || undefined) as ListKind | undefined, dryRun: !apply,
      expectSha256: apply ? String(formData.get('sha256') ?? '') : undefined, actor: formActor(admin),
    })
    // Content bytes are not needed by the page.
    if (results.some((r) => r.applied)) await invalidateAfter({ kind: 'import' })
    return { results, applied: apply && results.some((r) => r.applied) }
  } catch (error) {
    if (error instanceof ImportError) return { error: `Not imported: ${error.message}` }
    throw error
  }
}
