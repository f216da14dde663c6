import 'server-only'
import { createReadStream } from 'node:fs'
import { Readable } from 'node:stream'
import { contentDisposition } from '../api.ts'
import type { CachedDownload } from './cache.ts'

/** A cached download as the response: streamed from disk, with its version as ETag (a 304 when the client has it). */
export function serveDownload(request: Request, d: CachedDownload, type: string, fileName: string): Response {
  const etag = `"${d.version}"`
  const headers = { ETag: etag, 'Cache-Control': 'no-cache' }
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers })
  const body = Readable.toWeb(createReadStream(d.file)) as ReadableStream<Uint8Array>
  return new Response(body, { headers: { ...headers, 'Content-Type': type, 'Content-Length': String(d.bytes), 'Content-Disposition': contentDisposition(fileName) } })
}
