import path from 'node:path'
import { defineConfig } from 'prisma/config'

// Prisma's CLI would download a native schema engine; this network cannot reach it.
// The stand-in speaks the engine's JSON-RPC and runs Prisma's own WebAssembly build.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve('prisma/engine/schema-engine.mjs')

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'npm run -s db:seed' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/tracker.db' },
})
