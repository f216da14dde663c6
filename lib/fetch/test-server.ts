import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Route = { status?: number; type?: string; body: string | Uint8Array; headers?: Record<string, string> } | ((req: IncomingMessage, res: ServerResponse) => void)

/** A local stand-in for ice.gov in tests: node:http on 127.0.0.1, a random port, routes by path; anything else is 404. */
export async function startTestServer(routes: Record<string, Route>) {
  const server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname]
    if (typeof route === 'function') return route(req, res)
    if (!route) return res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Page Not Found</h1>')
    res.writeHead(route.status ?? 200, { 'content-type': route.type ?? 'application/octet-stream', ...route.headers }).end(route.body)
  })
  // The test process's fetch pool outlives the seconds an import takes between requests; without this, the server could
  // close an idle connection just as fetch reuses it (ECONNRESET). close() ends every connection.
  server.keepAliveTimeout = 0
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    base,
    url: (path: string) => `${base}${path}`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()) }),
  }
}
