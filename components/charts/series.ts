import { AGREEMENT_MODELS, MODEL_LABELS, type AgreementModel } from '@/lib/agreements/schema'

/** Each model has a colour and a second cue (dash pattern on lines, fill pattern on bars), so colour is never the only signal. */
export const MODEL_SERIES: Record<AgreementModel, { label: string; color: string; dash: string; pattern: string }> = {
  task_force: { label: MODEL_LABELS.task_force, color: 'var(--color-task_force)', dash: '0', pattern: 'diagonal' },
  jail_enforcement: { label: MODEL_LABELS.jail_enforcement, color: 'var(--color-jail_enforcement)', dash: '8 4', pattern: 'solid' },
  warrant_service_officer: { label: MODEL_LABELS.warrant_service_officer, color: 'var(--color-warrant_service_officer)', dash: '2 3', pattern: 'dots' },
}

export const SC_SERIES = { label: 'Secure Communities: share of counties activated', color: 'var(--color-secure_communities)' }

export const MODELS = AGREEMENT_MODELS
