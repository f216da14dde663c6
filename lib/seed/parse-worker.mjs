// Worker entry: registers tsx's loader inside the worker (loaders of the main thread do not reach workers), then runs the TypeScript worker.
import { register } from 'tsx/esm/api'

register()
await import('./parse-worker.ts')
