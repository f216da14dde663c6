import { NextResponse, type NextRequest } from 'next/server'
import { adminGate } from '@/lib/auth/admin-gate'
import { userOfSession } from '@/lib/auth/guard'
import { sessionSecret } from '@/lib/auth/secret'
import { SESSION_COOKIE } from '@/lib/auth/session-data'

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const decision = await adminGate(pathname, request.cookies.get(SESSION_COOKIE)?.value, sessionSecret(), userOfSession)
  if (decision.kind === 'pass') return NextResponse.next()
  // RSC navigations and prefetches cannot follow a redirect to a document; they get a bare status.
  const rsc = request.headers.get('rsc') === '1' || request.nextUrl.searchParams.has('_rsc')
  if (decision.kind === 'forbidden')
    return new NextResponse(`This page needs the ${decision.needed} role.`, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })
  if (rsc) return new NextResponse('Sign in first.', { status: 401, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })
  const login = new URL('/login', request.url)
  login.searchParams.set('next', pathname + search)
  return NextResponse.redirect(login, 307)
}

export const config = { matcher: ['/admin', '/admin/:path*'] }
