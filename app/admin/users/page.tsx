import type { Metadata } from 'next'
import { IssueTokenForm, NewUserForm, RevokeTokenForm, UserRoleForm } from '@/components/admin/user-forms'
import { ListFilter } from '@/components/admin/list-filter'
import { requirePage } from '@/lib/auth/guard'
import { listUsers } from '@/lib/admin/queries'
import { readListParams } from '@/lib/admin/search-params'

export const metadata: Metadata = { title: 'Users and tokens' }

export default async function AdminUsers({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePage('admin', '/admin/users')
  const q = readListParams(await searchParams)
  const users = await listUsers(q)
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Users and API tokens</h1>
      <ListFilter q={q.q} withState={false} label="Filter users" />
      {users.map((u) => (
        <section key={u.id} aria-labelledby={`user-${u.id}`} className="space-y-3 rounded border border-line p-3">
          <h2 id={`user-${u.id}`} className="font-semibold">{u.email} <span className="font-normal text-muted">({u.role}{u.disabledAt ? ', disabled' : ''}, since {u.createdAt.slice(0, 10)})</span></h2>
          <UserRoleForm user={u} />
          <h3 className="text-sm font-semibold">API tokens</h3>
          <ul className="text-sm">
            {u.tokens.length === 0 && <li>None.</li>}
            {u.tokens.map((t) => (
              <li key={t.id}>
                {t.name}: issued {t.createdAt.slice(0, 10)}, last used {t.lastUsedAt?.slice(0, 10) ?? 'never'}{' '}
                {t.revokedAt ? `— revoked ${t.revokedAt.slice(0, 10)}` : <RevokeTokenForm tokenId={t.id} name={t.name} />}
              </li>
            ))}
          </ul>
          {!u.disabledAt && <IssueTokenForm userId={u.id} email={u.email} />}
        </section>
      ))}
      <section aria-labelledby="new-user" className="space-y-3">
        <h2 id="new-user" className="text-lg font-semibold">New user</h2>
        <NewUserForm />
      </section>
    </div>
  )
}
