import createNextIntlPlugin from 'next-intl/plugin'

// The request config reads the locale proxy.ts sets (lib/i18n/request.ts).
const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets parallel builds (e2e runs, benchmarks) keep apart; defaults to .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Workbook uploads go through a server action or POST /api/v1/imports; the importer itself enforces the 10 MB file limit.
  // proxy.ts makes Next buffer every request body, cut at 10 MB by default: a 10 MB file in its multipart envelope arrived
  // truncated and was answered as malformed.
  // The read cache (lib/cache/, docs/decisions/0015-read-cache.md) is kept in memory only: entries on disk would outlive a
  // restart onto a restored or re-seeded database, whose writes the old process never saw.
  experimental: { serverActions: { bodySizeLimit: '11mb' }, proxyClientMaxBodySize: '11mb', authInterrupts: true, isrFlushToDisk: false },
  // scripts/test.sh type-checks the project before the end-to-end build; everywhere else `next build` checks as usual.
  typescript: { ignoreBuildErrors: process.env.NEXT_TYPECHECKED === '1' },
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', 'exceljs', 'pino'],
  // Pages and the API get their security headers (CSP with a nonce) from proxy.ts; static files, which it skips, get these.
  async headers() {
    const headers = [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" },
    ]
    return ['/_next/static/:path*', '/_next/image', '/favicon.ico'].map((source) => ({ source, headers }))
  },
}

export default withNextIntl(nextConfig)
