/**
 * The web UI's files, read once from the built directory into memory at start-up. A request is
 * answered only when its path is exactly one of those files: no path is ever joined onto the
 * file system, so traversal (`..`, encoded or not) has nothing to reach.
 */
import type { Hono } from 'hono';
import { escapeHtml, page } from './html.js';
import type { AppEnv } from './types.js';

export interface WebFile {
  readonly bytes: Uint8Array;
  readonly contentType: string;
}

/** Files by URL path (`/index.html`, `/assets/x.js`); empty when the UI is not built. */
export type WebFiles = ReadonlyMap<string, WebFile>;

const UI_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Mounts `/` and the UI assets. */
export function mountWebRoutes(app: Hono<AppEnv>, files: WebFiles): void {
  const serveFile = (path: string) => files.get(path) ?? null;
  app.get('/', (c) => {
    const index = serveFile('/index.html');
    if (index === null) {
      return c.html(
        page(
          'Tocsin',
          `<h1>Tocsin</h1><p>The web UI is not built in this checkout: run <code>npm run build:web</code> (npm start does it). The API is here: <a href="/docs">${escapeHtml('/docs')}</a>.</p>`,
        ),
      );
    }
    return c.body(index.bytes.slice().buffer, 200, {
      'content-type': index.contentType,
      'content-security-policy': UI_CSP,
      'cache-control': 'no-cache',
    });
  });
  app.get('/assets/*', (c) => {
    const f = serveFile(c.req.path);
    if (f === null) return c.notFound();
    return c.body(f.bytes.slice().buffer, 200, {
      'content-type': f.contentType,
      'cache-control': 'public, max-age=31536000, immutable',
    });
  });
}
