/**
 * The OpenAPI 3.1 document, generated from the same zod schemas the routes validate with (zod's
 * own JSON Schema output is draft 2020-12, which OpenAPI 3.1 uses as is), and a browsable page.
 */
import { z } from 'zod';

export type Access = 'anyone' | 'reader' | 'analyst' | 'admin' | 'published-or-reader';

export interface RouteDoc {
  readonly method: 'get' | 'post' | 'delete';
  /** Hono path syntax (`:id`); written as `{id}` in the document. */
  readonly path: string;
  readonly summary: string;
  readonly access: Access;
  readonly body?: z.ZodType;
  /** Other request content types accepted as raw bytes. */
  readonly rawBody?: readonly string[];
  readonly query?: z.ZodObject;
  /** What the success answer is, when not JSON. */
  readonly produces?: string;
}

export interface ApiDoc {
  route(doc: RouteDoc): void;
  document(): Record<string, unknown>;
  routes(): readonly RouteDoc[];
}

const ACCESS_TEXT: Readonly<Record<Access, string>> = {
  anyone: 'No key needed (rate-limited per address).',
  reader: 'API key with role reader or above.',
  analyst: 'API key with role analyst or above.',
  admin: 'API key with role admin.',
  'published-or-reader': 'Published items: no key; others: reader or above.',
};

function schemaOf(s: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  delete json['$schema'];
  return json;
}

function parametersOf(doc: RouteDoc): Record<string, unknown>[] {
  const params: Record<string, unknown>[] = [];
  for (const m of doc.path.matchAll(/:(\w+)/g)) {
    params.push({ name: m[1], in: 'path', required: true, schema: { type: 'string' } });
  }
  if (doc.query) {
    for (const [name, s] of Object.entries(doc.query.shape)) {
      params.push({ name, in: 'query', required: false, schema: schemaOf(s as z.ZodType) });
    }
  }
  return params;
}

function operationOf(doc: RouteDoc): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  if (doc.body) content['application/json'] = { schema: schemaOf(doc.body) };
  for (const t of doc.rawBody ?? []) content[t] = { schema: { type: 'string', format: 'binary' } };
  const op: Record<string, unknown> = {
    summary: doc.summary,
    description: ACCESS_TEXT[doc.access],
    parameters: parametersOf(doc),
    responses: {
      '200': { description: 'OK', content: { [doc.produces ?? 'application/json']: {} } },
      default: {
        description: 'An error (docs/errors.md lists the codes)',
        content: {
          'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
        },
      },
    },
  };
  if (doc.access !== 'anyone') op['security'] = [{ apiKey: [] }, { bearer: [] }];
  if (Object.keys(content).length > 0) op['requestBody'] = { required: true, content };
  return op;
}

/** Collects route docs; the document is built once, on first request. */
export function createApiDoc(info: { readonly version: string }): ApiDoc {
  const routes: RouteDoc[] = [];
  let built: Record<string, unknown> | null = null;
  return {
    route(doc) {
      routes.push(doc);
      built = null;
    },
    routes: () => routes,
    document() {
      if (built) return built;
      const paths: Record<string, Record<string, unknown>> = {};
      for (const r of routes) {
        const p = r.path.replace(/:(\w+)/g, '{$1}');
        paths[p] ??= {};
        paths[p][r.method] = operationOf(r);
      }
      built = {
        openapi: '3.1.0',
        info: {
          title: 'Tocsin API',
          version: info.version,
          description: 'SMS verdicts, indicator extraction, enrichment, tracking and sharing.',
        },
        paths,
        components: {
          securitySchemes: {
            apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
            bearer: { type: 'http', scheme: 'bearer' },
          },
          schemas: {
            Problem: {
              type: 'object',
              required: ['type', 'title', 'status', 'code', 'requestId'],
              properties: {
                type: { type: 'string' },
                title: { type: 'string' },
                status: { type: 'integer' },
                detail: { type: 'string' },
                code: { type: 'string' },
                requestId: { type: ['string', 'null'] },
                issues: { type: 'array', items: { type: 'object' } },
              },
            },
          },
        },
      };
      return built;
    },
  };
}
