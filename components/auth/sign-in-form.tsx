'use client'
import { useActionState } from 'react'
import { signIn, type SignInState } from '@/lib/auth/actions'
import { Field, FormMessage } from '@/components/admin/field'

export function SignInForm({ next }: { next?: string }) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signIn, {})
  return (
    <form action={formAction} className="max-w-sm space-y-3" aria-label="Sign in">
      <FormMessage message={state.message} />
      {next && <input type="hidden" name="next" value={next} />}
      <Field name="email" label="E-mail" type="email" required errors={state.errors} />
      <Field name="password" label="Password" type="password" required errors={state.errors} />
      <button type="submit" disabled={pending} className="rounded bg-accent px-3 py-1.5 font-medium text-white disabled:opacity-60">
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  )
}
