import { z } from 'zod'
import { addDays, isIsoDate, todayIso } from '../dates.ts'
import { FIRST_PLAUSIBLE_SIGNING } from '../import/parse-row.ts'

/** Form fields arrive as strings; an empty field means "no value". */
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim() : v)

export const optionalDate = (label: string) =>
  z.preprocess(blank, z.string().refine(isIsoDate, `${label} must be a real date written YYYY-MM-DD.`).nullable().optional())

export const requiredDate = (label: string) =>
  z.preprocess(blank, z.string({ error: `${label} is required.` }).refine(isIsoDate, `${label} must be a real date written YYYY-MM-DD.`))

export const optionalUrl = (label: string) =>
  z.preprocess(blank, z.url({ protocol: /^https?$/, error: `${label} must be a web address starting with https:// or http://.` }).max(2000).nullable().optional())

export const optionalText = (max = 2000) => z.preprocess(blank, z.string().max(max, `At most ${max} characters.`).nullable().optional())

export const VersionSchema = z.coerce.number({ error: 'The form is missing the version it was loaded at; reload the page.' }).int().positive()

/** Every edit says why and on what evidence. */
export const EditMetaSchema = z.object({
  reason: z.preprocess(blank, z.string({ error: 'Say why you are making this change.' }).min(5, 'Say why you are making this change (at least 5 characters).').max(1000)),
  source: z.preprocess(
    blank,
    z
      .string({ error: 'Give the source: a web address or the title of the document.' })
      .min(5, 'Give the source: a web address or the title of the document.')
      .max(2000)
      .refine((s) => !/^https?:/i.test(s) || z.url().safeParse(s).success, 'This web address is not valid.'),
  ),
})

export const PLAUSIBLE_FROM = FIRST_PLAUSIBLE_SIGNING

/** Plain-words check of a date against the program's history and today. */
export function implausible(label: string, date: string, opts: { future?: number } = {}): string | null {
  if (date < PLAUSIBLE_FROM) return `${label} ${date} is before the first 287(g) agreement (${PLAUSIBLE_FROM}).`
  const latest = addDays(todayIso(), opts.future ?? 0)
  if (date > latest) return opts.future ? `${label} ${date} is more than ${Math.round((opts.future ?? 0) / 365)} years ahead.` : `${label} ${date} is in the future.`
  return null
}

export type FieldErrors = Record<string, string[]>

export interface FormState {
  errors?: FieldErrors
  message?: string
  ok?: boolean
  /** Extra structured info for the form, e.g. an agency to merge with. */
  merge?: { id: number; name: string }
}

export function sourceParts(source: string): { url: string | null; title: string | null } {
  return /^https?:/i.test(source) ? { url: source, title: null } : { url: null, title: source }
}
