/** Reader views: published reports, one report with its indicators, notes and votes. */
import { callApi } from '../api.js';
import { field, formatTime, h, replaceChildren } from '../dom.js';
import { Anything, type Note, Notes, Report, Reports, VoteTally } from '../schemas.js';
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

/** `#/reports` (the list) or `#/reports/<id>` (one report). */
export function reportsView(ctx: ViewContext): View {
  const [id] = ctx.params;
  return id ? reportView(ctx, id) : listView(ctx);
}

function listView(ctx: ViewContext): View {
  const { t } = ctx;
  const status = statusLine('reports-status');
  const list = h('ul', { class: 'report-list', 'data-testid': 'reports' });
  setStatus(status, t('loading'), 'busy');
  void (async () => {
    const r = await callApi({ path: '/v1/reports', schema: Reports });
    if (!r.ok) return setStatus(status, failureText(t, r.error), 'error');
    setStatus(status, r.value.length === 0 ? t('empty') : '');
    replaceChildren(
      list,
      ...r.value.map((rep) =>
        h(
          'li',
          { class: 'card' },
          h('h2', {}, h('a', { href: routeHref('reports', rep.id) }, rep.title ?? rep.id)),
          h(
            'p',
            { class: 'meta' },
            `${t('reportIngested')} ${formatTime(rep.ingestedAtMs)}`,
            rep.source ? ` · ${t('source')}: ${rep.source}` : '',
            rep.indicators ? ` · ${t('iocTable')}: ${rep.indicators.length}` : '',
          ),
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
    const rep = r.value;
    const heading = el.querySelector('h1');
    if (heading) heading.textContent = rep.title ?? rep.id;
    const url = rep.url ?? (rep.source && /^https?:\/\//i.test(rep.source) ? rep.source : null);
    replaceChildren(
      body,
      h(
        'p',
        { class: 'meta' },
        `${t('reportIngested')} ${formatTime(rep.ingestedAtMs)}`,
        rep.source ? ` · ${t('source')}: ${rep.source}` : '',
      ),
      url ? h('p', {}, protectedLink(t('protectedLink'), url)) : null,
      rep.content
        ? h('div', { class: 'card report-content', 'data-testid': 'report-content' }, rep.content)
        : null,
      h(
        'div',
        { class: 'card' },
        table(
          t('iocTable'),
          [t('iocType'), t('iocValue')],
          (rep.indicators ?? []).map((i) => [
            i.type,
            h('a', { href: routeHref('indicators', i.type, i.value) }, i.value),
          ]),
          'report-iocs',
        ),
      ),
      votesBox(ctx, base, rep.votes),
      notesBox(ctx, base, rep.notes),
    );
  })();
  return { el };
}

function votesBox(ctx: ViewContext, base: string, initial: VoteTally | undefined): HTMLElement {
  const { t } = ctx;
  const status = statusLine('vote-status');
  const up = h('button', { type: 'button', class: 'secondary', 'data-testid': 'vote-up' });
  const down = h('button', { type: 'button', class: 'secondary', 'data-testid': 'vote-down' });
  const show = (v: VoteTally): void => {
    up.textContent = t('voteUp', { n: v.up });
    down.textContent = t('voteDown', { n: v.down });
  };
  show(initial ?? { up: 0, down: 0 });
  const vote = async (value: 1 | -1): Promise<void> => {
    const r = await callApi({
      method: 'POST',
      path: `${base}/votes`,
      body: { value },
      schema: Anything,
    });
    if (!r.ok) return setStatus(status, failureText(t, r.error), 'error');
    const tally = VoteTally.safeParse(r.value);
    if (tally.success) show(tally.data);
    setStatus(status, '');
  };
  up.addEventListener('click', () => void vote(1));
  down.addEventListener('click', () => void vote(-1));
  if (!initial) {
    void callApi({ path: `${base}/votes`, schema: VoteTally }).then((r) => {
      if (r.ok) show(r.value);
    });
  }
  return h(
    'section',
    { class: 'card', 'aria-label': t('votes') },
    h('h2', {}, t('votes')),
    h('div', { class: 'actions' }, up, down),
    status,
  );
}

function notesBox(
  ctx: ViewContext,
  base: string,
  initial: readonly Note[] | undefined,
): HTMLElement {
  const { t } = ctx;
  const list = h('ul', { class: 'notes', 'data-testid': 'notes' });
  const status = statusLine('notes-status');
  const show = (notes: readonly Note[]): void => {
    replaceChildren(
      list,
      ...notes.map((n) =>
        h(
          'li',
          {},
          h('p', { class: 'note-text' }, n.text),
          h('small', {}, [n.author, formatTime(n.createdAtMs)].filter(Boolean).join(' · ')),
        ),
      ),
    );
    if (notes.length === 0) setStatus(status, t('empty'));
  };
  const refresh = async (): Promise<void> => {
    const r = await callApi({ path: `${base}/notes`, schema: Notes });
    if (!r.ok) return setStatus(status, failureText(t, r.error), 'error');
    setStatus(status, '');
    show(r.value);
  };
  if (initial) show(initial);
  else void refresh();
  const text = h('textarea', {
    id: 'note-text',
    name: 'text',
    rows: 3,
    required: true,
    maxlength: 4000,
  });
  const form = h(
    'form',
    { 'aria-label': t('noteText') },
    field(t('noteText'), text),
    h('button', { type: 'submit' }, t('noteSubmit')),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void (async () => {
      const r = await callApi({
        method: 'POST',
        path: `${base}/notes`,
        body: { text: text.value },
        schema: Anything,
      });
      if (!r.ok) return setStatus(status, failureText(t, r.error), 'error');
      text.value = '';
      await refresh();
    })();
  });
  return h('section', { class: 'card' }, h('h2', {}, t('notes')), list, status, form);
}
