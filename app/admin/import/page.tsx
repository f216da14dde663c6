import type { Metadata } from 'next'
import { ImportForm } from '@/components/admin/import-form'
import { requirePage } from '@/lib/auth/guard'

export const metadata: Metadata = { title: 'Import a list' }

export default async function ImportPage() {
  await requirePage('admin', '/admin/import')
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Import an ICE list</h1>
      <p className="text-muted">Preview first: nothing is written until you apply. The whole list is applied in one transaction, kept byte for byte as a source list, and a file imported before is recognised and changes nothing.</p>
      <ImportForm />
    </div>
  )
}
