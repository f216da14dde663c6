import type { z } from 'zod'
import { checkAsOf } from '../as-of.ts'
import { isIsoDate, todayIso } from '../dates.ts'
import { asOfNotice, notice, type Notice } from '../i18n/notice.ts'
import { AGREEMENT_MODELS, AGREEMENT_STATUSES, MAX_PER_PAGE, SORT_KEYS } from './constants.ts'

type Raw = Record<string, string | string[]>
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(',') : (v ?? ''))

/**
 * What a page says about a query parameter it dropped (AgreementQuerySchema's issue), as a notice in the reader's
 * language; the API answers with the schema's English message instead.
 */
export function queryIssueNotice(field: string, issue: z.core.$ZodIssue, raw: Raw, today = todayIso()): Notice {
  // List parameters report the one bad item (safeParse runs with reportInput).
  const value = typeof issue.input === 'string' && issue.path.length > 1 ? issue.input : first(raw[field])
  switch (field) {
    case 'state':
      return notice('paramState', { value })
    case 'model':
      return notice('choice', { field, value, options: AGREEMENT_MODELS.join(', ') })
    case 'status':
      return notice('choice', { field, value, options: [...AGREEMENT_STATUSES, 'all'].join(', ') })
    case 'as_of': {
      const check = checkAsOf(value, today)
      return check.ok ? notice('paramDate', { field, value }) : asOfNotice(check)
    }
    case 'signed_from':
      return isIsoDate(value) ? notice('paramOrder', { from: value, to: first(raw.signed_to) }) : notice('paramDate', { field, value })
    case 'expires_before':
    case 'signed_to':
      return notice('paramDate', { field, value })
    case 'expires_within_days':
      return notice('paramWhole', { field, value, min: 0, max: 36500 })
    case 'per_page':
      return notice('paramWhole', { field, value, min: 1, max: MAX_PER_PAGE })
    case 'page':
      return notice('page', { value })
    case 'agency_id':
      return notice('paramId', { value })
    case 'q':
      return notice('paramQ', { max: 200 })
    case 'sort':
      return notice('paramSort', { value, options: SORT_KEYS.join(', ') })
    default:
      return notice('param', { field })
  }
}
