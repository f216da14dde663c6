import { subscribe } from 'node:diagnostics_channel'
import { logRequest, loggablePath } from './log.ts'

/** One log line per response (method, path with sensitive values redacted, status, ms), from Node's HTTP diagnostics channels. */
export function logRequests(): void {
  const started = new WeakMap<object, number>()
  subscribe('http.server.request.start', (message) => {
    started.set((message as { request: object }).request, performance.now())
  })
  subscribe('http.server.response.finish', (message) => {
    const { request, response } = message as { request: { method?: string; url?: string }; response: { statusCode: number } }
    const start = started.get(request)
    if (start === undefined || request.url?.startsWith('/_next/static/')) return
    logRequest({ method: request.method ?? '?', path: loggablePath(request.url ?? '/'), status: response.statusCode, ms: Math.round(performance.now() - start) })
  })
}
