import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { ChangePasswordForm } from '@/components/auth/change-password-form'
import { currentUser } from '@/lib/auth/guard'

export const metadata: Metadata = { title: 'Change password', robots: { index: false } }
export const dynamic = 'force-dynamic'

export default async function ChangePasswordPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const user = await currentUser()
  if (!user) redirect('/login?next=%2Faccount%2Fpassword')
  const { next } = await searchParams
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Change password</h1>
      <p>
        Signed in as {user.email}. {user.mustChangePassword ? 'An admin gave you a temporary password: choose your own before going on.' : ''} Changing it signs you out everywhere else.
      </p>
      <ChangePasswordForm next={typeof next === 'string' ? next : undefined} />
    </div>
  )
}
