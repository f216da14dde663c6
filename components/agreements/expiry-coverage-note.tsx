interface ExpiryCoverageNoteProps {
  asOf: string
  coverage: { active: number; activeWithExpiry: number; agreements: number; withExpiry: number }
}

const n = (x: number) => x.toLocaleString('en-US')

export function ExpiryCoverageNote({ asOf, coverage }: ExpiryCoverageNoteProps) {
  return (
    <aside aria-label="How much is known about expiry dates" className="rounded border border-line bg-wash p-3 text-sm">
      <p>
        <strong>Most expiry dates are unknown.</strong> ICE’s current lists of participating agencies give no expiry dates; only{' '}
        {n(coverage.withExpiry)} of the {n(coverage.agreements)} agreements on record have a known expiry date.
      </p>
      <p className="mt-1">
        Of the {n(coverage.active)} agreements active on {asOf}, {n(coverage.activeWithExpiry)} {coverage.activeWithExpiry === 1 ? 'has' : 'have'} a known expiry date.
      </p>
    </aside>
  )
}
