/** Indicators: search, detail (sightings, relations, enrichment, reports, DNS history), enrich, notes. */
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { IndicatorType } from '../core/kb/types.js';
import { AppError } from '../core/shared/app-error.js';
import type { IndicatorsService } from '../services/indicators.js';
import type { NotesService } from '../services/notes.js';
import { requireRole } from './auth.js';
import { mountNoteRoutes } from './notes.js';
import { toRelationView } from './relation-view.js';
import type { ApiDoc } from './openapi.js';
import type { AppEnv } from './types.js';
import { parseWith } from './validate.js';

const IsoTime = z.iso.datetime({ offset: true }).transform((s) => Date.parse(s));

const SearchQuery = z.object({
  value: z.string().trim().min(1).max(500).optional(),
  type: z.enum(IndicatorType).optional(),
  tag: z.string().trim().min(1).max(64).optional(),
  since: IsoTime.optional(),
  until: IsoTime.optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

const Ref = z.object({ type: z.enum(IndicatorType), value: z.string().min(1).max(2048) });
const EnrichQuery = z.object({ offline: z.enum(['true', 'false']).optional() });

/** Mounts the indicator and enrich routes. */
export function mountIndicatorRoutes(
  app: Hono<AppEnv>,
  deps: {
    readonly indicators: () => Promise<IndicatorsService>;
    readonly notes: () => Promise<NotesService>;
    readonly doc: ApiDoc;
  },
): void {
  const { indicators, doc } = deps;
  const refOf = (c: Context<AppEnv>) =>
    parseWith(Ref, { type: c.req.param('type'), value: c.req.param('value') }, 'indicator');

  doc.route({
    method: 'get',
    path: '/v1/indicators',
    summary: 'Search indicators by value, type, tag and time',
    access: 'reader',
    query: SearchQuery,
  });
  app.get('/v1/indicators', async (c) => {
    requireRole(c, 'reader');
    const q = parseWith(SearchQuery, c.req.query(), 'query');
    const list = await (await indicators()).search({
      limit: q.limit ?? 100,
      ...(q.value === undefined ? {} : { value: q.value }),
      ...(q.type === undefined ? {} : { type: q.type }),
      ...(q.tag === undefined ? {} : { tag: q.tag }),
      ...(q.since === undefined ? {} : { sinceMs: q.since }),
      ...(q.until === undefined ? {} : { untilMs: q.until }),
    });
    return c.json({ indicators: list });
  });

  doc.route({
    method: 'get',
    path: '/v1/indicators/:type/:value',
    summary: 'One indicator with sightings, relations, enrichment, reports and history',
    access: 'reader',
  });
  app.get('/v1/indicators/:type/:value', async (c) => {
    requireRole(c, 'reader');
    const d = await (await indicators()).detail(refOf(c));
    if (d === null) throw new AppError('NOT_FOUND', 'no such indicator');
    return c.json({
      ...d.indicator,
      tags: d.tags,
      sightings: d.sightings,
      relations: d.relations.map(toRelationView),
      enrichments: d.enrichments,
      reports: d.reports,
      history: d.resolutions,
    });
  });

  doc.route({
    method: 'get',
    path: '/v1/enrich/:indicator',
    summary: 'Enrich a domain or address (DNS, AS, RDAP, classifications)',
    access: 'reader',
    query: EnrichQuery,
  });
  app.get('/v1/enrich/:indicator', async (c) => {
    requireRole(c, 'reader');
    const q = parseWith(EnrichQuery, c.req.query(), 'query');
    const indicator = parseWith(z.string().min(1).max(300), c.req.param('indicator'), 'indicator');
    const r = await (await indicators()).enrich(indicator, { offline: q.offline === 'true' });
    if (!r.ok) throw r.error;
    return c.json(r.value);
  });

  mountNoteRoutes(app, {
    kind: 'indicator',
    base: '/v1/indicators/:type/:value',
    notes: deps.notes,
    doc,
    subjectOf: async (c) => {
      requireRole(c, 'reader');
      return { kind: 'indicator', ref: refOf(c) };
    },
  });
}
