import { createHmac } from 'node:crypto'
import { isIP } from 'node:net'
import { env } from '../env.ts'
import { sessionSecret } from './secret.ts'
import { PEER_HEADER } from './peer-address.ts'

/**
 * The client's address, the one identity sign-in and the corrections limit count by. With TRUST_PROXY=0 it is the socket's peer
 * and X-Forwarded-For is ignored. With TRUST_PROXY=n the peer is the nearest of n trusted proxies, each of which appended the
 * address it saw, so the client is the n-th entry from the right: entries further left were written by the client and are
 * ignored. The User-Agent is never part of it (a client chooses it freely).
 */
export function clientAddress(headers: Headers, trustProxy = env.TRUST_PROXY): string {
  const forwarded = (headers.get('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean)
  // Without the stamped peer (a server where instrumentation.ts did not run), the last entry is the one Next copied from the socket.
  const peer = headers.get(PEER_HEADER) || forwarded.at(-1) || ''
  if (trustProxy === 0) return normalise(peer)
  const client = forwarded.length >= trustProxy ? forwarded[forwarded.length - trustProxy] : forwarded[0]
  return normalise(client ?? peer)
}

function normalise(address: string): string {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '')
  return isIP(plain) ? plain.toLowerCase() : 'unknown'
}

/** A keyed hash of the address: enough to count by, not enough to identify anyone. */
export function addressHash(address: string): string {
  return createHmac('sha256', sessionSecret()).update(`address:${address}`).digest('hex').slice(0, 32)
}
