/**
 * The Hono application: request ids, body limits, secure headers, problem+json errors, and one
 * route file per capability. No listening here (main.ts does that), so tests use app.request().
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from 'pino';
import type { SmsService } from '../services/sms.js';
import { problem, problemOf } from './errors.js';
import { mountSmsRoutes } from './sms.js';
import type { AppEnv } from './types.js';

export interface HttpDeps {
  readonly sms: SmsService;
  readonly logger: Logger;
  readonly bodyLimitBytes: number;
  readonly newRequestId: () => string;
  /** False while starting or draining: /readyz answers 503. */
  readonly isReady: () => boolean;
}

/** Builds the HTTP app for the given services. */
export function createHttpApp(deps: HttpDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('requestId', deps.newRequestId());
    await next();
    c.header('x-request-id', c.get('requestId'));
  });
  app.use('*', secureHeaders());
  app.use(
    '*',
    bodyLimit({
      maxSize: deps.bodyLimitBytes,
      onError: (c) => problem(c, 'INPUT_TOO_LARGE', `body exceeds ${deps.bodyLimitBytes} bytes`),
    }),
  );
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
  mountSmsRoutes(app, deps.sms);
  return app;
}
