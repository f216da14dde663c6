import { parentPort } from 'node:worker_threads'
import { parseListFile, type ParseOptions } from '../import/parse-list.ts'

// Parses lists for the seed's pool: parsing is the CPU-heavy half of an import, so two cores parse while one writes.
parentPort!.on('message', async (msg: { id: number; bytes: Uint8Array; options: ParseOptions }) => {
  try {
    const lists = await parseListFile(msg.bytes, msg.options)
    parentPort!.postMessage({ id: msg.id, lists })
  } catch (error) {
    const e = error as Error & { code?: string }
    parentPort!.postMessage({ id: msg.id, error: { name: e.name, code: e.code, message: e.message } })
  }
})
