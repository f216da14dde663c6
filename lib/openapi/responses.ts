import { z } from 'zod'
import { AGREEMENT_MODELS, AGREEMENT_STATUSES } from '../agreements/constants.ts'

// Response shapes for the OpenAPI document; app/api/v1/openapi.test.ts parses real answers with them, so they cannot drift.
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('YYYY-MM-DD')

export const ErrorSchema = z.strictObject({
  error: z.strictObject({ code: z.string(), message: z.string(), field: z.string().optional() }),
})

const SourceRef = z.strictObject({ list_id: z.number().int(), list: z.string(), as_of: date, file: z.string(), row: z.number().int() })

export const AgreementItemSchema = z.strictObject({
  id: z.number().int(),
  agency: z.strictObject({ id: z.number().int(), name: z.string(), state: z.string(), county: z.string().nullable(), county_fips: z.string().nullable(), type: z.string() }),
  model: z.enum(AGREEMENT_MODELS),
  status: z.enum(AGREEMENT_STATUSES),
  signed_on: date.nullable(),
  expires_on: date.nullable(),
  first_listed_on: date.nullable(),
  last_listed_on: date.nullable(),
  moa_url: z.string().nullable(),
  addendum_url: z.string().nullable(),
  flags: z.array(z.string()),
  listed: z.array(z.strictObject({ from: SourceRef, to: SourceRef, captures: z.number().int() })).describe('each unbroken run of captures listing the agreement, cited at both ends'),
})

export const AgreementListSchema = z.strictObject({
  total: z.number().int(), page: z.number().int(), per_page: z.number().int(), as_of: date, items: z.array(AgreementItemSchema),
})

const Basis = z.strictObject({
  list_id: z.number().int(), label: z.string(), as_of: date, covers_until: date.nullable(),
  stale: z.boolean().describe('the basis is the newest list and older than the staleness limit'), basis_age_days: z.number().int(),
})

export const ActiveStatsSchema = z.strictObject({
  as_of: date,
  gap: z.boolean(),
  total: z.number().int().nullable(),
  by_model: z.record(z.enum(AGREEMENT_MODELS), z.number().int()).nullable(),
  by_state: z.record(z.string(), z.number().int()).nullable(),
  basis: Basis.nullable(),
})
