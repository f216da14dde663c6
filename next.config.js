/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', 'exceljs'],
  typedRoutes: false,
}

export default nextConfig
