'use client'

import { FAILURES, failureOfDigest } from '@/lib/errors'
import './globals.css'

/** When the root layout itself fails: the same named failures as app/error.tsx, in a bare document. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const failure = failureOfDigest(error.digest)
  const known = failure ? FAILURES[failure] : null
  return (
    <html lang="en">
      <body className="mx-auto max-w-3xl space-y-3 p-6 font-sans">
        <h1 className="text-2xl font-bold">{known?.title ?? 'The 287(g) Tracker could not be shown'}</h1>
        <p>{known?.message ?? 'The server failed while preparing this page. The failure was logged; nothing was changed.'}</p>
        {error.digest && <p className="text-sm">Reference: <code>{error.digest}</code></p>}
        <p>
          <button type="button" onClick={reset} className="underline">
            Try again
          </button>{' '}
          · <a href="/">Home</a>
        </p>
      </body>
    </html>
  )
}
