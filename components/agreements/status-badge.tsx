import { useTranslations } from 'next-intl'
import { STATUS_LABELS, type AgreementStatus } from '@/lib/agreements/constants'

const TONE: Record<AgreementStatus, string> = {
  active: 'border-[#1a7f37] text-[#1a7f37]',
  pending: 'border-line text-muted',
  expired: 'border-[#9a6700] text-[#7d4e00]',
  not_renewed: 'border-[#9a6700] text-[#7d4e00]',
  terminated: 'border-[#cf222e] text-[#a40e26]',
  removed: 'border-line text-muted',
}

interface StatusBadgeProps {
  status: string
  className?: string
}

export function StatusBadge({ status, className }: StatusBadgeProps) {
  const t = useTranslations('labels.status')
  const known = status in STATUS_LABELS ? (status as AgreementStatus) : null
  return (
    <span className={['inline-block whitespace-nowrap rounded border px-1.5 text-xs', known ? TONE[known] : 'border-line', className].filter(Boolean).join(' ')}>
      {known ? t(known) : status}
    </span>
  )
}
