/**
 * Reports: submit (text, HTML or PDF; stored with its indicators in one transaction), list, read,
 * publish; notes and votes. Published reports are the community side: readable without a key.
 */
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../core/shared/app-error.js';
import type { NotesService } from '../services/notes.js';
import type { ReportSubmission, ReportsService } from '../services/reports.js';
import { hasAtLeast, requireRole } from './auth.js';
import { mountNoteRoutes } from './notes.js';
import { toRelationView } from './relation-view.js';
import type { ApiDoc } from './openapi.js';
import type { AppEnv } from './types.js';
import { isJsonBody, parseWith, readBodyBytes, readJson } from './validate.js';

const Tags = z.array(z.string().trim().min(1).max(64)).max(32);
const Flag = z.enum(['true', 'false']).transform((s) => s === 'true');

export const ReportBody = z
  .object({
    text: z.string().min(1).max(10_000_000),
    title: z.string().trim().min(1).max(200).optional(),
    source: z.string().trim().min(1).max(500).optional(),
    published: z.boolean().optional(),
    tags: Tags.optional(),
  })
  .strict();

const ReportUploadQuery = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  source: z.string().trim().min(1).max(500).optional(),
  published: Flag.optional(),
  tags: z
    .string()
    .max(2000)
    .transform((s) =>
      s
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t.length > 0),
    )
    .pipe(Tags)
    .optional(),
});

const ReportListQuery = z.object({
  published: Flag.optional(),
  before: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

const PublishBody = z.object({ published: z.boolean() }).strict();
const ReportId = z.string().regex(/^report--[0-9a-f]{40}$/, 'not a report id');

/** Mounts the report routes. */
export function mountReportRoutes(
  app: Hono<AppEnv>,
  deps: {
    readonly reports: () => Promise<ReportsService>;
    readonly notes: () => Promise<NotesService>;
    readonly doc: ApiDoc;
  },
): void {
  const { reports, doc } = deps;
  /** The report named by the path, if the caller may read it: published, or a reader key. */
  const readable = async (c: Context<AppEnv>) => {
    const id = parseWith(ReportId, c.req.param('id'), 'report id');
    const r = await (await reports()).get(id);
    if (r === null || (!r.summary.published && !hasAtLeast(c, 'reader'))) {
      throw new AppError('NOT_FOUND', 'no such report'); // unpublished ones are not disclosed
    }
    return r;
  };

  doc.route({
    method: 'post',
    path: '/v1/reports',
    summary: 'Submit a report: its indicators and relations are extracted and stored',
    access: 'analyst',
    body: ReportBody,
    rawBody: ['text/plain', 'text/html', 'application/pdf'],
    query: ReportUploadQuery,
  });
  app.post('/v1/reports', async (c) => {
    const who = requireRole(c, 'analyst');
    const service = await reports();
    let submission: ReportSubmission;
    if (isJsonBody(c)) {
      const b = parseWith(ReportBody, await readJson(c), 'request body');
      submission = {
        bytes: new TextEncoder().encode(b.text),
        ...(b.title ? { title: b.title } : {}),
        source: b.source ?? `api:${who.name}`,
        published: b.published ?? false,
        tags: b.tags ?? [],
      };
    } else {
      const q = parseWith(ReportUploadQuery, c.req.query(), 'query');
      const bytes = await readBodyBytes(c);
      if (bytes.length === 0) throw new AppError('INPUT_INVALID', 'the report is empty');
      submission = {
        bytes,
        ...(q.title ? { title: q.title } : {}),
        source: q.source ?? `api:${who.name}`,
        published: q.published ?? false,
        tags: q.tags ?? [],
      };
    }
    const result = await service.ingest(submission);
    return c.json(
      { ...result, relations: result.relations.map(toRelationView) },
      result.created ? 201 : 200,
    );
  });

  doc.route({
    method: 'get',
    path: '/v1/reports',
    summary: 'List reports, newest first (without a key: published only)',
    access: 'published-or-reader',
    query: ReportListQuery,
  });
  app.get('/v1/reports', async (c) => {
    const q = parseWith(ReportListQuery, c.req.query(), 'query');
    const published = hasAtLeast(c, 'reader') ? q.published : true;
    const list = await (await reports()).list({
      limit: q.limit ?? 50,
      ...(published === undefined ? {} : { published }),
      ...(q.before === undefined ? {} : { beforeMs: q.before }),
    });
    return c.json({ reports: list });
  });

  doc.route({
    method: 'get',
    path: '/v1/reports/:id',
    summary: 'A report with its indicators, notes and votes',
    access: 'published-or-reader',
  });
  app.get('/v1/reports/:id', async (c) => {
    const r = await readable(c);
    const notes = await deps.notes();
    const subject = { kind: 'report', id: r.id } as const;
    const [noteList, votes] = await Promise.all([notes.listNotes(subject), notes.tally(subject)]);
    return c.json({
      id: r.id,
      title: r.title,
      source: r.source,
      content: r.content,
      ingestedAtMs: r.ingestedAtMs,
      published: r.summary.published,
      tags: r.summary.tags,
      indicators: r.indicators,
      relations: r.relations,
      notes: noteList,
      votes,
    });
  });

  doc.route({
    method: 'post',
    path: '/v1/reports/:id/publish',
    summary: 'Publish or withdraw a report',
    access: 'analyst',
    body: PublishBody,
  });
  app.post('/v1/reports/:id/publish', async (c) => {
    requireRole(c, 'analyst');
    const id = parseWith(ReportId, c.req.param('id'), 'report id');
    const body = parseWith(PublishBody, await readJson(c), 'request body');
    if (!(await (await reports()).setPublished(id, body.published))) {
      throw new AppError('NOT_FOUND', 'no such report');
    }
    return c.json({ id, published: body.published });
  });

  mountNoteRoutes(app, {
    kind: 'report',
    base: '/v1/reports/:id',
    notes: deps.notes,
    doc,
    subjectOf: async (c) => ({ kind: 'report', id: (await readable(c)).id }),
  });
}
