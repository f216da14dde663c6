'use client'
import { endSessionsAction, resetPasswordAction, unlockSignInAction } from '@/lib/admin/actions/users'
import type { FormState } from '@/lib/admin/fields'
import { FormMessage, SubmitButton } from '@/components/admin/field'
import { useSchemaForm } from '@/components/admin/use-schema-form'

interface UserProps {
  userId: number
  email: string
}

export function ResetPasswordForm({ userId, email }: UserProps) {
  const { state, formAction, pending, onSubmit, message } = useSchemaForm<FormState & { temporary?: string }>(null, resetPasswordAction, {})
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-2" aria-label={`Reset the password of ${email}`}>
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton pending={pending}>Issue a temporary password</SubmitButton>
      <FormMessage message={message} ok={state.ok} />
      {state.temporary && (
        <p>
          <label htmlFor={`temporary-${userId}`} className="block text-sm font-medium">Temporary password</label>
          <input id={`temporary-${userId}`} readOnly value={state.temporary} className="w-full rounded border border-line px-2 py-1 font-mono text-sm" />
        </p>
      )}
    </form>
  )
}

export function UnlockSignInForm({ userId, email }: UserProps) {
  const { state, formAction, pending, onSubmit, message } = useSchemaForm<FormState>(null, unlockSignInAction, {})
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-2" aria-label={`Clear the sign-in limits of ${email}`}>
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton pending={pending}>Clear sign-in limits</SubmitButton>
      <FormMessage message={message} ok={state.ok} />
    </form>
  )
}

export function EndSessionsForm({ userId, email }: UserProps) {
  const { state, formAction, pending, onSubmit, message } = useSchemaForm<FormState>(null, endSessionsAction, {})
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-2" aria-label={`End the sessions of ${email}`}>
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton pending={pending}>End all sessions</SubmitButton>
      <FormMessage message={message} ok={state.ok} />
    </form>
  )
}
