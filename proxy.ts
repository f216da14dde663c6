import { NextResponse, type NextRequest } from 'next/server'
import { adminGate } from '@/lib/auth/admin-gate'
import { userOfSession } from '@/lib/auth/guard'
import { sessionSecret } from '@/lib/auth/secret'
import { SESSION_COOKIE } from '@/lib/auth/session-data'
import { env } from '@/lib/env'
import { LOCALE_HEADER, localeRoute } from '@/lib/i18n/locale-path'
import { contentSecurityPolicy, newNonce, securityHeaders } from '@/lib/security-headers'

const https = env.SITE_URL.startsWith('https:')
const dev = env.NODE_ENV === 'development'

/** Every request: a fresh CSP nonce and the security headers; /admin requests also pass the admin gate first. */
export async function proxy(request: NextRequest) {
  const nonce = newNonce()
  const csp = contentSecurityPolicy(nonce, { dev, https })
  const response = await route(request, csp)
  response.headers.set('Content-Security-Policy', csp)
  for (const [name, value] of Object.entries(securityHeaders({ https }))) response.headers.set(name, value)
  return response
}

async function route(request: NextRequest, csp: string): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl
  if (pathname === '/admin' || pathname.startsWith('/admin/')) {
    const refused = await gate(request, pathname, search)
    if (refused) return refused
  }
  // Next reads the nonce from the request's CSP header and puts it on its scripts.
  const headers = new Headers(request.headers)
  headers.set('Content-Security-Policy', csp)
  // Absolute URLs come from SITE_URL; a client-sent forwarded host must not reach anything that builds one.
  headers.delete('x-forwarded-host')
  // /es/<path> shows the page at /<path> in Spanish (lib/i18n); the header is always set here, never taken from the client.
  const locale = localeRoute(pathname)
  headers.set(LOCALE_HEADER, locale.locale)
  if ('notFound' in locale || locale.locale === 'en') return NextResponse.next({ request: { headers } })
  const target = request.nextUrl.clone()
  target.pathname = locale.pathname
  return NextResponse.rewrite(target, { request: { headers } })
}

async function gate(request: NextRequest, pathname: string, search: string): Promise<NextResponse | null> {
  const decision = await adminGate(pathname, request.cookies.get(SESSION_COOKIE)?.value, sessionSecret(), userOfSession)
  if (decision.kind === 'pass') return null
  // RSC navigations and prefetches cannot follow a redirect to a document; they get a bare status.
  const rsc = request.headers.get('rsc') === '1' || request.nextUrl.searchParams.has('_rsc')
  if (decision.kind === 'forbidden')
    return new NextResponse(`This page needs the ${decision.needed} role.`, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })
  if (rsc) return new NextResponse('Sign in first.', { status: 401, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })
  const login = new URL('/login', request.url)
  login.searchParams.set('next', pathname + search)
  return NextResponse.redirect(login, 307)
}

// Everything but Next's static files (they get nosniff and the rest from next.config.js).
export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'] }
