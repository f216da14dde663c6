/**
 * The security headers of every response (set in proxy.ts). Scripts run only with this request's nonce ('strict-dynamic'
 * lets Next's own chunks load the chunks they need); no 'unsafe-inline' for scripts or style elements. Style *attributes*
 * are allowed ('unsafe-inline' in style-src-attr only): React renders a few (a legend swatch's colour, a tip's
 * position), they cannot run script, and a nonce cannot apply to an attribute (docs/decisions/0010-security-headers.md).
 */

export function contentSecurityPolicy(nonce: string, o: { dev: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${o.dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    `style-src-elem 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(o.https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}

/** The headers besides the CSP. HSTS only when the site's canonical URL is https: over plain HTTP it would be ignored at best. */
export function securityHeaders(o: { https: boolean }): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    ...(o.https && { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' }),
  }
}

export function newNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}
