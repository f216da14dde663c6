import { NextResponse, type NextRequest } from 'next/server'
import { apiError, badRequest, notFound, readId, snakeKeys } from '@/lib/api'
import { updateAgreement } from '@/lib/admin/agreements'
import { AgreementPatchBodySchema, apiField, readIfMatch, toPatch } from '@/lib/admin/api-schema'
import { apiActor, authenticateRequest } from '@/lib/auth/tokens'
import { db } from '@/lib/db'
import { getAgreementRecord as readAgreementRecord } from '@/lib/agreements/record'
import { getAgreementRecord } from '@/lib/cache/reads'
import { invalidateAfter } from '@/lib/cache/tags'

export const dynamic = 'force-dynamic'

interface Ctx {
  params: Promise<{ id: string }>
}

export async function GET(_request: NextRequest, { params }: Ctx) {
  const id = readId((await params).id)
  if (id === null) return badRequest('The agreement id must be a positive whole number.', 'id')
  const agreement = await getAgreementRecord(id)
  if (!agreement) return notFound(`There is no agreement ${id}.`)
  return NextResponse.json(snakeKeys(agreement), { headers: { ETag: `"${agreement.version}"` } })
}

export async function PATCH(request: NextRequest, { params }: Ctx) {
  const auth = await authenticateRequest(request, 'editor', 'edit')
  if (!auth.ok) return auth.response
  const id = readId((await params).id)
  if (id === null) return badRequest('The agreement id must be a positive whole number.', 'id')
  const version = readIfMatch(request.headers.get('if-match'))
  if (version === null)
    return apiError(428, { code: 'precondition_required', message: 'Send If-Match: <version> (the version you read from GET /api/v1/agreements/:id) so that no one else’s change is overwritten.', field: 'If-Match' })
  let json: unknown
  try {
    json = await request.json()
  } catch {
    return badRequest('The body must be a JSON object.')
  }
  const parsed = AgreementPatchBodySchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const field = issue.path.join('.') || undefined
    return badRequest(issue.code === 'unrecognized_keys' ? `Unknown field(s): ${issue.keys.join(', ')}` : `${field ? `${field}: ` : ''}${issue.message}`, field)
  }
  const result = await updateAgreement(db, id, toPatch(parsed.data, version), apiActor(auth.user, parsed.data.reason))
  switch (result.kind) {
    case 'not_found':
      return notFound(`There is no agreement ${id}.`)
    case 'invalid': {
      const [field] = Object.keys(result.errors)
      return badRequest(result.message, field ? apiField(field) : undefined)
    }
    case 'conflict':
      return NextResponse.json(
        {
          error: { code: 'version_conflict', message: `Agreement ${id} is at version ${result.current}, not ${version}; nothing was changed. Re-read it and apply your change again.`, field: 'If-Match' },
          current_version: result.current,
          changes_since: result.changes.map((c) => ({ at: c.at, by: c.actor, channel: c.channel, reason: c.reason, source: c.sourceUrl, diff: snakeKeys(c.diff) })),
        },
        { status: 412, headers: { ETag: `"${result.current}"` } },
      )
    case 'ok':
      // The editor's answer is read from the database, not the cache.
      await invalidateAfter({ kind: 'agreement', agreementId: id })
      return NextResponse.json(snakeKeys({ id, version: result.version, changed: result.diff, agreement: await readAgreementRecord(id) }), { headers: { ETag: `"${result.version}"` } })
  }
}
