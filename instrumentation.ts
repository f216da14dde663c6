export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // The socket address first, so that the request log and the sign-in limits see the same client.
    ;(await import('./lib/auth/peer-address')).installPeerAddress()
    const { logRequests } = await import('./lib/request-log')
    logRequests()
  }
}
