import { contentDisposition, notFound, readId, withApiErrors } from '@/lib/api'
import { getSnapshotFile } from '@/lib/snapshots/queries'

export const dynamic = 'force-dynamic'

/** The source list byte for byte, as it was imported. */
export const GET = withApiErrors(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params
  const listId = readId(id)
  const file = listId === null ? null : await getSnapshotFile(listId)
  if (!file?.content) return notFound(`No stored file for source list ${id}`)
  const type = file.fileName.toLowerCase().endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  return new Response(new Uint8Array(file.content), { headers: { 'Content-Type': type, 'Content-Disposition': contentDisposition(file.fileName) } })
})
