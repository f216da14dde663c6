import { useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'

/** A pointer to the map, drawn as a few county-like cells so the page stays light (the map itself is heavy). */
export function MapLink() {
  const t = useTranslations('home.map')
  const cells = [
    [0, 0, 'var(--color-line)'], [1, 0, 'var(--color-task_force)'], [2, 0, 'var(--color-line)'], [3, 0, 'var(--color-jail_enforcement)'],
    [0, 1, 'var(--color-warrant_service_officer)'], [1, 1, 'var(--color-line)'], [2, 1, 'var(--color-task_force)'], [3, 1, 'var(--color-line)'],
    [0, 2, 'var(--color-line)'], [1, 2, 'var(--color-jail_enforcement)'], [2, 2, 'var(--color-line)'], [3, 2, 'var(--color-task_force)'],
  ] as const
  return (
    <section aria-labelledby="map-link" className="rounded border border-line p-4">
      <h2 id="map-link" className="text-base font-semibold">
        {t('title')}
      </h2>
      <Link href="/map" className="mt-2 flex items-center gap-3">
        <svg width="64" height="48" viewBox="0 0 64 48" aria-hidden="true">
          {cells.map(([x, y, fill]) => (
            <rect key={`${x}${y}`} x={x * 16 + 1} y={y * 16 + 1} width="14" height="14" fill={fill} />
          ))}
        </svg>
        <span>{t('text')}</span>
      </Link>
    </section>
  )
}
