/** Reader views: published reports, one report with its indicators, notes and votes. */
import { callApi } from '../api.js';
import { type Child, formatTime, h, replaceChildren } from '../dom.js';
import { toRelationRows } from '../relations.js';
import { type Report as ReportT, Report, Reports } from '../schemas.js';
import {
  failureText,
  page,
  routeHref,
  setStatus,
  statusLine,
  table,
  type View,
  type ViewContext,
} from '../view.js';
import { notesBox, votesBox } from './discussion.js';

/** `#/reports` (the list) or `#/reports/<id>` (one report). */
export function reportsView(ctx: ViewContext): View {
  const [id] = ctx.params;
  return id ? reportView(ctx, id) : listView(ctx);
}

function meta(ctx: ViewContext, rep: ReportT): HTMLElement {
  const { t } = ctx;
  const count = rep.indicatorCount ?? rep.indicators?.length;
  return h(
    'p',
    { class: 'meta' },
    `${t('reportIngested')} ${formatTime(rep.ingestedAtMs)}`,
    rep.source ? ` · ${t('source')}: ${rep.source}` : '',
    count !== undefined ? ` · ${t('iocTable')}: ${count}` : '',
    rep.published === false ? ` · ${t('unpublished')}` : '',
    ...(rep.tags ?? []).flatMap((tag) => [' ', h('span', { class: 'tag' }, tag)]),
  );
}

function listView(ctx: ViewContext): View {
  const { t } = ctx;
  const status = statusLine('reports-status');
  const list = h('ul', { class: 'report-list', 'data-testid': 'reports' });
  setStatus(status, t('loading'), 'busy');
  void (async () => {
    const r = await callApi({ path: '/v1/reports?published=true', schema: Reports });
    if (!r.ok) return setStatus(status, failureText(t, r.error), 'error');
    setStatus(status, r.value.length === 0 ? t('empty') : '');
    replaceChildren(
      list,
      ...r.value.map((rep) =>
        h(
          'li',
          { class: 'card' },
          h('h2', {}, h('a', { href: routeHref('reports', rep.id) }, rep.title || rep.id)),
          meta(ctx, rep),
        ),
      ),
    );
  })();
  return { el: page(t('reportsTitle'), t('reportsIntro'), status, list) };
}

/** The protected-redirect link for a URL (server-rendered interstitial at /go). */
function protectedLink(label: string, url: string): HTMLAnchorElement {
  return h(
    'a',
    { href: `/go?url=${encodeURIComponent(url)}`, rel: 'noopener noreferrer', class: 'protected' },
    label,
  );
}

function isHttpUrl(s: string): boolean {
  return /^https?:\/\/[^/\s]/i.test(s);
}

function indicatorRows(ctx: ViewContext, rep: ReportT): Child[][] {
  return (rep.indicators ?? []).map((i) => [
    i.type,
    h('a', { href: routeHref('indicators', i.type, i.value) }, i.value),
    // Links in a report are never opened directly: the interstitial says what is known first.
    i.type === 'url' && isHttpUrl(i.value) ? protectedLink(ctx.t('protectedOpen'), i.value) : '',
  ]);
}

function renderReport(ctx: ViewContext, base: string, rep: ReportT): Child[] {
  const { t } = ctx;
  const link = (type: string, value: string): HTMLElement =>
    h('a', { href: routeHref('indicators', type, value) }, value);
  const url = rep.url ?? (rep.source && isHttpUrl(rep.source) ? rep.source : null);
  const relations = toRelationRows(rep.relations);
  return [
    meta(ctx, rep),
    url ? h('p', {}, protectedLink(t('protectedLink'), url)) : null,
    rep.content
      ? h('div', { class: 'card report-content', 'data-testid': 'report-content' }, rep.content)
      : null,
    h(
      'div',
      { class: 'card' },
      table(
        t('iocTable'),
        [t('iocType'), t('iocValue'), t('protectedColumn')],
        indicatorRows(ctx, rep),
        'report-iocs',
      ),
    ),
    relations.length > 0
      ? h(
          'div',
          { class: 'card' },
          table(
            t('relations'),
            [t('iocValue'), t('relation'), t('iocValue')],
            relations.map((r) => [
              link(r.from.type, r.from.value),
              r.kind,
              link(r.to.type, r.to.value),
            ]),
            'report-relations',
          ),
        )
      : null,
    votesBox(ctx, base, rep.votes),
    notesBox(ctx, base, rep.notes),
  ];
}

function reportView(ctx: ViewContext, id: string): View {
  const { t } = ctx;
  const status = statusLine('report-status');
  const body = h('div', { 'data-testid': 'report' });
  const el = page(
    t('reportContent'),
    null,
    h('p', {}, h('a', { href: routeHref('reports') }, t('backToReports'))),
    status,
    body,
  );
  const base = `/v1/reports/${encodeURIComponent(id)}`;
  setStatus(status, t('loading'), 'busy');
  void (async () => {
    const r = await callApi({ path: base, schema: Report, itemLookup: true });
    if (!r.ok) return setStatus(status, failureText(t, r.error), 'error');
    setStatus(status, '');
    const heading = el.querySelector('h1');
    if (heading) heading.textContent = r.value.title || r.value.id;
    replaceChildren(body, ...renderReport(ctx, base, r.value));
  })();
  return { el };
}
