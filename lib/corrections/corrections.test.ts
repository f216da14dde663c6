import { describe, expect, it, vi } from 'vitest'
import { db } from '../db'
import { updateAgreementAction } from '../admin/actions/agreements'
import { SESSION_COOKIE } from '../auth/session'
import { makeUser } from '../auth/testing'
import { jar, requestHeaders, withHeaders } from '../auth/testing-next'
import { dataChecksum } from '../test/db-checksum'
import { rejectCorrectionAction, suggestCorrection } from './actions'
import { listCorrections } from './queries'

vi.mock('next/headers', async () => (await import('../auth/testing-next')).nextHeadersMock)
vi.mock('next/cache', async () => (await import('../auth/testing-next')).nextCacheMock)

function suggestion(fields: Record<string, string>) {
  const fd = new FormData()
  for (const [k, v] of Object.entries({ recordType: 'Agreement', text: 'The expiry date on the signed MOA is different.', evidenceUrl: 'https://www.ice.gov/doclib/287gMOA/example.pdf', ...fields })) fd.set(k, v)
  return fd
}

const redirectTarget = (e: unknown) => String((e as { digest?: string }).digest ?? '').split(';')[2]

describe('correction suggestions', () => {
  it('drops honeypot submissions and bad input without writing', async () => {
    const a = await db.agreement.findFirstOrThrow({ select: { id: true } })
    const before = dataChecksum()
    expect(await suggestCorrection({}, suggestion({ recordId: String(a.id), website: 'http://spam.example' }))).toEqual({ message: 'Your suggestion could not be accepted.' })
    expect((await suggestCorrection({}, suggestion({ recordId: String(a.id), text: 'short' }))).errors?.text?.[0]).toMatch(/at least 10 characters/)
    expect((await suggestCorrection({}, suggestion({ recordId: '99999999' }))).message).toMatch(/There is no agreement 99999999/)
    expect(dataChecksum()).toBe(before)
  })

  it('answers a form posted from a Spanish page in Spanish, and still writes nothing on bad input', async () => {
    const a = await db.agreement.findFirstOrThrow({ select: { id: true } })
    const before = dataChecksum()
    // proxy.ts sets x-locale: es on every /es/... request, server actions included.
    const es = { 'user-agent': 'vitest', 'x-forwarded-for': '203.0.113.9', 'x-locale': 'es' }
    const short = await withHeaders(es, () => suggestCorrection({}, suggestion({ recordId: String(a.id), text: 'corto', evidenceUrl: 'ftp://x' })))
    expect(short).toEqual({
      message: 'Algunos campos necesitan atención (vea abajo); no se guardó nada.',
      errors: {
        text: ['Describa qué está mal y qué es lo correcto (al menos 10 caracteres).'],
        evidenceUrl: ['El enlace de la prueba debe ser una dirección web que empiece por https:// o http://.'],
      },
    })
    expect((await withHeaders(es, () => suggestCorrection({}, suggestion({ recordId: '99999999' })))).message).toBe('No hay ningún acuerdo 99999999 que corregir.')
    expect((await withHeaders(es, () => suggestCorrection({}, suggestion({ recordType: 'Agency', recordId: '99999999' })))).message).toBe('No hay ninguna agencia 99999999 que corregir.')
    expect(dataChecksum()).toBe(before)
  })

  it('queues a suggestion, rate-limits a client, and shows the decision publicly after an audited edit', async () => {
    const a = await db.agreement.findFirstOrThrow({ where: { expiresOn: null, signedOn: { lt: '2026-01-01' } }, select: { id: true, version: true } })
    requestHeaders.set('x-forwarded-for', '198.51.100.23')
    const publicId = await suggestCorrection({}, suggestion({ recordId: String(a.id) })).then(() => null, (e) => redirectTarget(e)?.replace('/corrections/', ''))
    expect(publicId).toMatch(/^[\w-]{16}$/)
    const s = await db.correctionSuggestion.findUniqueOrThrow({ where: { publicId: publicId! }, select: { id: true, status: true } })
    expect(s.status).toBe('open')

    for (let i = 0; i < 4; i++) await suggestCorrection({}, suggestion({ recordId: String(a.id) })).catch(() => undefined)
    expect((await suggestCorrection({}, suggestion({ recordId: String(a.id) }))).message).toMatch(/5 suggestions within the hour/)

    const editor = await makeUser('editor')
    jar.set(SESSION_COOKIE, editor.cookie)
    const fd = new FormData()
    for (const [k, v] of Object.entries({ version: String(a.version), expiresOn: '2027-12-31', reason: 'Correction: expiry from the signed MOA', source: 'https://www.ice.gov/doclib/287gMOA/example.pdf', correctionId: String(s.id) })) fd.set(k, v)
    await expect(updateAgreementAction(a.id, {}, fd)).rejects.toMatchObject({ digest: expect.stringContaining(`/admin/history/agreement/${a.id}`) })
    expect(await db.correctionSuggestion.findUniqueOrThrow({ where: { id: s.id }, select: { status: true, decidedBy: true } })).toEqual({ status: 'accepted', decidedBy: editor.email })
    expect(await listCorrections('Agreement', a.id)).toEqual([expect.objectContaining({ reason: 'Correction: expiry from the signed MOA' })])

    const other = await db.correctionSuggestion.findFirstOrThrow({ where: { status: 'open' }, select: { id: true } })
    const rd = new FormData()
    rd.set('id', String(other.id))
    rd.set('decisionReason', 'Duplicate of an accepted correction')
    expect(await rejectCorrectionAction({}, rd)).toMatchObject({ ok: true })
    expect(await rejectCorrectionAction({}, rd)).toMatchObject({ message: expect.stringMatching(/already decided/) })
  })
})
