import { listCorrections } from '@/lib/corrections/queries'

interface CorrectedNoteProps {
  recordType: 'Agency' | 'Agreement'
  recordId: number | number[]
}

/** "Corrected on (date): (reason)" for records changed by hand after import. Renders nothing when there are none. */
export async function CorrectedNote({ recordType, recordId }: CorrectedNoteProps) {
  const corrections = await listCorrections(recordType, recordId)
  if (corrections.length === 0) return null
  return (
    <ul className="space-y-1 text-sm" aria-label="Corrections">
      {corrections.map((c) => (
        <li key={c.id} className="rounded bg-wash px-2 py-1">
          <span className="font-medium">{c.reverted ? 'Correction reverted on' : 'Corrected on'} {c.on}:</span> {c.reason}
        </li>
      ))}
    </ul>
  )
}
