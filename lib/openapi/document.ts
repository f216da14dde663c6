import { z } from 'zod'
import { AgencyQuerySchema } from '../agencies/query.ts'
import { AgreementPatchBodySchema } from '../admin/api-schema.ts'
import { AgreementQuerySchema } from '../agreements/query.ts'
import { IdSchema } from '../api.ts'
import { LIST_KINDS } from '../import/parse-list.ts'
import { TimelineQuerySchema } from '../stats/timeline-query.ts'
import { ActiveStatsSchema, AgreementListSchema, ErrorSchema } from './responses.ts'

type Json = Record<string, unknown>

/** JSON Schema 2020-12 (OpenAPI 3.1's dialect) of a zod schema; the value a parameter parses to (coerced numbers are numbers). */
const schema = (s: z.ZodType, io: 'input' | 'output' = 'output'): Json => {
  const { $schema: _, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Json
  return rest
}

/** Query parameters, one per key of a zod object (arrays repeat: `state=AZ&state=NM`). */
function query(shape: Record<string, z.ZodType>): Json[] {
  return Object.entries(shape).map(([name, s]) => {
    const js = schema(s)
    return { name, in: 'query', required: false, schema: js, ...(js.type === 'array' && { style: 'form', explode: true }), ...(s.description && { description: s.description }) }
  })
}

const idParam = (what: string) => ({ name: 'id', in: 'path', required: true, description: `the ${what}'s id`, schema: schema(IdSchema) })
const asOf = query({ as_of: z.string().describe('YYYY-MM-DD, default today, not in the future') })

const json = (description: string, s?: z.ZodType) => ({ description, content: { 'application/json': { schema: s ? schema(s) : { type: 'object' } } } })
const file = (description: string, type: string) => ({ description, content: { [type]: { schema: { type: 'string', contentMediaType: type } } } })
const errors = { '400': json('a parameter is invalid; `field` names it', ErrorSchema), '404': json('no such record', ErrorSchema) }
const get = (summary: string, ok: Json, parameters: Json[] = []) => ({ get: { summary, parameters, responses: { '200': ok, ...errors } } })

/** The OpenAPI 3.1 document of /api/v1: parameters from the same zod schemas the routes parse with. */
export function openApiDocument(siteUrl: string): Json {
  return {
    openapi: '3.1.0',
    info: { title: '287(g) Tracker API', version: '1', description: 'Read endpoints are public; see /docs/api for the coverage rule and the meaning of each field.' },
    servers: [{ url: `${siteUrl}/api/v1` }],
    components: { securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'an API token (npm run token:create) with the scope the operation needs' } } },
    paths: {
      '/agreements': get('Agreements and their status on a date', json('`format=json`: one page of agreements', AgreementListSchema), [
        ...query(AgreementQuerySchema.shape),
        { name: 'format', in: 'query', schema: { type: 'string', enum: ['json', 'csv', 'export', 'csv-metadata'], default: 'json' }, description: 'csv and export hold every matching row' },
      ]),
      '/agreements/{id}': {
        ...get('One agreement with its events, periods and citations', json('the agreement; ETag is its version'), [idParam('agreement')]),
        patch: {
          summary: 'Correct an agreement (editor; token scope edit)',
          security: [{ token: [] }],
          parameters: [idParam('agreement'), { name: 'If-Match', in: 'header', required: true, description: 'the version read from GET', schema: { type: 'string' } }],
          requestBody: { required: true, content: { 'application/json': { schema: schema(AgreementPatchBodySchema, 'input') } } },
          responses: { '200': json('the change and the agreement after it'), '400': json('invalid body', ErrorSchema), '401': json('no or bad token', ErrorSchema), '403': json('role or scope too low', ErrorSchema), '412': json('the version changed since it was read', ErrorSchema), '428': json('If-Match missing', ErrorSchema) },
        },
      },
      '/agencies': get('Agencies by name and state', json('`{ total, items, page, per_page }`'), query(AgencyQuerySchema.shape)),
      '/agencies/{id}': get('One agency with its names and agreements', json('the agency'), [idParam('agency')]),
      '/stats/active': get('Active agreements on a date, by model and state', json('the counts and their basis list; `gap: true` and nulls in a gap', ActiveStatsSchema), asOf),
      '/stats/secure-communities': get('Counties with Secure Communities activated by a date', json('the counts'), asOf),
      '/stats/timeline': get('Monthly active agreements and activated counties', json('`{ from, to, step, rule, points }`'), query(TimelineQuerySchema.shape)),
      '/policy-events': get('Policy events and criteria sets', json('`{ total, items, criteria }`')),
      '/snapshots': get('Every capture of ICE\'s lists held', json('`{ total, items }`')),
      '/snapshots/{id}/file': get('The original file of a capture, byte for byte', file('the workbook or CSV as published', 'application/octet-stream'), [idParam('capture')]),
      '/snapshots/diff': get('What changed between two captures', json('added, removed and changed rows'), query({ from: IdSchema, to: IdSchema })),
      '/imports': {
        post: {
          summary: 'Preview or apply an ICE workbook (admin; token scope import)',
          security: [{ token: [] }],
          parameters: [{ name: 'apply', in: 'query', schema: { type: 'string', enum: ['true', 'false'], default: 'false' } }],
          requestBody: { required: true, content: { 'multipart/form-data': { schema: schema(z.object({ file: z.string().describe('the .xlsx or .csv, at most 10 MB'), kind: z.enum(LIST_KINDS).optional(), as_of: z.string().optional() })) } } },
          responses: { '200': json('the preview (nothing written)'), '201': json('applied'), '400': json('bad form', ErrorSchema), '401': json('no or bad token', ErrorSchema), '413': json('over 10 MB', ErrorSchema), '422': json('not such a list; nothing written', ErrorSchema) },
        },
      },
      '/download/database': get('The public record as one SQLite file (private tables left out; see /sources)', file('SQLite 3 database', 'application/vnd.sqlite3')),
      '/download/captures.csv': get('Every row of every capture as one RFC 4180 CSV', file('CSV, header first', 'text/csv')),
      '/openapi.json': get('This document', json('OpenAPI 3.1')),
    },
  }
}
