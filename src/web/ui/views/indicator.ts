/** Analyst view: one indicator with its enrichment, sightings and resolution history timeline. */
import { callApi } from '../api.js';
import { type Child, field, formatTime, h, replaceChildren } from '../dom.js';
import { toRelationRows } from '../relations.js';
import {
  type Enrichment,
  Enrichment as EnrichmentSchema,
  History,
  IndicatorDetail,
  type ResolutionRow,
} from '../schemas.js';
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

/** Guesses the type of a typed-in indicator, for the `/v1/indicators/{type}/{value}` path. */
export function guessType(value: string): string {
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(value)) return 'ipv4';
  if (value.includes(':') && /^[\da-f:.]+$/i.test(value)) return 'ipv6';
  if (/^as\d{1,10}$/i.test(value)) return 'asn';
  if (/^[a-z][a-z\d+.-]{0,20}:\/\//i.test(value)) return 'url';
  if (value.includes('@')) return 'email';
  return 'domain';
}

/** `#/indicators` (a search box) or `#/indicators/<type>/<value>` (the indicator's page). */
export function indicatorView(ctx: ViewContext): View {
  const { t } = ctx;
  const [type, value] = ctx.params;
  const input = h('input', {
    id: 'indicator-value',
    name: 'indicator',
    required: true,
    value: value ?? '',
    autocomplete: 'off',
  });
  const form = h(
    'form',
    { class: 'card', role: 'search', 'aria-label': t('indicatorTitle') },
    field(t('indicatorInput'), input),
    h('button', { type: 'submit' }, t('indicatorSubmit')),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const v = input.value.trim();
    if (v) location.hash = routeHref('indicators', guessType(v), v);
  });
  const body = h('div', { class: 'result' });
  const el = page(
    value ? `${t('indicatorTitle')}: ${value}` : t('indicatorTitle'),
    t('indicatorIntro'),
    form,
    body,
  );
  if (type && value) void load(ctx, type, value, body);
  return { el };
}

async function load(
  ctx: ViewContext,
  type: string,
  value: string,
  body: HTMLElement,
): Promise<void> {
  const { t } = ctx;
  const enrichStatus = statusLine('enrich-status');
  const enrichBox = h('div', { 'data-testid': 'enrichment' });
  const kbStatus = statusLine('kb-status');
  const kbBox = h('div', { 'data-testid': 'sightings' });
  const histStatus = statusLine('history-status');
  const histBox = h('div', { 'data-testid': 'history' });
  replaceChildren(
    body,
    h('section', { class: 'card' }, h('h2', {}, t('enrichment')), enrichStatus, enrichBox),
    h('section', { class: 'card' }, h('h2', {}, t('sightings')), kbStatus, kbBox),
    h('section', { class: 'card' }, h('h2', {}, t('history')), histStatus, histBox),
  );
  setStatus(enrichStatus, t('loading'), 'busy');
  setStatus(kbStatus, t('loading'), 'busy');
  const enrichable = type === 'domain' || type === 'ipv4' || type === 'ipv6';
  const [enrichment, detail, history] = await Promise.all([
    enrichable
      ? callApi({
          path: `/v1/enrich/${encodeURIComponent(value)}`,
          schema: EnrichmentSchema,
          itemLookup: true,
        })
      : null,
    callApi({
      path: `/v1/indicators/${encodeURIComponent(type)}/${encodeURIComponent(value)}`,
      schema: IndicatorDetail,
      itemLookup: true,
    }),
    type === 'domain'
      ? callApi({
          path: `/v1/watches/${encodeURIComponent(value)}/history`,
          schema: History,
          itemLookup: true,
        })
      : null,
  ]);
  if (!enrichment) setStatus(enrichStatus, t('none'));
  else if (!enrichment.ok) setStatus(enrichStatus, failureText(t, enrichment.error), 'error');
  else {
    setStatus(enrichStatus, '');
    replaceChildren(enrichBox, renderEnrichment(ctx, enrichment.value));
  }
  if (!detail.ok) setStatus(kbStatus, failureText(t, detail.error), 'error');
  else {
    const sightings = detail.value.sightings ?? [];
    setStatus(
      kbStatus,
      `${t('firstSeen')} ${formatTime(detail.value.firstSeenMs)} · ${t('lastSeen')} ${formatTime(detail.value.lastSeenMs)}`,
    );
    replaceChildren(
      kbBox,
      table(
        t('sightings'),
        [t('source'), t('firstSeen'), t('lastSeen'), t('count')],
        sightings.map((s) => [
          s.source,
          formatTime(s.firstSeenMs),
          formatTime(s.lastSeenMs),
          s.count ?? '',
        ]),
      ),
      ...knowledge(ctx, detail.value),
    );
    const base = `/v1/indicators/${encodeURIComponent(type)}/${encodeURIComponent(value)}`;
    body.append(votesBox(ctx, base), notesBox(ctx, base));
  }
  const rows = history?.ok ? history.value : ((detail.ok ? detail.value.history : undefined) ?? []);
  if (history && !history.ok && rows.length === 0)
    setStatus(histStatus, failureText(t, history.error), 'error');
  else if (rows.length === 0) setStatus(histStatus, t('empty'));
  else {
    setStatus(histStatus, '');
    replaceChildren(histBox, timeline(ctx, rows));
  }
}

/** What the knowledge base links the indicator to: tags, relations, the reports naming it. */
function knowledge(ctx: ViewContext, d: IndicatorDetail): Child[] {
  const { t } = ctx;
  const link = (type: string, value: string): HTMLElement =>
    h('a', { href: routeHref('indicators', type, value) }, value);
  const relations = toRelationRows(d.relations);
  const reports = d.reports ?? [];
  return [
    (d.tags ?? []).length > 0
      ? h('p', {}, ...(d.tags ?? []).flatMap((tag) => [h('span', { class: 'tag' }, tag), ' ']))
      : null,
    relations.length > 0
      ? table(
          t('relations'),
          [t('iocValue'), t('relation'), t('iocValue'), t('source')],
          relations.map((r) => [
            link(r.from.type, r.from.value),
            r.kind,
            link(r.to.type, r.to.value),
            r.note,
          ]),
          'indicator-relations',
        )
      : null,
    reports.length > 0
      ? h(
          'div',
          {},
          h('h3', {}, t('navReports')),
          h(
            'ul',
            { 'data-testid': 'indicator-reports' },
            ...reports.map((r) =>
              h('li', {}, h('a', { href: routeHref('reports', r.id) }, r.title || r.id)),
            ),
          ),
        )
      : null,
  ];
}

/** History rows as an ordered timeline, oldest first. */
export function timeline(ctx: ViewContext, rows: readonly ResolutionRow[]): HTMLElement {
  const sorted = [...rows].sort((a, b) => (a.firstSeenMs ?? 0) - (b.firstSeenMs ?? 0));
  return h(
    'ol',
    { class: 'timeline', 'aria-label': ctx.t('timeline') },
    ...sorted.map((r) =>
      h(
        'li',
        {},
        h('time', {}, formatTime(r.firstSeenMs)),
        ' → ',
        h('time', {}, formatTime(r.lastSeenMs)),
        ' ',
        h('code', {}, `${r.rrtype ?? ''} ${r.rdata ?? ''}`.trim()),
        r.state && r.state !== 'ok' ? h('span', { class: 'badge' }, r.state) : null,
        r.count !== undefined ? h('small', {}, ` ×${r.count}`) : null,
      ),
    ),
  );
}

function renderEnrichment(ctx: ViewContext, e: Enrichment): HTMLElement {
  const { t } = ctx;
  const asText = (a: Enrichment['asn']): string =>
    a ? `AS${a.asn} ${a.name}${a.prefix ? ` (${a.prefix})` : ''}` : t('none');
  const classes = e.classifications ?? [];
  const items: Child[] = [
    h('dt', {}, t('asn')),
    h('dd', {}, asText(e.asn)),
    h('dt', {}, t('country')),
    h('dd', {}, e.country ?? t('none')),
    h('dt', {}, t('rdap')),
    h(
      'dd',
      {},
      e.rdap ? `${e.rdap.status}${e.rdap.reason ? ` — ${e.rdap.reason}` : ''}` : t('none'),
    ),
  ];
  return h(
    'div',
    {},
    h('dl', { class: 'facts' }, ...items),
    table(
      t('classifications'),
      [t('classifications'), t('signalEvidence'), t('source')],
      classes.map((c) => [h('strong', {}, c.label), c.evidence ?? '', c.source ?? '']),
    ),
    table(
      t('addresses'),
      [t('colAddress'), t('asn'), t('country'), t('classifications')],
      (e.addresses ?? []).map((a) => [
        h(
          'a',
          { href: routeHref('indicators', a.address.includes(':') ? 'ipv6' : 'ipv4', a.address) },
          a.address,
        ),
        asText(a.asn ?? null),
        a.country ?? '',
        (a.classifications ?? []).map((c) => c.label).join(', '),
      ]),
    ),
  );
}
