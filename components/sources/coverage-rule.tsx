interface CoverageRuleProps {
  maxStepDays: number
  tailDays: number
}

export function CoverageRule({ maxStepDays, tailDays }: CoverageRuleProps) {
  return (
    <section id="coverage" aria-labelledby="coverage-h" className="scroll-mt-4 space-y-2">
      <h2 id="coverage-h" className="text-lg font-semibold">The coverage rule: which list answers for a date</h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>Every count for a date rests on one ICE list: the newest list dated on or before it.</li>
        <li>A list stands until the next list, when the next one follows within {maxStepDays} days (the longest interval between two rosters we hold is 396 days).</li>
        <li>The newest list stands for {maxStepDays} days after its date.</li>
        <li>
          A list followed by a longer silence (the roster of 2012-12-31: the next list we hold is of 2025-01-04) stands only until it was last seen published, or {tailDays} days after its
          date, whichever is later.
        </li>
        <li>Dates outside every list's span are gaps (April 2013 to January 2025, and before October 2010): the tracker gives no number for them; unknown is not zero.</li>
        <li>When two lists carry the same date, the one imported later (a re-publication) stands.</li>
        <li>Pending lists form their own series under the same rule.</li>
      </ul>
    </section>
  )
}
