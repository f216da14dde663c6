import type { Metadata } from 'next'
import Link from 'next/link'
import { IssueTokenForm, NewUserForm, RevokeTokenForm, UserRoleForm } from '@/components/admin/user-forms'
import { ListFilter } from '@/components/admin/list-filter'
import { EndSessionsForm, ResetPasswordForm, UnlockSignInForm } from '@/components/auth/user-security-forms'
import { requirePage } from '@/lib/auth/guard'
import { accountSecurity } from '@/lib/auth/queries'
import { listUsers } from '@/lib/admin/queries'
import { readListParams } from '@/lib/admin/search-params'

export const metadata: Metadata = { title: 'Users and tokens' }

export default async function AdminUsers({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const me = await requirePage('admin', '/admin/users')
  const q = readListParams(await searchParams)
  const users = await listUsers(q)
  const security = await accountSecurity(users)
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Users and API tokens</h1>
      <p className="text-sm"><Link href="/account/password">Change your own password</Link></p>
      <ListFilter q={q.q} withState={false} label="Filter users" />
      {users.map((u) => {
        const s = security.get(u.id)!
        return (
          <section key={u.id} aria-labelledby={`user-${u.id}`} className="space-y-3 rounded border border-line p-3">
            <h2 id={`user-${u.id}`} className="font-semibold">{u.email} <span className="font-normal text-muted">({u.role}{u.disabledAt ? ', disabled' : ''}, since {u.createdAt.slice(0, 10)})</span></h2>
            <UserRoleForm user={u} />
            <p className="text-sm">
              {s.liveSessions} live session{s.liveSessions === 1 ? '' : 's'}; {s.failedSignIns24h} failed sign-in{s.failedSignIns24h === 1 ? '' : 's'} in the last 24 hours.
            </p>
            {u.id !== me.id && (
              <div className="flex flex-wrap gap-4">
                <UnlockSignInForm userId={u.id} email={u.email} />
                <EndSessionsForm userId={u.id} email={u.email} />
                <ResetPasswordForm userId={u.id} email={u.email} />
              </div>
            )}
            <h3 className="text-sm font-semibold">API tokens</h3>
            <ul className="text-sm">
              {s.tokens.length === 0 && <li>None.</li>}
              {s.tokens.map((t) => (
                <li key={t.id}>
                  {t.name} ({t.scope}): issued {t.createdAt.slice(0, 10)}, {t.expired ? 'expired' : 'expires'} {t.expiresAt.slice(0, 10)}, last used {t.lastUsedAt?.slice(0, 10) ?? 'never'}{' '}
                  {t.revokedAt ? `— revoked ${t.revokedAt.slice(0, 10)}` : !t.expired && <RevokeTokenForm tokenId={t.id} name={t.name} />}
                </li>
              ))}
            </ul>
            {!u.disabledAt && <IssueTokenForm userId={u.id} email={u.email} />}
          </section>
        )
      })}
      <section aria-labelledby="new-user" className="space-y-3">
        <h2 id="new-user" className="text-lg font-semibold">New user</h2>
        <NewUserForm />
      </section>
    </div>
  )
}
