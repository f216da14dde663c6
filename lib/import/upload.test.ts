import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { ImportError } from './errors'
import { readUploadLimited } from './upload'

const MB = 1024 * 1024

/** A chunked body with no length: `chunks` chunks of `size` bytes, counting how many were pulled. */
function chunked(chunks: number, size: number) {
  const seen = { pulled: 0, cancelled: false }
  let i = 0
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i++ >= chunks) return controller.close()
      seen.pulled += 1
      controller.enqueue(new Uint8Array(size).fill(i % 251))
    },
    cancel() { seen.cancelled = true },
  }, { highWaterMark: 0 })
  return { stream, seen }
}

describe('readUploadLimited', () => {
  it('returns every byte of an upload within the limit', async () => {
    const { stream } = chunked(3, 1000)
    const bytes = await readUploadLimited(stream, 10 * MB)
    expect(bytes.byteLength).toBe(3000)
    expect([bytes[0], bytes[1000], bytes[2999]]).toEqual([1, 2, 3])
  })

  it('stops a chunked upload at the limit, counting bytes received, and cancels the rest', async () => {
    const { stream, seen } = chunked(40, MB / 2) // 20 MB offered, 10 MB allowed
    const err = await readUploadLimited(stream, 10 * MB).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ImportError)
    expect((err as ImportError).code).toBe('too_large')
    expect((err as ImportError).message).toMatch(/larger than the 10 MB limit; it was stopped after 10\.5 MB/)
    expect(seen.pulled).toBe(21)
    expect(seen.cancelled).toBe(true)
  })

  it('reads a Node stream the same way and destroys it when over the limit', async () => {
    const node = Readable.from((function* () { for (let i = 0; i < 30; i++) yield Buffer.alloc(MB) })())
    await expect(readUploadLimited(node, 10 * MB)).rejects.toMatchObject({ code: 'too_large' })
    expect(node.destroyed).toBe(true)
    expect(await readUploadLimited(Readable.from([Buffer.from('STATE,'), Buffer.from('AGENCY\n')]), 100)).toEqual(new TextEncoder().encode('STATE,AGENCY\n'))
  })
})
