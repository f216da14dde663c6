import { z } from 'zod'

export const AGREEMENT_MODELS = ['task_force', 'jail_enforcement', 'warrant_service_officer'] as const
export type AgreementModel = (typeof AGREEMENT_MODELS)[number]

export const MODEL_LABELS: Record<AgreementModel, string> = {
  task_force: 'Task force',
  jail_enforcement: 'Jail enforcement',
  warrant_service_officer: 'Warrant service officer',
}
export const agreementModelOptions = AGREEMENT_MODELS.map((value) => ({ value, label: MODEL_LABELS[value] }))

export const AGREEMENT_STATUSES = ['active', 'pending', 'expired', 'not_renewed', 'terminated', 'removed'] as const
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number]
export const STATUS_LABELS: Record<AgreementStatus, string> = {
  active: 'Active',
  pending: 'Pending',
  expired: 'Expired',
  not_renewed: 'Not renewed',
  terminated: 'Terminated',
  removed: "Removed from ICE's list",
}
export const agreementStatusOptions = AGREEMENT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }))

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
