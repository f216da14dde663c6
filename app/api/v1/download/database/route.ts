import { withApiErrors } from '@/lib/api'
import { publicDatabase } from '@/lib/downloads/database'
import { serveDownload } from '@/lib/downloads/serve'

export const dynamic = 'force-dynamic'

/** The public record as one SQLite file (private tables left out: /sources says which). */
export const GET = withApiErrors(async (request: Request) => {
  const d = await publicDatabase()
  return serveDownload(request, d, 'application/vnd.sqlite3', `tracker-287g-public-${d.newestList ?? 'empty'}.sqlite`)
})
