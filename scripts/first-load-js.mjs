#!/usr/bin/env node
// A route's first-load JS: the gzip size of the JS chunks its HTML loads. Builds nothing.
// Usage: node scripts/first-load-js.mjs <distDir> <page.html>
// e.g. curl -s http://127.0.0.1:3000/agreements > /tmp/a.html && node scripts/first-load-js.mjs .next /tmp/a.html
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

/**
 * The chunks a page's HTML references (script tags, preloads and the flight data React hydrates from), each with its
 * raw and gzip size; `noModule` polyfills, which only pre-ES-module browsers load, are listed apart and not counted.
 * @param {string} html
 * @param {string} distDir
 */
export function firstLoadJs(html, distDir) {
  const legacy = new Set([...html.matchAll(/<script[^>]*src="\/_next\/(static\/[^"]+?\.js)"[^>]*noModule/gi)].map((m) => m[1]))
  const urls = new Set([...html.matchAll(/\/_next\/(static\/[^"'\s\\)]+?\.js)/g)].map((m) => m[1]).filter((u) => !legacy.has(u)))
  const chunks = [...urls].map((url) => {
    const file = path.join(distDir, decodeURIComponent(url.split('?')[0]))
    if (!existsSync(file)) throw new Error(`missing ${file}`)
    const bytes = readFileSync(file)
    return { url, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
  })
  chunks.sort((a, b) => b.gzip - a.gzip)
  const sum = (k) => chunks.reduce((n, c) => n + c[k], 0)
  return { chunks, legacy: [...legacy], raw: sum('raw'), gzip: sum('gzip') }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [distDir, htmlFile] = process.argv.slice(2)
  if (!distDir || !htmlFile) {
    process.stderr.write('usage: node scripts/first-load-js.mjs <distDir> <page.html>\n')
    process.exit(2)
  }
  const r = firstLoadJs(readFileSync(htmlFile, 'utf8'), distDir)
  if (r.chunks.length === 0) {
    process.stderr.write(`no /_next/static/*.js references in ${htmlFile}\n`)
    process.exit(1)
  }
  for (const c of r.chunks) process.stdout.write(`${(c.gzip / 1024).toFixed(1).padStart(7)} KB  ${c.url}\n`)
  for (const url of r.legacy) process.stdout.write(`   (not counted: ${url}, noModule polyfills)\n`)
  process.stdout.write(`${r.chunks.length} chunks: ${(r.gzip / 1024).toFixed(1)} KB gzip (${(r.raw / 1024).toFixed(1)} KB raw)\n`)
}
