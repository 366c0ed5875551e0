/** POST /v1/ioc/extract: what `tocsin ioc extract` prints, STIX with Accept: application/stix+json. */
import type { Hono } from 'hono';
import { z } from 'zod';
import { type ExtractResult, IocType } from '../core/ioc/types.js';
import type { IocService } from '../services/ioc.js';
import type { ApiDoc } from './openapi.js';
import type { AppEnv } from './types.js';
import { isJsonBody, parseWith, readBodyBytes, readJson } from './validate.js';

export const IocExtractBody = z
  .object({
    text: z.string().max(10_000_000),
    types: z.array(z.enum(IocType)).min(1).optional(),
  })
  .strict();

const TypesQuery = z.object({
  types: z
    .string()
    .max(500)
    .transform((s) => s.split(',').map((t) => t.trim().toLowerCase()))
    .pipe(z.array(z.enum(IocType)).min(1))
    .optional(),
});

/** Mounts the IOC routes. */
export function mountIocRoutes(app: Hono<AppEnv>, ioc: IocService, doc: ApiDoc): void {
  doc.route({
    method: 'post',
    path: '/v1/ioc/extract',
    summary: 'Extract indicators and stated relations from text, HTML or PDF',
    access: 'anyone',
    body: IocExtractBody,
    rawBody: ['text/plain', 'text/html', 'application/pdf'],
    query: TypesQuery,
  });
  app.post('/v1/ioc/extract', async (c) => {
    const query = parseWith(TypesQuery, c.req.query(), 'query');
    let result: ExtractResult;
    if (isJsonBody(c)) {
      const body = parseWith(IocExtractBody, await readJson(c), 'request body');
      const types = body.types ?? query.types;
      result = ioc.extractText(body.text, types ? { types } : {});
    } else {
      const bytes = await readBodyBytes(c);
      result = await ioc.extractDocument(bytes, query.types ? { types: query.types } : {});
    }
    if ((c.req.header('accept') ?? '').includes('application/stix+json')) {
      const bundle = ioc.render(result, 'stix', new Date().toISOString());
      return c.body(bundle, 200, { 'content-type': 'application/stix+json;version=2.1' });
    }
    return c.json({ iocs: result.iocs, relations: result.relations });
  });
}
