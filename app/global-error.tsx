'use client'

import { FAILURES, failureOfDigest } from '@/lib/errors'
import './globals.css'

// It renders without the root layout, so without next-intl's provider or the request's locale: it says it in both
// languages (the Spanish is client.error's wording in messages/es.json, not imported to keep the catalogue off this chunk).
const ES = {
  title: 'No se pudo mostrar esta página',
  message: 'El servidor falló al preparar esta página. El fallo quedó registrado; no se cambió nada.',
  reference: 'Referencia:',
  retry: 'Reintentar',
  home: 'Inicio',
}

/** When the root layout itself fails: the same named failures as app/error.tsx, in a bare document, in English and Spanish. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const failure = failureOfDigest(error.digest)
  const known = failure ? FAILURES[failure] : null
  return (
    <html lang="en">
      <body className="mx-auto max-w-3xl space-y-3 p-6 font-sans">
        <h1 className="text-2xl font-bold">{known?.title ?? 'The 287(g) Tracker could not be shown'}</h1>
        <p>{known?.message ?? 'The server failed while preparing this page. The failure was logged; nothing was changed.'}</p>
        <div lang="es" className="space-y-1">
          <p className="font-semibold">{ES.title}</p>
          {!known && <p>{ES.message}</p>}
        </div>
        {error.digest && <p className="text-sm">Reference / {ES.reference} <code>{error.digest}</code></p>}
        <p>
          <button type="button" onClick={reset} className="underline">
            Try again / <span lang="es">{ES.retry}</span>
          </button>{' '}
          · <a href="/">Home</a> · <a href="/es" lang="es">{ES.home}</a>
        </p>
      </body>
    </html>
  )
}
