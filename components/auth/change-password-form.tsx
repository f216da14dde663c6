'use client'
import { changePasswordAction } from '@/lib/auth/account-actions'
import type { FormState } from '@/lib/admin/fields'
import { ChangePasswordSchema, PASSWORD_MIN } from '@/lib/auth/schema'
import { Field, FormMessage, SubmitButton } from '@/components/admin/field'
import { useSchemaForm } from '@/components/admin/use-schema-form'

export function ChangePasswordForm({ next }: { next?: string }) {
  const { state, formAction, pending, onSubmit, errors, message } = useSchemaForm<FormState>(ChangePasswordSchema, changePasswordAction, {})
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-sm space-y-3" aria-label="Change password">
      <FormMessage message={message} ok={state.ok} />
      {next && <input type="hidden" name="next" value={next} />}
      <Field name="current" label="Current password" type="password" required errors={errors} />
      <Field name="password" label="New password" type="password" required errors={errors} hint={`At least ${PASSWORD_MIN} characters.`} />
      <Field name="confirm" label="Repeat the new password" type="password" required errors={errors} />
      <SubmitButton pending={pending}>Change password</SubmitButton>
    </form>
  )
}
