'use client'

import { useClientText } from '@/lib/i18n/client'
import { Link } from '@/lib/i18n/navigation'
import { FAILURES, failureOfDigest } from '@/lib/errors'

/** A page that failed: the failure by name when it is a known one (disk full, read-only database, busy, forbidden). */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useClientText('error')
  const failure = failureOfDigest(error.digest)
  const known = failure ? FAILURES[failure] : null
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-2xl font-bold">{known?.title ?? t('title')}</h1>
      <p>{known?.message ?? t('message')}</p>
      {error.digest && <p className="text-sm text-muted">{t('reference')} <code>{error.digest}</code></p>}
      <p className="flex gap-4">
        {failure !== 'forbidden' && (
          <button type="button" onClick={reset} className="underline">
            {t('retry')}
          </button>
        )}
        <Link href="/">{t('home')}</Link>
      </p>
    </div>
  )
}
