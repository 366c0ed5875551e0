/**
 * The Hono application: request ids, access (keys, roles, rate limits), body limits, secure headers,
 * problem+json errors, and one route file per capability. No listening here (main.ts does that), so
 * tests drive it with app.request().
 */
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { Logger } from 'pino';
import type { AlertFeed } from '../services/alert-feed.js';
import type { AuthService } from '../services/auth.js';
import type { GoService } from '../services/go.js';
import type { IndicatorsService } from '../services/indicators.js';
import type { IocService } from '../services/ioc.js';
import type { NotesService } from '../services/notes.js';
import type { ReportsService } from '../services/reports.js';
import type { TrackService } from '../services/track.js';
import { createKeyResolver, identify, rateLimit } from './auth.js';
import { mountDocRoutes } from './docs.js';
import { problem, problemOf } from './errors.js';
import { mountGoRoutes } from './go.js';
import { mountIndicatorRoutes } from './indicators.js';
import { mountIocRoutes } from './ioc.js';
import { mountKeyRoutes } from './keys.js';
import { createApiDoc } from './openapi.js';
import { mountReportRoutes } from './reports.js';
import { type ClassifySmsBody, mountSmsRoutes } from './sms.js';
import type { AppEnv } from './types.js';
import { mountWatchRoutes } from './watches.js';
import { mountWebRoutes, type WebFiles } from './web.js';
import { headerOf } from './validate.js';

/** The services that live on the knowledge base (opened once, shared by every request). */
export interface KbServices {
  readonly auth: AuthService;
  readonly reports: ReportsService;
  readonly indicators: IndicatorsService;
  readonly notes: NotesService;
  readonly track: TrackService;
  readonly go: GoService;
  readonly alertFeed: AlertFeed;
}

export interface HttpDeps {
  /** SMS classification of a request body: in process, or on the server's worker threads. */
  readonly classifySmsBody: ClassifySmsBody;
  readonly ioc: IocService;
  readonly kb: () => Promise<KbServices>;
  readonly logger: Logger;
  readonly version: string;
  readonly bodyLimitBytes: number;
  /** Requests a minute per key (or per address without one); 0 turns limiting off. */
  readonly rateLimitPerMinute: number;
  /** Origins allowed to call the API from a browser; none by default (no CORS headers). */
  readonly corsOrigins: readonly string[];
  readonly webFiles: WebFiles;
  readonly newRequestId: () => string;
  readonly now: () => number;
  /** False while starting or draining: /readyz answers 503. */
  readonly isReady: () => boolean;
  /** Aborted at shutdown: long-lived streams end so the server can drain. */
  readonly shutdown: AbortSignal;
}

/**
 * Secure headers for pages and everything else (those of hono/secure-headers, set up front). The
 * CSP allows nothing; the server-rendered pages (/go, /docs) need their inline style; the web UI's
 * route sends its own, stricter-for-scripts policy.
 */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  [
    'content-security-policy',
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  ],
  ['cross-origin-opener-policy', 'same-origin'],
  ['cross-origin-resource-policy', 'same-origin'],
  ['origin-agent-cluster', '?1'],
  ['referrer-policy', 'no-referrer'],
  ['strict-transport-security', 'max-age=15552000; includeSubDomains'],
  ['x-content-type-options', 'nosniff'],
  ['x-dns-prefetch-control', 'off'],
  ['x-download-options', 'noopen'],
  ['x-frame-options', 'DENY'],
  ['x-permitted-cross-domain-policies', 'none'],
  ['x-xss-protection', '0'],
];

/**
 * Secure headers for the API's answers (JSON, STIX, SSE, CSV: never a page), as the OWASP REST
 * Security Cheat Sheet lists them: no caching of verdicts and indicators, no framing, no sniffing,
 * HTTPS only. The rest of the set above only acts on HTML a browser renders; leaving it off the
 * API takes 7 of 13 header lines off every answer (measured on /v1/sms/classify: see
 * bench/http.bench.ts). A route may still send its own (SSE's cache-control wins).
 */
export const API_SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['cache-control', 'no-store'],
  ['content-security-policy', "default-src 'none'; frame-ancestors 'none'"],
  ['referrer-policy', 'no-referrer'],
  ['strict-transport-security', 'max-age=15552000; includeSubDomains'],
  ['x-content-type-options', 'nosniff'],
  ['x-frame-options', 'DENY'],
];

/** True for a request target of the API (`/v1/…`, health, readiness, the OpenAPI document). */
function isApiTarget(target: string): boolean {
  if (target.startsWith('/v1/')) return true;
  const q = target.indexOf('?');
  const path = q < 0 ? target : target.slice(0, q);
  return path === '/healthz' || path === '/readyz' || path === '/openapi.json';
}

/** The secure headers for a request target (path and query). */
export function securityHeadersFor(target: string): readonly (readonly [string, string])[] {
  return isApiTarget(target) ? API_SECURITY_HEADERS : SECURITY_HEADERS;
}

/** Builds the HTTP app for the given services. */
export function createHttpApp(deps: HttpDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const doc = createApiDoc({ version: deps.version });
  let auth: ReturnType<typeof createKeyResolver> | undefined;
  const keys = {
    resolve: async (key: string) => {
      auth ??= createKeyResolver((await deps.kb()).auth, deps.now);
      return auth.resolve(key);
    },
    forget: () => auth?.forget(),
  };
  const kb =
    <K extends keyof KbServices>(k: K) =>
    async (): Promise<KbServices[K]> =>
      (await deps.kb())[k];

  const limit = deps.bodyLimitBytes;
  // Every header is set before the handler runs: a header set on a finished response makes
  // @hono/node-server rebuild it as a stream (measured: half the throughput of /v1/sms/classify).
  app.use('*', async (c, next) => {
    const started = performance.now();
    const requestId = deps.newRequestId();
    c.set('requestId', requestId);
    c.set('bodyLimitBytes', limit);
    // On a Node socket the headers go on the Node response (createNodeServer() has set the
    // security headers already): each c.header is a WHATWG Headers.set, and a route answering
    // with Hono's prepared Headers makes the adapter copy them all again (measured: 12-15% of a
    // small request). Under app.request() (tests) there is no Node response: set them here.
    const outgoing = c.env?.outgoing;
    if (outgoing !== undefined) {
      outgoing.setHeader('x-request-id', requestId);
    } else {
      c.header('x-request-id', requestId);
      for (const [name, value] of securityHeadersFor(new URL(c.req.url).pathname))
        c.header(name, value);
    }
    const declared = Number(headerOf(c, 'content-length') ?? 0);
    if (declared > limit) return problem(c, 'INPUT_TOO_LARGE', `body exceeds ${limit} bytes`);
    await next();
    if (deps.logger.isLevelEnabled('info')) {
      const durationMs = Math.round((performance.now() - started) * 10) / 10;
      deps.logger.info(
        {
          reqId: requestId,
          method: c.req.method,
          path: c.req.path,
          status: c.res.status,
          durationMs,
        },
        'request',
      );
    }
    return undefined;
  });
  if (deps.corsOrigins.length > 0) {
    app.use(
      '*',
      cors({
        origin: [...deps.corsOrigins],
        allowHeaders: ['authorization', 'content-type', 'x-api-key'],
      }),
    );
  }
  app.use('/v1/*', identify(keys));
  app.use('/go', identify(keys));
  app.use('/v1/*', rateLimit(deps.rateLimitPerMinute, deps.now));
  app.use('/go', rateLimit(deps.rateLimitPerMinute, deps.now));
  app.onError((e, c) => {
    const res = problemOf(c, e);
    if (res.status >= 500)
      deps.logger.error({ err: e, reqId: c.get('requestId') }, 'request failed');
    return res;
  });
  app.notFound((c) => problem(c, 'NOT_FOUND', `no route for ${c.req.method} ${c.req.path}`));

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', (c) =>
    deps.isReady() ? c.json({ status: 'ready' }) : c.json({ status: 'not ready' }, 503),
  );
  mountSmsRoutes(app, deps.classifySmsBody, doc);
  mountIocRoutes(app, deps.ioc, doc);
  mountReportRoutes(app, { reports: kb('reports'), notes: kb('notes'), doc });
  mountIndicatorRoutes(app, { indicators: kb('indicators'), notes: kb('notes'), doc });
  mountWatchRoutes(app, {
    track: kb('track'),
    alertFeed: kb('alertFeed'),
    doc,
    shutdown: deps.shutdown,
  });
  mountKeyRoutes(app, { auth: kb('auth'), onRevoke: keys.forget, doc });
  mountGoRoutes(app, kb('go'), doc);
  mountDocRoutes(app, doc);
  mountWebRoutes(app, deps.webFiles);
  return app;
}
