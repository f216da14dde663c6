import { NextResponse } from 'next/server'
import { env } from '@/lib/env'
import { openApiDocument } from '@/lib/openapi/document'

export const dynamic = 'force-dynamic'

export function GET() {
  return NextResponse.json(openApiDocument(env.SITE_URL))
}
