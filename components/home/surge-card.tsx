import Link from 'next/link'
import type { SparkPoint } from './sparkline-geometry'
import { Sparkline } from './sparkline'

interface SurgeCardProps {
  points: SparkPoint[]
  newestAsOf: string
}

/** The 2025–26 surge: all active agreements by month, up to the newest list (nothing drawn past it). */
export function SurgeCard({ points, newestAsOf }: SurgeCardProps) {
  const listed = points.filter((p): p is { month: string; value: number } => p.value !== null)
  const first = listed.find((p) => p.month >= '2025-01')
  const last = listed.at(-1)
  return (
    <section aria-labelledby="surge" className="rounded border border-line p-4">
      <h2 id="surge" className="text-base font-semibold">
        The surge since 2025
      </h2>
      {first && last && (
        <p className="mt-1 text-sm">
          <strong className="tabular">{first.value.toLocaleString('en-US')}</strong> active agreements at the end of {first.month},{' '}
          <strong className="tabular">{last.value.toLocaleString('en-US')}</strong> on ICE’s list of {newestAsOf}.
        </p>
      )}
      <div className="mt-2">
        <Sparkline
          id="surge"
          title="Active 287(g) agreements since mid-2024"
          label={`Step chart of active 287(g) agreements by month, ${points[0]?.month ?? ''} to ${points.at(-1)?.month ?? ''}; hatched months have no ICE list we hold.`}
          series={[{ key: 'total', label: 'All models', color: 'var(--color-accent)', dash: '0', points }]}
        />
      </div>
      <p className="mt-1 text-xs text-muted">
        Hatched: no ICE list we hold covers the month. By model and by state: <Link href="/trends">trends</Link>.
      </p>
    </section>
  )
}
