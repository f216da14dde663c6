import { inflateRawSync } from 'node:zlib'
import yauzl from 'yauzl'
import { ImportError } from './errors.ts'

const MAX_ENTRIES = 500
const MAX_TOTAL_BYTES = 150 * 1024 * 1024
const MAX_RATIO = 250

/**
 * A workbook's zip, opened with its parts' sizes checked before any is inflated. Parts are read
 * on demand with one running byte count across the file, so a zip bomb stops at the limit instead
 * of filling memory, and a part that inflates to other than its declared size is refused.
 */
export class BoundedZip {
  private inflated = 0

  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
    private readonly fileName: string,
  ) {}

  static async open(bytes: Uint8Array, fileName: string): Promise<BoundedZip> {
    let zip: yauzl.ZipFile
    try {
      zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true })
    } catch (cause) {
      throw damaged(fileName, cause)
    }
    const entries = new Map<string, yauzl.Entry>()
    try {
      for await (const entry of zip.eachEntry()) {
        if (entries.size >= MAX_ENTRIES) throw new ImportError('zip_bomb', `${fileName} holds more than ${MAX_ENTRIES} parts; a list workbook holds a few dozen.`)
        if (entry.compressedSize > 0 && entry.uncompressedSize / entry.compressedSize > MAX_RATIO)
          throw new ImportError('zip_bomb', `${fileName} expands more than ${MAX_RATIO}× (${entry.fileName}); refusing to decompress it.`)
        if (!entry.fileName.endsWith('/')) entries.set(entry.fileName, entry)
      }
    } catch (cause) {
      zip.close()
      throw cause instanceof ImportError ? cause : damaged(fileName, cause)
    }
    return new BoundedZip(zip, entries, fileName)
  }

  has(name: string): boolean {
    return this.entries.has(name)
  }

  /**
   * A part as text. The compressed bytes are inflated in one synchronous call capped at the bytes
   * the file has left (zlib's maxOutputLength), which bounds it as tightly as a stream and spares
   * hundreds of thread-pool round trips per workbook.
   */
  async text(name: string): Promise<string> {
    const entry = this.entries.get(name)
    if (!entry) return ''
    const left = MAX_TOTAL_BYTES - this.inflated
    let data: Buffer
    try {
      const stream = await this.zip.openReadStreamPromise(entry, { decodeFileData: false })
      const chunks: Buffer[] = []
      for await (const chunk of stream) chunks.push(chunk as Buffer)
      const raw = Buffer.concat(chunks)
      if (entry.compressionMethod === 8) data = inflateRawSync(raw, { maxOutputLength: Math.max(1, left) })
      else if (entry.compressionMethod === 0) data = raw
      else throw new Error(`${entry.fileName} uses compression method ${entry.compressionMethod}`)
    } catch (cause) {
      if ((cause as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw this.bomb()
      throw damaged(this.fileName, cause)
    }
    if (data.length !== entry.uncompressedSize)
      throw damaged(this.fileName, new Error(`${entry.fileName} inflates to ${data.length} bytes, not the ${entry.uncompressedSize} its header declares`))
    this.inflated += data.length
    if (this.inflated > MAX_TOTAL_BYTES) throw this.bomb()
    return data.toString('utf8')
  }

  private bomb(): ImportError {
    return new ImportError('zip_bomb', `${this.fileName} decompresses to more than ${MAX_TOTAL_BYTES / 1048576} MB; refusing it.`)
  }

  close(): void {
    this.zip.close()
  }
}

function damaged(fileName: string, cause: unknown): ImportError {
  return new ImportError('unreadable', `${fileName} is a damaged or truncated .xlsx file (${(cause as Error).message}).`)
}
