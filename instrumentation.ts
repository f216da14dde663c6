export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { logRequests } = await import('./lib/request-log')
    logRequests()
  }
}
