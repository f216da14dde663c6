import yauzl from 'yauzl'
import { ImportError } from './errors.ts'

const MAX_ENTRIES = 500
const MAX_TOTAL_BYTES = 150 * 1024 * 1024
const MAX_RATIO = 250

/**
 * Inflates every entry with a running byte count before ExcelJS sees the file, so that a
 * zip bomb is stopped at the limit instead of filling memory. yauzl also refuses entries
 * whose data exceeds the size their header declares.
 */
export async function assertZipWithinLimits(bytes: Uint8Array, fileName: string): Promise<void> {
  let zip: yauzl.ZipFile
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes), { lazyEntries: true, validateEntrySizes: true })
  } catch (cause) {
    throw new ImportError('unreadable', `${fileName} is a damaged or truncated .xlsx file (${(cause as Error).message}).`)
  }
  let total = 0
  let count = 0
  try {
    for await (const entry of zip.eachEntry()) {
      count += 1
      if (count > MAX_ENTRIES) throw new ImportError('zip_bomb', `${fileName} holds more than ${MAX_ENTRIES} parts; a list workbook holds a few dozen.`)
      if (entry.compressedSize > 0 && entry.uncompressedSize / entry.compressedSize > MAX_RATIO)
        throw new ImportError('zip_bomb', `${fileName} expands more than ${MAX_RATIO}× (${entry.fileName}); refusing to decompress it.`)
      if (entry.fileName.endsWith('/')) continue
      const stream = await zip.openReadStreamPromise(entry)
      for await (const chunk of stream) {
        total += (chunk as Buffer).length
        if (total > MAX_TOTAL_BYTES) {
          stream.destroy()
          throw new ImportError('zip_bomb', `${fileName} decompresses to more than ${MAX_TOTAL_BYTES / 1048576} MB; refusing it.`)
        }
      }
    }
  } catch (cause) {
    if (cause instanceof ImportError) throw cause
    throw new ImportError('unreadable', `${fileName} is a damaged or truncated .xlsx file (${(cause as Error).message}).`)
  } finally {
    zip.close()
  }
}
