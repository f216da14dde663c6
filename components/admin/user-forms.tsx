'use client'
import { createUserAction, issueTokenAction, revokeTokenAction, updateUserAction } from '@/lib/admin/actions/users'
import type { FormState } from '@/lib/admin/fields'
import { ROLES, ROLE_LABELS } from '@/lib/auth/roles'
import { NewUserSchema, TOKEN_DAYS, TOKEN_SCOPES } from '@/lib/auth/schema'
import { Field, FormMessage, SubmitButton } from './field'
import { useSchemaForm } from './use-schema-form'

const ROLE_OPTIONS = ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }))
const SCOPE_LABELS = { read: 'Read (no writes)', edit: 'Edit agreements (PATCH)', import: 'Import lists (admin only)' } as const
const SCOPE_OPTIONS = TOKEN_SCOPES.map((value) => ({ value, label: SCOPE_LABELS[value] }))

export function NewUserForm() {
  const { state, formAction, pending, onSubmit, errors, message } = useSchemaForm<FormState>(NewUserSchema, createUserAction, {})
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-md space-y-3" aria-label="New user">
      <FormMessage message={message} ok={state.ok} />
      <Field name="email" label="E-mail" type="email" required errors={errors} />
      <Field name="role" label="Role" required options={ROLE_OPTIONS} errors={errors} />
      <Field name="password" label="Initial password" type="password" required errors={errors} hint="At least 12 characters. No password is ever set by default." />
      <SubmitButton pending={pending}>Create user</SubmitButton>
    </form>
  )
}

export function UserRoleForm({ user }: { user: { id: number; email: string; role: string; disabledAt: string | null } }) {
  const { state, formAction, pending, onSubmit, errors, message } = useSchemaForm<FormState>(null, updateUserAction, {})
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" aria-label={`Role of ${user.email}`}>
      <input type="hidden" name="userId" value={user.id} />
      <Field name="role" label="Role" options={ROLE_OPTIONS} errors={errors} defaultValue={user.role} />
      <Field name="disabled" label="Disabled" options={[{ value: 'no', label: 'No' }, { value: 'yes', label: 'Yes' }]} errors={errors} defaultValue={user.disabledAt ? 'yes' : 'no'} />
      <SubmitButton pending={pending}>Save</SubmitButton>
      <FormMessage message={message} ok={state.ok} />
    </form>
  )
}

export function IssueTokenForm({ userId, email }: { userId: number; email: string }) {
  const { state, formAction, pending, onSubmit, errors, message } = useSchemaForm<FormState & { token?: string }>(null, issueTokenAction, {})
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-2" aria-label={`New API token for ${email}`}>
      <input type="hidden" name="userId" value={userId} />
      <Field name="name" label="Token name" errors={errors} hint="What uses it, e.g. “nightly import”." />
      <Field name="scope" label="Scope" required options={SCOPE_OPTIONS} errors={errors} defaultValue="edit" />
      <Field name="days" label="Days until it expires" type="number" required errors={errors} defaultValue={TOKEN_DAYS.default} hint={`1 to ${TOKEN_DAYS.max}.`} />
      <SubmitButton pending={pending}>Issue token</SubmitButton>
      <FormMessage message={message} ok={state.ok} />
      {state.token && (
        <p>
          <label htmlFor={`token-${userId}`} className="block text-sm font-medium">New token</label>
          <input id={`token-${userId}`} readOnly value={state.token} className="w-full rounded border border-line px-2 py-1 font-mono text-sm" />
        </p>
      )}
    </form>
  )
}

export function RevokeTokenForm({ tokenId, name }: { tokenId: number; name: string }) {
  const { state, formAction, pending, onSubmit, message } = useSchemaForm<FormState>(null, revokeTokenAction, {})
  return (
    <form action={formAction} onSubmit={onSubmit} className="inline" aria-label={`Revoke token ${name}`}>
      <input type="hidden" name="tokenId" value={tokenId} />
      <button type="submit" disabled={pending} className="text-sm text-red-700 underline">
        Revoke “{name}”
      </button>
      <FormMessage message={message} ok={state.ok} />
    </form>
  )
}
