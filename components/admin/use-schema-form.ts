'use client'
import { startTransition, useActionState, useState, type FormEvent } from 'react'
import { z } from 'zod'
import type { FormState } from '@/lib/admin/fields'

/**
 * The server action's state plus a check with the same zod schema before submitting, so that
 * plain mistakes show at once; the server validates again regardless.
 */
export function useSchemaForm<S extends FormState>(schema: z.ZodType | null, action: (prev: S, fd: FormData) => Promise<S>, initial: S) {
  const [state, formAction, pending] = useActionState<S, FormData>(action, initial as Awaited<S>)
  const [clientErrors, setClientErrors] = useState<Record<string, string[]> | null>(null)
  const [submitted, setSubmitted] = useState(state)
  if (submitted !== state) {
    setSubmitted(state)
    setClientErrors(null)
  }
  // Submitting through the transition (not React's form action) keeps what the user typed when the
  // server refuses it; without JavaScript the form still posts to the same action.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const parsed = schema?.safeParse(Object.fromEntries(data))
    if (parsed && !parsed.success) return setClientErrors(z.flattenError(parsed.error).fieldErrors as Record<string, string[]>)
    setClientErrors(null)
    startTransition(() => formAction(data))
  }
  const errors = clientErrors ?? state.errors ?? {}
  const message = clientErrors ? 'Some fields need attention (see below); nothing was saved.' : state.message
  return { state, formAction, pending, onSubmit, errors, message }
}
