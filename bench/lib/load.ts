import autocannon from 'autocannon'

export interface LoadResult {
  p50: number
  p95: number
  p99: number
  rps: number
  requests: number
  errors: number
  non2xx: number
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

/** autocannon's summary has no p95, so every response time is collected and ranked here. */
export async function runLoad(url: string, connections: number, durationS: number, extra: Partial<autocannon.Options> = {}): Promise<LoadResult> {
  const times: number[] = []
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: durationS, timeout: 30, ...extra }, (error, res) => (error ? reject(error) : resolve(res)))
    instance.on('response', (_client, _status, _bytes, responseTime) => { times.push(responseTime) })
  })
  times.sort((a, b) => a - b)
  const round = (n: number) => (Number.isNaN(n) ? Number.NaN : Math.round(n * 100) / 100)
  return {
    p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), p99: round(percentile(times, 99)),
    rps: round(times.length / durationS), requests: times.length, errors: result.errors + result.timeouts, non2xx: result.non2xx,
  }
}
