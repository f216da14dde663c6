import { getTranslations } from 'next-intl/server'
import { listCorrections } from '@/lib/corrections/queries'

interface CorrectedNoteProps {
  recordType: 'Agency' | 'Agreement'
  recordId: number | number[]
}

/** "Corrected on (date): (reason)" for records changed by hand after import. Renders nothing when there are none. */
export async function CorrectedNote({ recordType, recordId }: CorrectedNoteProps) {
  const corrections = await listCorrections(recordType, recordId)
  if (corrections.length === 0) return null
  const t = await getTranslations('agency.corrections')
  return (
    <ul className="space-y-1 text-sm" aria-label={t('label')}>
      {corrections.map((c) => (
        <li key={c.id} className="rounded bg-wash px-2 py-1">
          <span className="font-medium">{t(c.reverted ? 'reverted' : 'corrected', { date: c.on })}</span> {c.reason}
        </li>
      ))}
    </ul>
  )
}
