import type { Metadata } from 'next'
import { SignInForm } from '@/components/auth/sign-in-form'

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } }

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Sign in</h1>
      <p className="text-muted">For editors and admins of the tracker. Visitors need no account; use “Suggest a correction” on any agency page.</p>
      <SignInForm next={typeof next === 'string' ? next : undefined} />
    </div>
  )
}
