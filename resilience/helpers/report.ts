import { appendFileSync, mkdirSync } from 'node:fs'

/** Counts a suite prints, also appended to bench/results/resilience.jsonl for docs/reliability.md. */
export function report(suite: string, figures: Record<string, unknown>): void {
  process.stdout.write(`[resilience] ${suite}: ${JSON.stringify(figures)}\n`)
  mkdirSync('bench/results', { recursive: true })
  appendFileSync('bench/results/resilience.jsonl', JSON.stringify({ at: new Date().toISOString(), suite, ...figures }) + '\n')
}
