'use client'
import { startTransition, useActionState, useRef } from 'react'
import { importAction, type ImportState } from '@/lib/admin/actions/import'
import { ImportPreviewView } from './import-preview'

export function ImportForm() {
  const [state, formAction, pending] = useActionState<ImportState, FormData>(importAction, {})
  const previewed = state.results && !state.applied && state.results.every((r) => !r.duplicateOf)
  // React resets the form after each submission, so the previewed file is kept here for "Apply".
  const lastPreview = useRef<FormData | null>(null)
  const apply = () => {
    if (!lastPreview.current || !state.results) return
    const fd = new FormData()
    for (const [k, v] of lastPreview.current) fd.append(k, v)
    fd.set('apply', 'yes')
    fd.set('sha256', state.results.map((r) => r.sha256).join(','))
    startTransition(() => formAction(fd))
  }
  return (
    <form action={formAction} onSubmit={(e) => { lastPreview.current = new FormData(e.currentTarget) }} className="space-y-4" aria-label="Import an ICE list">
      <div className="space-y-1">
        <label htmlFor="import-file" className="block text-sm font-medium">ICE list (.xlsx or .csv, at most 10 MB)</label>
        <input id="import-file" name="file" type="file" accept=".xlsx,.csv" required aria-describedby="import-file-hint" className="block" />
        <p id="import-file-hint" className="text-xs text-muted">The as-of date is read from ICE’s file name (e.g. participatingAgencies05182026am.xlsx) unless you give it below.</p>
      </div>
      <div className="flex flex-wrap gap-4">
        <p>
          <label htmlFor="import-as-of" className="block text-sm font-medium">As of (optional)</label>
          <input id="import-as-of" name="asOf" type="date" className="rounded border border-line px-2 py-1" />
        </p>
        <p>
          <label htmlFor="import-kind" className="block text-sm font-medium">Kind (optional)</label>
          <select id="import-kind" name="kind" className="rounded border border-line px-2 py-1">
            <option value="">Detect</option>
            <option value="participating">Participating agencies</option>
            <option value="pending">Pending applications</option>
            <option value="roster">Historical roster</option>
          </select>
        </p>
      </div>
      <div className="flex gap-3">
        <button type="submit" name="apply" value="no" disabled={pending} className="rounded border border-accent px-3 py-1.5 font-medium text-accent">
          Preview
        </button>
        {previewed && (
          <button type="button" onClick={apply} disabled={pending} className="rounded bg-accent px-3 py-1.5 font-medium text-white">
            Apply this import
          </button>
        )}
      </div>
      <div aria-live="polite" role="status">
        {pending && (
          <p>
            <progress aria-label="Reading and comparing the file" className="mr-2 align-middle" /> Reading the file and comparing it with the current data…
          </p>
        )}
        {!pending && state.error && <p className="rounded border border-red-700 bg-red-50 p-3">{state.error}</p>}
        {!pending && state.applied && <p className="rounded border border-green-700 bg-green-50 p-3">Imported. The public pages now include this list.</p>}
      </div>
      {!pending && state.results?.map((r) => <ImportPreviewView key={r.sha256} result={r} />)}
    </form>
  )
}
