import { ImportError } from './errors.ts'

type ByteSource = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>

/**
 * Reads an upload body, counting the bytes actually received, and stops (cancelling the stream)
 * as soon as they pass `maxBytes`: a chunked upload has no Content-Length to check up front.
 * For a route: `const bytes = await readUploadLimited(request.body!, MAX)`, then
 * `await new Response(bytes, { headers: request.headers }).formData()` to read the multipart form.
 */
export async function readUploadLimited(source: ByteSource, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = []
  let total = 0
  const tooLarge = () => uploadTooLarge(maxBytes, total)
  if (isWebStream(source)) {
    const reader = source.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.byteLength
      if (total > maxBytes) {
        await reader.cancel('upload over the size limit').catch(() => {})
        throw tooLarge()
      }
      chunks.push(value)
    }
  } else {
    for await (const value of source) {
      total += value.byteLength
      // Leaving a for-await loop early calls the iterator's return(), which destroys a Node stream.
      if (total > maxBytes) throw tooLarge()
      chunks.push(value)
    }
  }
  return joinChunks(chunks, total)
}

/** The error for an upload stopped after `received` bytes, past `maxBytes`. */
export function uploadTooLarge(maxBytes: number, received: number): ImportError {
  return new ImportError('too_large', `The upload is larger than the ${(maxBytes / 1048576).toFixed(0)} MB limit; it was stopped after ${(received / 1048576).toFixed(1)} MB.`)
}

/** The chunks in one fresh buffer (one copy). */
export function joinChunks(chunks: Uint8Array[], total = chunks.reduce((n, c) => n + c.byteLength, 0)): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(total)
  let at = 0
  for (const c of chunks) { out.set(c, at); at += c.byteLength }
  return out
}

function isWebStream(source: ByteSource): source is ReadableStream<Uint8Array> {
  return typeof (source as ReadableStream<Uint8Array>).getReader === 'function'
}
