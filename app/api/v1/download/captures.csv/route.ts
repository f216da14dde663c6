import { withApiErrors } from '@/lib/api'
import { capturesCsv } from '@/lib/downloads/captures'
import { serveDownload } from '@/lib/downloads/serve'

export const dynamic = 'force-dynamic'

/** Every row of every capture of ICE's lists, as one RFC 4180 CSV (header first). */
export const GET = withApiErrors(async (request: Request) => {
  const d = await capturesCsv()
  return serveDownload(request, d, 'text/csv; charset=utf-8; header=present', `tracker-287g-captures-${d.newestList ?? 'empty'}.csv`)
})
