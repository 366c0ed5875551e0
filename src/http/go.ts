/**
 * GET /go?url=…: the protected redirect. An interstitial page says what Tocsin knows of the link
 * and asks before continuing; the server never fetches the URL and never redirects by itself, so
 * it cannot be used as an open redirect. Only absolute http(s) links are shown as a way on.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import type { GoService, LinkAssessment, LinkFinding } from '../services/go.js';
import { escapeHtml, page } from './html.js';
import type { ApiDoc } from './openapi.js';
import type { AppEnv } from './types.js';
import { headerOf, parseWith } from './validate.js';

const GoQuery = z.object({
  url: z.string().max(4096),
  format: z.enum(['html', 'json']).optional(),
});

const HEADLINE: Readonly<
  Record<LinkAssessment['verdict'], { cls: string; en: string; zh: string }>
> = {
  official: { cls: 'official', en: 'Official site', zh: '官方网站' },
  'known-bad': {
    cls: 'danger',
    en: 'Known bad: reported in threat intelligence',
    zh: '已知恶意链接',
  },
  lookalike: { cls: 'danger', en: 'Lookalike: imitates an official site', zh: '仿冒网站' },
  watched: { cls: 'danger', en: 'Watched: this domain is tracked by analysts', zh: '受监控的域名' },
  unknown: { cls: 'unknown', en: 'Unknown: Tocsin knows nothing of this site', zh: '未知网站' },
};

function findingText(f: LinkFinding): string {
  switch (f.kind) {
    case 'official':
      return `${f.domain} is an official domain of ${f.brand}.`;
    case 'lookalike':
      return `Looks like ${f.brand} (${f.how}: "${f.mark}") but is not one of its official domains.`;
    case 'known':
      return `${f.indicator.type} ${f.indicator.value} is in the knowledge base: ${f.reports} report(s), ${f.sightings} sighting(s).`;
    case 'watched':
      return `${f.domain} is on the watch list.`;
    default:
      return String(f satisfies never);
  }
}

function renderGo(a: LinkAssessment): string {
  const h = HEADLINE[a.verdict];
  const items = a.findings.map((f) => `<li>${escapeHtml(findingText(f))}</li>`).join('');
  const caution = a.verdict === 'official' ? '' : ' Only continue if you trust it.';
  return page(
    'Before you leave — Tocsin',
    `<h1>You are about to leave for an outside link</h1>
<p><code>${escapeHtml(a.href)}</code></p>
<div class="verdict ${h.cls}" role="status" data-verdict="${escapeHtml(a.verdict)}">
<strong>${escapeHtml(h.en)}</strong> · <span lang="zh">${escapeHtml(h.zh)}</span>
${items ? `<ul>${items}</ul>` : ''}
<p>Tocsin did not open this link.${escapeHtml(caution)}</p></div>
<p><a class="button" id="continue" href="${escapeHtml(a.href)}" rel="noopener noreferrer nofollow">Continue to ${escapeHtml(a.host)}</a>
<a class="button" href="/">Go back</a></p>`,
  );
}

function renderRefused(why: string): string {
  return page(
    'Link refused — Tocsin',
    `<h1>This link cannot be opened from here</h1>
<div class="verdict danger" role="alert" data-verdict="refused"><p>${escapeHtml(why)}.</p>
<p>Tocsin only forwards full <code>http://</code> or <code>https://</code> links, and only after you confirm.</p></div>
<p><a class="button" href="/">Go back</a></p>`,
  );
}

/** Mounts /go. */
export function mountGoRoutes(app: Hono<AppEnv>, go: () => Promise<GoService>, doc: ApiDoc): void {
  doc.route({
    method: 'get',
    path: '/go',
    summary: 'Protected redirect: what Tocsin knows of a link, before following it',
    access: 'anyone',
    query: GoQuery,
    produces: 'text/html',
  });
  app.get('/go', async (c) => {
    const q = parseWith(GoQuery, c.req.query(), 'query');
    const r = await (await go()).assess(q.url);
    if (!r.ok) {
      // A person followed this link: they get a page; scripts (format=json, Accept JSON) a problem.
      const wantsHtml = q.format !== 'json' && (headerOf(c, 'accept') ?? '').includes('text/html');
      if (!wantsHtml) throw r.error;
      return c.html(renderRefused(r.error.message), 400);
    }
    if (q.format === 'json') return c.json(r.value);
    return c.html(renderGo(r.value));
  });
}
