import { NextResponse, type NextRequest } from 'next/server'
import { badRequest, snakeKeys } from '@/lib/api'
import { TimelineQuerySchema } from '@/lib/stats/timeline-query'
import { timeline } from '@/lib/cache/reads'

export const dynamic = 'force-dynamic'

export async function GET(request: NextRequest) {
  const p = request.nextUrl.searchParams
  const res = TimelineQuerySchema.safeParse({ from: p.get('from') ?? undefined, to: p.get('to') ?? undefined, step: p.get('step') ?? undefined })
  if (!res.success) {
    const issue = res.error.issues[0]!
    return badRequest(issue.message, String(issue.path[0] ?? ''))
  }
  const { from, to } = res.data
  return NextResponse.json({ from, to, step: 'month', rule: "each month's value is the state on the month's last day", points: snakeKeys(await timeline(from, to)) })
}
