import { z } from 'zod'
import { AGREEMENT_MODELS, AGREEMENT_STATUSES } from './constants.ts'

export {
  AGREEMENT_MODELS, MODEL_LABELS, agreementModelOptions, AGREEMENT_STATUSES, STATUS_LABELS, agreementStatusOptions,
  type AgreementModel, type AgreementStatus,
} from './constants.ts'

/** Statuses that end an agreement on a known date (recorded as lifecycle events). */
export const TERMINAL_KINDS = ['expired', 'not_renewed', 'terminated'] as const
export type TerminalKind = (typeof TERMINAL_KINDS)[number]

export const EVENT_KINDS = [
  'signed', 'listed', 'renewed', 'model_switch', 'date_corrected', 'removed', 'relisted',
  'expired', 'not_renewed', 'terminated', 'corrected',
] as const
export type EventKind = (typeof EVENT_KINDS)[number]

export const AGENCY_TYPES = ['county', 'municipality', 'state_agency', 'other'] as const
export type AgencyType = (typeof AGENCY_TYPES)[number]
export const AGENCY_TYPE_LABELS: Record<AgencyType, string> = {
  county: 'County',
  municipality: 'Municipality',
  state_agency: 'State agency',
  other: 'Other',
}

export const ModelSchema = z.enum(AGREEMENT_MODELS)
export const StatusSchema = z.enum(AGREEMENT_STATUSES)
