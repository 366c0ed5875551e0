/** /openapi.json and /docs: the contract, and a page that lists it for people (no script, no CDN). */
import type { Hono } from 'hono';
import { escapeHtml, page } from './html.js';
import type { ApiDoc } from './openapi.js';
import type { AppEnv } from './types.js';

/** Mounts the API description routes. */
export function mountDocRoutes(app: Hono<AppEnv>, doc: ApiDoc): void {
  app.get('/openapi.json', (c) => c.json(doc.document()));
  app.get('/docs', (c) => {
    const rows = [...doc.routes()]
      .sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method))
      .map(
        (r) =>
          `<tr><td><code>${escapeHtml(r.method.toUpperCase())}</code></td><td><code>${escapeHtml(r.path)}</code></td><td>${escapeHtml(r.summary)}</td><td>${escapeHtml(r.access)}</td></tr>`,
      )
      .join('\n');
    return c.html(
      page(
        'Tocsin API',
        `<h1>Tocsin HTTP API</h1>
<p>The machine-readable contract is <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Send keys as
<code>Authorization: Bearer tocsin_…</code>. Errors are <code>application/problem+json</code> with
<code>code</code> and <code>requestId</code>.</p>
<table><thead><tr><th>method</th><th>path</th><th>what</th><th>access</th></tr></thead><tbody>
${rows}
</tbody></table>`,
      ),
    );
  });
}
