// Enumerations and labels without zod, so that client components can import them cheaply;
// schema.ts re-exports them next to the zod schemas built from them.
export const AGREEMENT_MODELS = ['task_force', 'jail_enforcement', 'warrant_service_officer'] as const
export type AgreementModel = (typeof AGREEMENT_MODELS)[number]

export const MODEL_LABELS: Record<AgreementModel, string> = {
  task_force: 'Task force',
  jail_enforcement: 'Jail enforcement',
  warrant_service_officer: 'Warrant service officer',
}
export const isAgreementModel = (m: string): m is AgreementModel => (AGREEMENT_MODELS as readonly string[]).includes(m)
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

export const SORT_KEYS = ['agency', 'state', 'model', 'status', 'signed_on', 'expires_on', 'first_listed_on', 'last_listed_on'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export const PER_PAGE_OPTIONS = [25, 50, 100, 250] as const
export const MAX_PER_PAGE = 1000
