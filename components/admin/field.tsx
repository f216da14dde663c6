import type { ReactNode } from 'react'

interface FieldProps {
  name: string
  label: string
  errors?: Record<string, string[] | undefined>
  hint?: ReactNode
  defaultValue?: string | number | null
  type?: string
  required?: boolean
  options?: readonly { value: string; label: string }[]
  textarea?: boolean
  placeholder?: string
}

/** A labelled input whose errors are tied to it with aria-describedby and announced by the form's live region. */
export function Field({ name, label, errors, hint, defaultValue, type = 'text', required, options, textarea, placeholder }: FieldProps) {
  const id = `f-${name}`
  const error = errors?.[name]?.join(' ')
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined
  const common = { id, name, required, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, className: 'w-full rounded border border-line px-2 py-1' }
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {options ? (
        <select {...common} defaultValue={defaultValue ?? ''}>
          <option value="">—</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : textarea ? (
        <textarea {...common} rows={4} defaultValue={defaultValue ?? ''} placeholder={placeholder} />
      ) : (
        <input {...common} type={type} defaultValue={defaultValue ?? ''} placeholder={placeholder} />
      )}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  )
}

export function FormMessage({ message, ok }: { message?: string; ok?: boolean }) {
  return (
    <div aria-live="polite" role="status" className={message ? `rounded border p-3 text-sm ${ok ? 'border-green-700 bg-green-50' : 'border-red-700 bg-red-50'}` : ''}>
      {message}
    </div>
  )
}

export function EditMetaFields({ errors, defaultReason, defaultSource }: { errors?: Record<string, string[] | undefined>; defaultReason?: string; defaultSource?: string | null }) {
  return (
    <fieldset className="space-y-3 rounded border border-line p-3">
      <legend className="px-1 text-sm font-semibold">Why and on what evidence</legend>
      <Field name="reason" label="Reason for the change" required errors={errors} defaultValue={defaultReason} textarea hint="Shown publicly next to the corrected record." />
      <Field name="source" label="Source (web address or document title)" required errors={errors} defaultValue={defaultSource} hint="For example the MOA PDF on ice.gov, or “Board minutes, 2025-03-04, item 7”." />
    </fieldset>
  )
}

export function SubmitButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  return (
    <button type="submit" disabled={pending} className="rounded bg-accent px-3 py-1.5 font-medium text-white disabled:opacity-60">
      {pending ? 'Saving…' : children}
    </button>
  )
}
