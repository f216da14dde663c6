import { describe, expect, it } from 'vitest'
import { ImportError } from './errors'
import { NotMultipart, readUploadForm } from './multipart'

/** A body and content type exactly as a browser or curl sends a form (undici encodes it). */
function encode(form: FormData) {
  const req = new Request('http://localhost/', { method: 'POST', body: form })
  return { body: req.body!, type: req.headers.get('content-type')! }
}

describe('readUploadForm', () => {
  it('returns the file byte for byte and the text fields', async () => {
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 7) % 256)
    const form = new FormData()
    form.set('as_of', '2026-05-18')
    form.set('file', new File([bytes], 'participatingAgencies05182026am.xlsx'))
    form.set('kind', 'participating')
    const { body, type } = encode(form)
    const read = await readUploadForm(body, type, 1_000_000)
    expect(read.fields).toEqual({ as_of: '2026-05-18', kind: 'participating' })
    expect(read.file?.name).toBe('participatingAgencies05182026am.xlsx')
    expect(Buffer.from(read.file!.bytes).equals(Buffer.from(bytes))).toBe(true)
  })

  it('has no file when the form has none', async () => {
    const form = new FormData()
    form.set('kind', 'pending')
    const { body, type } = encode(form)
    expect((await readUploadForm(body, type, 1000)).file).toBeNull()
  })

  it('stops past the limit with too_large', async () => {
    const form = new FormData()
    form.set('file', new File([new Uint8Array(50_000)], 'big.csv'))
    const { body, type } = encode(form)
    const error = await readUploadForm(body, type, 10_000).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImportError)
    expect((error as ImportError).code).toBe('too_large')
  })

  it('refuses a body that is not multipart', async () => {
    const body = new Response('kind=pending').body!
    await expect(readUploadForm(body, 'application/x-www-form-urlencoded', 1000)).rejects.toBeInstanceOf(NotMultipart)
    await expect(readUploadForm(new Response('--x\r\nbroken').body!, 'multipart/form-data; boundary=x', 1000)).rejects.toBeInstanceOf(NotMultipart)
  })
})
