import { z } from 'zod'
import { AGENCY_TYPES, TERMINAL_KINDS } from '../agreements/schema.ts'
import { addDays, todayIso } from '../dates.ts'
import { STATE_CODES, stateFips } from '../states.ts'
import { EditMetaSchema, implausible, optionalDate, optionalText, optionalUrl, requiredDate, VersionSchema } from './fields.ts'

const TWENTY_YEARS = 20 * 365

/** Cross-field date rules for an agreement; also run on the merged record when a PATCH sends some fields. */
export function agreementDateErrors(d: { signedOn?: string | null; expiresOn?: string | null; status?: string | null; statusOn?: string | null }): Record<string, string> {
  const errors: Record<string, string> = {}
  if (d.signedOn) {
    const bad = implausible('The signed date', d.signedOn)
    if (bad) errors.signedOn = bad
  }
  if (d.expiresOn) {
    const bad = implausible('The expiry date', d.expiresOn, { future: TWENTY_YEARS })
    if (bad) errors.expiresOn = bad
    else if (d.signedOn && d.expiresOn <= d.signedOn) errors.expiresOn = `Expiry date must be after the signed date, ${d.signedOn}.`
  }
  if (d.status && !d.statusOn) errors.statusOn = 'Give the date the agreement ended.'
  if (d.statusOn) {
    const bad = implausible('The end date', d.statusOn)
    if (!d.status) errors.status = 'Choose how the agreement ended, or clear the end date.'
    else if (bad) errors.statusOn = bad
    else if (d.signedOn && d.statusOn < d.signedOn) errors.statusOn = `The end date must be on or after the signed date, ${d.signedOn}.`
  }
  return errors
}

function addErrors(ctx: z.RefinementCtx, errors: Record<string, string>) {
  for (const [path, message] of Object.entries(errors)) ctx.addIssue({ code: 'custom', path: [path], message })
}

export const AgreementEditSchema = z
  .object({
    version: VersionSchema,
    signedOn: optionalDate('The signed date'),
    expiresOn: optionalDate('The expiry date'),
    moaUrl: optionalUrl('The MOA link'),
    status: z.preprocess((v) => (v === '' ? null : v), z.enum(TERMINAL_KINDS, { error: 'Choose expired, not renewed or terminated.' }).nullable().optional()),
    statusOn: optionalDate('The end date'),
  })
  .extend(EditMetaSchema.shape)
  .superRefine((d, ctx) => addErrors(ctx, agreementDateErrors(d)))
export type AgreementEdit = z.infer<typeof AgreementEditSchema>

export const AgencyFieldsSchema = z.object({
  name: z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string({ error: 'The name is required.' }).min(3, 'The name must be at least 3 characters.').max(300)),
  state: z.enum(STATE_CODES, { error: 'Choose a state.' }),
  type: z.enum(AGENCY_TYPES, { error: 'Choose the agency type.' }),
  countyName: optionalText(200),
  countyFips: z.preprocess((v) => (v === '' ? null : v), z.string().regex(/^\d{5}$/, 'A county FIPS code is 5 digits, like 48423.').nullable().optional()),
})

function fipsMatchesState(d: { state: string; countyFips?: string | null }, ctx: z.RefinementCtx) {
  const prefix = stateFips(d.state)
  if (d.countyFips && prefix && !d.countyFips.startsWith(prefix))
    ctx.addIssue({ code: 'custom', path: ['countyFips'], message: `County FIPS ${d.countyFips} is not in ${d.state}: ${d.state} codes start with ${prefix}.` })
}

export const AgencyCreateSchema = AgencyFieldsSchema.extend(EditMetaSchema.shape).superRefine(fipsMatchesState)
export const AgencyEditSchema = AgencyFieldsSchema.extend(EditMetaSchema.shape).extend({ version: VersionSchema }).superRefine(fipsMatchesState)
export type AgencyCreate = z.infer<typeof AgencyCreateSchema>
export type AgencyEdit = z.infer<typeof AgencyEditSchema>

export const POLICY_KINDS = ['budget', 'decision', 'memo', 'executive_order', 'program', 'court', 'expiry'] as const

export const PolicyEventFieldsSchema = z.object({
  slug: z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'The slug uses lower-case letters, digits and dashes, like 2025-01-20-executive-order.').max(120),
  date: requiredDate('The date'),
  datePrecision: z.enum(['day', 'month'], { error: 'Choose day or month.' }),
  kind: z.enum(POLICY_KINDS, { error: 'Choose the kind of event.' }),
  title: z.string().trim().min(5, 'The title must be at least 5 characters.').max(300),
  summary: z.string().trim().min(20, 'The summary must be at least 20 characters.').max(5000),
  sourceUrl: optionalUrl('The source link'),
  sourceName: optionalText(500),
})
const policyDate = (d: { date: string }, ctx: z.RefinementCtx) => {
  if (d.date < '1996-01-01') ctx.addIssue({ code: 'custom', path: ['date'], message: `The date ${d.date} is before section 287(g) was enacted (1996).` })
  else if (d.date > addDays(todayIso(), 2 * 365)) ctx.addIssue({ code: 'custom', path: ['date'], message: `The date ${d.date} is more than two years ahead.` })
}
export const PolicyEventCreateSchema = PolicyEventFieldsSchema.extend(EditMetaSchema.shape).superRefine(policyDate)
export const PolicyEventEditSchema = PolicyEventFieldsSchema.extend(EditMetaSchema.shape).extend({ version: VersionSchema }).superRefine(policyDate)

export const CountyActivationSchema = z
  .object({
    version: VersionSchema,
    scPrecision: z.preprocess((v) => (v === '' ? null : v), z.enum(['day', 'month'], { error: 'Choose day or month.' }).nullable().optional()),
    scActivatedOn: optionalDate('The activation date'),
    scActivationMonth: z.preprocess((v) => (v === '' ? null : v), z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'The month is written YYYY-MM, like 2011-04.').nullable().optional()),
    scNotes: optionalText(2000),
  })
  .extend(EditMetaSchema.shape)
  .superRefine((d, ctx) => {
    if (d.scPrecision === 'day' && !d.scActivatedOn) ctx.addIssue({ code: 'custom', path: ['scActivatedOn'], message: 'Give the activation day, or set the precision to month.' })
    if (d.scPrecision === 'month' && !d.scActivationMonth) ctx.addIssue({ code: 'custom', path: ['scActivationMonth'], message: 'Give the activation month, or set the precision to day.' })
    if (!d.scPrecision && (d.scActivatedOn || d.scActivationMonth)) ctx.addIssue({ code: 'custom', path: ['scPrecision'], message: 'Say whether the source gives the day or only the month.' })
    if (d.scActivatedOn && (d.scActivatedOn < '2008-01-01' || d.scActivatedOn > '2014-12-31'))
      ctx.addIssue({ code: 'custom', path: ['scActivatedOn'], message: `Secure Communities was activated between 2008 and 2013; ${d.scActivatedOn} is outside that.` })
    if (d.scActivatedOn && d.scActivationMonth && !d.scActivatedOn.startsWith(d.scActivationMonth))
      ctx.addIssue({ code: 'custom', path: ['scActivationMonth'], message: `The month must be the month of the activation day (${d.scActivatedOn.slice(0, 7)}).` })
  })
export type CountyActivation = z.infer<typeof CountyActivationSchema>

export const DeleteSchema = z.object({ version: VersionSchema }).extend(EditMetaSchema.shape)
export const RevertSchema = z.object({ auditId: z.coerce.number().int().positive() }).extend({ reason: EditMetaSchema.shape.reason })

export const ClearLockSchema = z.object({
  recordType: z.enum(['Agreement', 'Agency']),
  id: z.coerce.number().int().positive(),
  field: z.string({ error: 'Choose the correction to clear.' }).min(1, 'Choose the correction to clear.'),
  version: VersionSchema,
  reason: EditMetaSchema.shape.reason,
})
export type ClearLock = z.infer<typeof ClearLockSchema>
