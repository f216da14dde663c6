/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets parallel builds (e2e runs, benchmarks) keep apart; defaults to .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Workbook uploads go through a server action; the importer itself enforces the 10 MB file limit.
  experimental: { serverActions: { bodySizeLimit: '11mb' }, authInterrupts: true },
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', 'exceljs'],
}

export default nextConfig
