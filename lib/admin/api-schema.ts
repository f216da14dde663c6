import { z } from 'zod'
import { TERMINAL_KINDS } from '../agreements/schema.ts'
import { EditMetaSchema, optionalDate, optionalUrl } from './fields.ts'
import type { AgreementPatch } from './agreements.ts'

/** PATCH /api/v1/agreements/:id body: snake_case like the rest of the API; unknown keys are refused. */
export const AgreementPatchBodySchema = z
  .strictObject({
    signed_on: optionalDate('signed_on'),
    expires_on: optionalDate('expires_on'),
    moa_url: optionalUrl('moa_url'),
    status: z.enum(TERMINAL_KINDS, { error: `status must be one of ${TERMINAL_KINDS.join(', ')}` }).optional(),
    status_on: optionalDate('status_on'),
    reason: EditMetaSchema.shape.reason,
    source_url: EditMetaSchema.shape.source,
  })
  .refine((b) => (b.status === undefined) === (b.status_on === undefined || b.status_on === null), { message: 'status and status_on go together: give both or neither', path: ['status_on'] })

export function toPatch(body: z.infer<typeof AgreementPatchBodySchema>, version: number): AgreementPatch {
  return {
    version, reason: body.reason, source: body.source_url,
    ...(body.signed_on !== undefined && { signedOn: body.signed_on }),
    ...(body.expires_on !== undefined && { expiresOn: body.expires_on }),
    ...(body.moa_url !== undefined && { moaUrl: body.moa_url }),
    ...(body.status !== undefined && { status: body.status, statusOn: body.status_on }),
  }
}

const FIELD_NAMES: Record<string, string> = { signedOn: 'signed_on', expiresOn: 'expires_on', moaUrl: 'moa_url', statusOn: 'status_on', status: 'status', source: 'source_url' }
export const apiField = (field: string) => FIELD_NAMES[field] ?? field

/** `If-Match: 3`, `"3"` or `W/"3"`. */
export function readIfMatch(header: string | null): number | null {
  const m = header && /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim())
  return m ? Number(m[1]) : null
}
