// The floor: node:http + better-sqlite3 running the SQL of listAgreements (lib/agreements/sql.ts) and nothing else.
// Usage: tsx bench/floor/server.ts <db file> <port>
import { createServer } from 'node:http'
import Database from 'better-sqlite3'
import type { AgreementQuery as FloorQuery } from '../../lib/agreements/query.ts'
import { facetsFloor, floorQuery, listFloor } from './sql.ts'

const [file, port] = process.argv.slice(2)
if (!file || !port) throw new Error('usage: server.ts <db file> <port>')
const db = new Database(file, { readonly: true, timeout: 5000 })
const today = new Date().toISOString().slice(0, 10)
const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

function page(q: FloorQuery, title: string): string {
  const { total, items } = listFloor(db, q)
  const facets = facetsFloor(db, q)
  const rows = items.map((i) => `<tr><td><a href="/agencies/${i.agency.id}">${esc(i.agency.name)}</a></td><td>${i.agency.state}</td><td>${i.model}</td><td>${i.status}</td><td>${esc(i.signed_on)}</td><td>${esc(i.expires_on)}</td><td>${i.listed.map((s) => `${esc(s.from.list)} – ${esc(s.to.list)}`).join(', ')}</td></tr>`)
  const facetHtml = Object.entries(facets).map(([k, v]) => `<fieldset><legend>${k}</legend>${Object.entries(v).map(([x, n]) => `<label><input type="checkbox" name="${k}" value="${esc(x)}">${esc(x)} (${n})</label>`).join('')}</fieldset>`)
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><h1>${esc(title)}</h1><p>${total} agreements</p>${facetHtml.join('')}<table><tbody>${rows.join('')}</tbody></table></body></html>`
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://floor')
  try {
    if (url.pathname === '/api/v1/agreements') {
      const q = floorQuery(url.searchParams, today)
      const { total, items } = listFloor(db, q)
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ total, page: q.page, per_page: q.perPage, as_of: q.asOf, items }))
      return
    }
    let html: string | null = null
    const state = /^\/states\/([A-Z]{2})$/.exec(url.pathname)?.[1]
    const agency = /^\/agencies\/(\d+)$/.exec(url.pathname)?.[1]
    if (url.pathname === '/agreements') html = page(floorQuery(url.searchParams, today), '287(g) agreements')
    else if (state) html = page(floorQuery(new URLSearchParams({ state, per_page: '1000' }), today), `Agreements in ${state}`)
    else if (agency) html = page(floorQuery(new URLSearchParams({ agency_id: agency, status: 'all' }), today), `Agency ${agency}`)
    if (html === null) { res.writeHead(404).end(); return }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(html)
  } catch (error) {
    res.writeHead(500).end(String(error))
  }
}).listen(Number(port), '127.0.0.1')
