#!/usr/bin/env node
// Sums the gzip size of the JS chunks a page's HTML loads: the route's first-load JS.
// Builds nothing. Usage: node scripts/first-load-js.mjs <distDir> <page.html>
// e.g. curl -s http://127.0.0.1:3301/agreements > /tmp/a.html && node scripts/first-load-js.mjs .next-e2e-tbl /tmp/a.html
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const [distDir, htmlFile] = process.argv.slice(2)
if (!distDir || !htmlFile) {
  process.stderr.write('usage: node scripts/first-load-js.mjs <distDir> <page.html>\n')
  process.exit(2)
}

const html = readFileSync(htmlFile, 'utf8')
// `noModule` scripts are polyfills that only pre-ES-module browsers load: listed, not counted.
const legacy = new Set([...html.matchAll(/<script[^>]*src="\/_next\/(static\/[^"]+?\.js)"[^>]*noModule/gi)].map((m) => m[1]))
// <script src> tags plus the chunks React preloads or lists in the flight data for hydration.
const urls = new Set([...html.matchAll(/\/_next\/(static\/[^"'\s\\)]+?\.js)/g)].map((m) => m[1]).filter((u) => !legacy.has(u)))
if (urls.size === 0) {
  process.stderr.write(`no /_next/static/*.js references in ${htmlFile}\n`)
  process.exit(1)
}

let total = 0
let raw = 0
const rows = []
for (const url of urls) {
  const file = path.join(distDir, decodeURIComponent(url.split('?')[0]))
  if (!existsSync(file)) {
    process.stderr.write(`missing ${file}\n`)
    process.exit(1)
  }
  const bytes = readFileSync(file)
  const gz = gzipSync(bytes, { level: 9 }).length
  total += gz
  raw += bytes.length
  rows.push([gz, url])
}
rows.sort((a, b) => b[0] - a[0])
for (const [gz, url] of rows) process.stdout.write(`${(gz / 1024).toFixed(1).padStart(7)} KB  ${url}\n`)
for (const url of legacy) process.stdout.write(`   (not counted: ${url}, noModule polyfills)\n`)
process.stdout.write(`${urls.size} chunks: ${(total / 1024).toFixed(1)} KB gzip (${(raw / 1024).toFixed(1)} KB raw)\n`)
