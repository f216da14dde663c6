import { Server, type IncomingMessage } from 'node:http'

/** Set on every request from the socket, replacing anything a client sent under that name. */
export const PEER_HEADER = 'x-tracker-peer'

/**
 * Next 16 gives route handlers and actions no socket, and copies the socket address into X-Forwarded-For only when the client
 * sent none (base-server.js: `??=`), so a client-sent header is indistinguishable from the real peer. This stamps the peer
 * address on each request before Next sees it; instrumentation.ts installs it once per server process.
 */
export function installPeerAddress(): void {
  const flag = globalThis as { __trackerPeerAddress?: boolean }
  if (flag.__trackerPeerAddress) return
  flag.__trackerPeerAddress = true
  const emit = Server.prototype.emit
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const req = args[0] as IncomingMessage
      req.headers[PEER_HEADER] = req.socket.remoteAddress ?? ''
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>)
  } as typeof emit
}
