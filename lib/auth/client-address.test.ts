import { createServer, request as httpRequest } from 'node:http'
import { describe, expect, it } from 'vitest'
import { clientAddress } from './client-address'
import { installPeerAddress, PEER_HEADER } from './peer-address'

const h = (headers: Record<string, string>) => new Headers(headers)

describe('clientAddress', () => {
  it('without a trusted proxy, is the socket peer and ignores X-Forwarded-For and the User-Agent', () => {
    const spoofed = h({ [PEER_HEADER]: '203.0.113.9', 'x-forwarded-for': '1.2.3.4', 'user-agent': 'anything' })
    expect(clientAddress(spoofed, 0)).toBe('203.0.113.9')
    expect(clientAddress(h({ [PEER_HEADER]: '203.0.113.9', 'x-forwarded-for': '5.6.7.8', 'user-agent': 'other' }), 0)).toBe('203.0.113.9')
    expect(clientAddress(h({ [PEER_HEADER]: '::ffff:203.0.113.9' }), 0)).toBe('203.0.113.9')
  })

  it('behind n trusted proxies, is the n-th entry from the right; what the client wrote further left is ignored', () => {
    const one = h({ [PEER_HEADER]: '10.0.0.2', 'x-forwarded-for': '6.6.6.6, 198.51.100.4' })
    expect(clientAddress(one, 1)).toBe('198.51.100.4')
    const two = h({ [PEER_HEADER]: '10.0.0.3', 'x-forwarded-for': '6.6.6.6, 198.51.100.4, 10.0.0.2' })
    expect(clientAddress(two, 2)).toBe('198.51.100.4')
    expect(clientAddress(h({ [PEER_HEADER]: '10.0.0.2' }), 1)).toBe('10.0.0.2')
  })

  it('turns anything that is not an IP address into one shared "unknown"', () => {
    expect(clientAddress(h({ [PEER_HEADER]: '10.0.0.2', 'x-forwarded-for': 'evil<script>' }), 1)).toBe('unknown')
  })

  it('the peer header is stamped from the socket, replacing a client-sent one', async () => {
    installPeerAddress()
    const server = createServer((req, res) => res.end(String(req.headers[PEER_HEADER])))
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const { port } = server.address() as { port: number }
    const body = await new Promise<string>((resolve, reject) => {
      httpRequest({ port, host: '127.0.0.1', headers: { [PEER_HEADER]: '6.6.6.6', 'x-forwarded-for': '6.6.6.6' } }, (res) => {
        let text = ''
        res.on('data', (c) => (text += c))
        res.on('end', () => resolve(text))
      }).on('error', reject).end()
    })
    server.close()
    expect(body).toBe('127.0.0.1')
  })
})
