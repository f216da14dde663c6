'use client'
import { useClientText } from '@/lib/i18n/client'
import { useActionState } from 'react'
import { suggestCorrection } from '@/lib/corrections/actions'
import type { FormState } from '@/lib/admin/fields'
import { Field, FormMessage } from '@/components/admin/field'

interface SuggestFormProps {
  recordType: 'Agency' | 'Agreement'
  recordId: number
  open?: boolean
}

/** "Suggest a correction": no account needed; the suggester gets a page that shows the outcome. */
export function SuggestForm({ recordType, recordId, open }: SuggestFormProps) {
  const t = useClientText('suggest')
  const [state, formAction, pending] = useActionState<FormState, FormData>(suggestCorrection, {})
  return (
    <details className="rounded border border-line p-3" open={open}>
      <summary className="cursor-pointer font-medium">{t('summary')}</summary>
      <form action={formAction} className="mt-3 max-w-xl space-y-3" aria-label={t('form')}>
        <FormMessage message={state.message} />
        <input type="hidden" name="recordType" value={recordType} />
        <input type="hidden" name="recordId" value={recordId} />
        <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
          <label htmlFor="suggest-website">{t('trap')}</label>
          <input id="suggest-website" name="website" tabIndex={-1} autoComplete="off" />
        </div>
        <Field name="text" label={t('text')} required textarea errors={state.errors} />
        <Field name="evidenceUrl" label={t('evidence')} type="url" errors={state.errors} hint={t('hint')} />
        <button type="submit" disabled={pending} className="rounded bg-accent px-3 py-1.5 font-medium text-white disabled:opacity-60">
          {pending ? t('sending') : t('send')}
        </button>
      </form>
    </details>
  )
}
