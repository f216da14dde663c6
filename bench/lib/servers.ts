import { spawn, type ChildProcess } from 'node:child_process'
import { openSync } from 'node:fs'
import path from 'node:path'

export const BENCH_DIST = process.env.NEXT_DIST_DIR ?? '.next-bench'
export const BENCH_SECRET = 'bench-session-secret-that-is-at-least-32-characters'
const bin = (name: string) => path.resolve('node_modules/.bin', name)

export interface Server {
  url: string
  child: ChildProcess
  stop: () => Promise<void>
}

export async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs
  while (Date.now() < end) {
    try {
      const res = await fetch(url)
      await res.arrayBuffer()
      if (res.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not come up within ${timeoutMs} ms`)
}

function track(child: ChildProcess, url: string): Server {
  let stderr = ''
  child.stderr?.on('data', (d: Buffer) => { stderr = (stderr + d.toString()).slice(-4000) })
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
      setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 5000).unref()
    })
  child.once('exit', (code, signal) => {
    if ((code && code !== 143) || (signal && signal !== 'SIGTERM')) process.stderr.write(`[${url}] exited ${code ?? signal}: ${stderr}\n`)
  })
  return { url, child, stop }
}

/**
 * `next start` (production build in BENCH_DIST) on the given database file. A long keep-alive, as behind a proxy: with
 * Node's 5 s default, a client reusing a socket the server is just closing gets a reset when the machine is saturated.
 */
export async function startNext(dbFile: string, port: number, extraEnv: Record<string, string> = {}): Promise<Server> {
  const args = ['start', '-p', String(port), '-H', '127.0.0.1', '--keepAliveTimeout', '65000']
  // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/p" profiles the server (Node refuses --cpu-prof in NODE_OPTIONS).
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean)
  // BENCH_SERVER_LOG=<file> keeps the server's log (one line per request, with its time in the handler).
  const logFile = process.env.BENCH_SERVER_LOG ? openSync(process.env.BENCH_SERVER_LOG, 'a') : 'ignore'
  const child = spawn(nodeArgs ? process.execPath : bin('next'), nodeArgs ? [...nodeArgs, path.resolve('node_modules/next/dist/bin/next'), ...args] : args, {
    env: { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: BENCH_DIST, DATABASE_URL: `file:${path.resolve(dbFile)}`, NEXT_TELEMETRY_DISABLED: '1', SESSION_SECRET: BENCH_SECRET, ...extraEnv },
    stdio: ['ignore', logFile, 'pipe'],
  })
  const server = track(child, `http://127.0.0.1:${port}`)
  await waitFor(`${server.url}/api/v1/snapshots`)
  return server
}

/** The floor server (bench/floor/server.ts) on the given database file. */
export async function startFloor(dbFile: string, port: number): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/floor/server.ts', path.resolve(dbFile), String(port)], { stdio: ['ignore', 'ignore', 'pipe'] })
  const server = track(child, `http://127.0.0.1:${port}`)
  await waitFor(`${server.url}/api/v1/agreements`)
  return server
}
