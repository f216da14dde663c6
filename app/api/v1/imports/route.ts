import { NextResponse, type NextRequest } from 'next/server'
import { apiError, badRequest, snakeKeys } from '@/lib/api'
import { apiActor, authenticateRequest } from '@/lib/auth/tokens'
import { invalidateAfter } from '@/lib/cache/tags'
import { ImportError } from '@/lib/import/errors'
import { LIST_KINDS, type ListKind } from '@/lib/import/parse-list'
import { importFileOffThread } from '@/lib/import/queue'
import { MAX_UPLOAD_BYTES } from '@/lib/import/read-sheet'
import { NotMultipart, readUploadForm, type UploadForm } from '@/lib/import/multipart'

export const dynamic = 'force-dynamic'

// The file may be 10 MB; the multipart envelope and the other fields get 64 KB more.
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024
const STATUS: Partial<Record<ImportError['code'], number>> = { too_large: 413, busy: 503, worker_failed: 500 }

/** POST multipart `file` (+ optional `as_of`, `kind`): the preview; `?apply=true` applies it in one transaction. Admin only. */
export async function POST(request: NextRequest) {
  const auth = await authenticateRequest(request, 'admin', 'import')
  if (!auth.ok) return auth.response
  const applyParam = request.nextUrl.searchParams.get('apply')
  if (applyParam !== null && applyParam !== 'true' && applyParam !== 'false') return badRequest('apply must be true or false', 'apply')
  const length = Number(request.headers.get('content-length') ?? 0)
  if (length > MAX_BODY_BYTES) return apiError(413, { code: 'too_large', message: 'The upload is larger than the 10 MB limit.', field: 'file' })
  const noForm = () => badRequest('Send the list as multipart/form-data with the file in the field "file".', 'file')
  if (!request.body) return noForm()
  let form: UploadForm
  try {
    form = await readUploadForm(request.body, request.headers.get('content-type') ?? '', MAX_BODY_BYTES)
  } catch (error) {
    if (error instanceof ImportError) return apiError(413, { code: error.code, message: error.message, field: 'file' })
    if (error instanceof NotMultipart) return noForm()
    throw error
  }
  const file = form.file
  if (!file || file.bytes.byteLength === 0) return badRequest('The multipart field "file" is missing or empty.', 'file')
  const kind = form.fields.kind ?? null
  if (kind !== null && !(LIST_KINDS as readonly unknown[]).includes(kind)) return badRequest(`kind must be one of ${LIST_KINDS.join(', ')}`, 'kind')
  const asOf = form.fields.as_of
  try {
    const results = await importFileOffThread(file.bytes, {
      fileName: file.name, asOf: asOf || undefined, kind: (kind ?? undefined) as ListKind | undefined,
      dryRun: applyParam !== 'true', actor: apiActor(auth.user),
    })
    if (results.some((r) => r.applied)) await invalidateAfter({ kind: 'import' })
    const items = results.map((r) => ({ ...r, message: r.duplicateOf ? `Already imported as source list ${r.duplicateOf.id} (${r.duplicateOf.fileName}, as of ${r.duplicateOf.asOf}); nothing changed.` : r.applied ? `Imported as source list ${r.sourceListId}.` : 'Preview only; nothing written. Send ?apply=true to apply.' }))
    return NextResponse.json(snakeKeys({ applied: results.some((r) => r.applied), duplicate: results.every((r) => r.duplicateOf !== null), items }), { status: results.some((r) => r.applied) ? 201 : 200 })
  } catch (error) {
    if (error instanceof ImportError) return apiError(STATUS[error.code] ?? 422, { code: error.code, message: error.message, field: error.code === 'bad_as_of' || error.code === 'no_as_of' ? 'as_of' : 'file' })
    throw error
  }
}
