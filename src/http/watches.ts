/** Watch list, DNS history (JSON or passive-DNS COF), alerts and their live Server-Sent Events stream. */
import type { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { Alert } from '../core/kb/types.js';
import { AppError } from '../core/shared/app-error.js';
import { MAX_INTERVAL_SECONDS, MIN_INTERVAL_SECONDS } from '../core/track/parse-interval.js';
import { toCofRecords } from '../core/track/to-cof.js';
import type { AlertFeed } from '../services/alert-feed.js';
import type { TrackService } from '../services/track.js';
import { requireRole } from './auth.js';
import type { ApiDoc } from './openapi.js';
import type { AppEnv } from './types.js';
import { parseWith, readJson } from './validate.js';

const Domain = z.string().trim().min(1).max(300);
export const WatchBody = z
  .object({
    domain: Domain.optional(),
    domains: z.array(Domain).min(1).max(10_000).optional(),
    intervalSeconds: z
      .number()
      .int()
      .min(MIN_INTERVAL_SECONDS)
      .max(MAX_INTERVAL_SECONDS)
      .optional(),
    webhookUrl: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
  })
  .strict()
  .refine((b) => (b.domain === undefined) !== (b.domains === undefined), {
    message: 'give either domain or domains',
  });

const HistoryQuery = z.object({ format: z.enum(['json', 'cof']).optional() });
const AlertsQuery = z.object({
  since: z.iso
    .datetime({ offset: true })
    .transform((s) => Date.parse(s))
    .optional(),
});
/** A comment line keeps idle SSE connections (and proxies) from timing out. */
const HEARTBEAT_MS = 15_000;

function toAlertView(a: Alert) {
  return {
    id: a.id,
    domain: a.domain,
    createdAtMs: a.createdAtMs,
    sentence: a.sentence,
    payload: a.payload,
  };
}

/** Mounts the tracking routes. */
export function mountWatchRoutes(
  app: Hono<AppEnv>,
  deps: {
    readonly track: () => Promise<TrackService>;
    readonly alertFeed: () => Promise<AlertFeed>;
    readonly doc: ApiDoc;
    /** Aborted at shutdown: open streams end so the server can drain. */
    readonly shutdown: AbortSignal;
  },
): void {
  const { track, doc } = deps;
  doc.route({
    method: 'get',
    path: '/v1/watches',
    summary: 'Watched domains with their interval and state',
    access: 'reader',
  });
  app.get('/v1/watches', async (c) => {
    requireRole(c, 'reader');
    return c.json({ watches: await (await track()).listWatches() });
  });

  doc.route({
    method: 'post',
    path: '/v1/watches',
    summary: 'Watch domains (bad entries are reported, good ones added)',
    access: 'analyst',
    body: WatchBody,
  });
  app.post('/v1/watches', async (c) => {
    requireRole(c, 'analyst');
    const b = parseWith(WatchBody, await readJson(c), 'request body');
    const entries = b.domains ?? (b.domain === undefined ? [] : [b.domain]);
    const r = await (await track()).addWatches(entries, {
      intervalSeconds: b.intervalSeconds ?? 600,
      webhookUrl: b.webhookUrl ?? null,
    });
    const rejected = r.rejected.map((e) => ({ code: e.code, message: e.message }));
    return c.json({ added: r.added, rejected }, r.added.length > 0 ? 201 : 400);
  });

  doc.route({
    method: 'delete',
    path: '/v1/watches/:domain',
    summary: 'Stop watching a domain (its history is kept)',
    access: 'analyst',
  });
  app.delete('/v1/watches/:domain', async (c) => {
    requireRole(c, 'analyst');
    const domain = parseWith(Domain, c.req.param('domain'), 'domain');
    const removed = await (await track()).removeWatches([domain]);
    if (removed === 0) throw new AppError('NOT_FOUND', 'that domain is not watched');
    return c.json({ removed });
  });

  doc.route({
    method: 'get',
    path: '/v1/watches/:domain/history',
    summary: 'Resolution history: JSON rows, or passive-DNS COF (NDJSON)',
    access: 'reader',
    query: HistoryQuery,
  });
  app.get('/v1/watches/:domain/history', async (c) => {
    requireRole(c, 'reader');
    const q = parseWith(HistoryQuery, c.req.query(), 'query');
    const domain = parseWith(Domain, c.req.param('domain'), 'domain').toLowerCase();
    const rows = await (await track()).history(domain);
    if (q.format === 'cof') {
      const body = toCofRecords(rows)
        .map((r) => `${JSON.stringify(r)}\n`)
        .join('');
      return c.body(body, 200, { 'content-type': 'application/x-ndjson' });
    }
    return c.json({ history: rows });
  });

  doc.route({
    method: 'get',
    path: '/v1/alerts',
    summary: 'Alerts, newest first',
    access: 'reader',
    query: AlertsQuery,
  });
  app.get('/v1/alerts', async (c) => {
    requireRole(c, 'reader');
    const q = parseWith(AlertsQuery, c.req.query(), 'query');
    const alerts = await (await track()).alerts(q.since === undefined ? {} : { sinceMs: q.since });
    return c.json({ alerts: alerts.map(toAlertView) });
  });

  doc.route({
    method: 'get',
    path: '/v1/alerts/stream',
    summary: 'New alerts as Server-Sent Events (event: alert)',
    access: 'reader',
    produces: 'text/event-stream',
  });
  app.get('/v1/alerts/stream', async (c) => {
    requireRole(c, 'reader');
    const feed = await deps.alertFeed();
    return streamSSE(c, async (stream) => {
      const queue: Alert[] = [];
      let closed = false;
      let wake = (): void => undefined;
      const stop = (): void => {
        closed = true;
        wake();
      };
      stream.onAbort(stop);
      // Removed in finally: clients come and go, the server's shutdown signal stays.
      deps.shutdown.addEventListener('abort', stop, { once: true });
      if (deps.shutdown.aborted) stop();
      const unsubscribe = await feed.subscribe((a) => {
        queue.push(a);
        wake();
      });
      try {
        await stream.writeSSE({ event: 'ready', data: '{}' });
        while (!closed) {
          for (let a = queue.shift(); a !== undefined; a = queue.shift()) {
            await stream.writeSSE({
              event: 'alert',
              id: String(a.id),
              data: JSON.stringify(toAlertView(a)),
            });
          }
          // An alert that arrived during the writes above is sent now, not after a heartbeat.
          if (queue.length > 0 || closed) continue;
          await new Promise<void>((resolve) => {
            wake = resolve;
            setTimeout(resolve, HEARTBEAT_MS).unref();
          });
          if (!closed && queue.length === 0) await stream.write(': keep-alive\n\n');
        }
      } finally {
        unsubscribe();
        deps.shutdown.removeEventListener('abort', stop);
      }
    });
  });
}
