import { copyFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { randomUUID } from 'node:crypto'

const dir = path.resolve('data/test')
mkdirSync(dir, { recursive: true })
const file = path.join(dir, `t-${randomUUID()}.db`)
copyFileSync(path.join(dir, 'base.db'), file)
process.env.DATABASE_URL = `file:${file}`
