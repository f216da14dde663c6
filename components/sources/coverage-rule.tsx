interface CoverageRuleProps {
  windowDays: { participating: number; pending: number; roster: number }
  staleAfterDays: number
}

export function CoverageRule({ windowDays, staleAfterDays }: CoverageRuleProps) {
  return (
    <section id="coverage" aria-labelledby="coverage-h" className="scroll-mt-4 space-y-2">
      <h2 id="coverage-h" className="text-lg font-semibold">The coverage rule: which list answers for a date</h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>Every count for a date rests on one capture of an ICE list: the newest capture dated on or before it (the last of its day when ICE published several that day).</li>
        <li>
          A capture stands for {windowDays.participating} days after its date for ICE&apos;s workbooks and the 2021–2025 web-table extractions (captures of those are never more than 28 days
          apart), and for {windowDays.roster} days after it was last seen for ICE&apos;s 2010–2017 fact-sheet roster (Wayback captures at most 179 days apart); the next capture ends it sooner.
        </li>
        <li>Dates outside every capture&apos;s span are gaps (before October 2010, and February 2018 to January 2021): the tracker holds no list for them and gives no number; unknown is not zero.</li>
        <li>
          The newest capture is current for {staleAfterDays} days. After that, today&apos;s figures are the last known ones, shown with the capture&apos;s date and age and marked as possibly out of
          date.
        </li>
        <li>An agreement missing from a single capture and back in the next is counted as briefly absent, not as removed.</li>
        <li>Pending lists form their own series under the same rule.</li>
      </ul>
    </section>
  )
}
