/** Analyst view: the watch list (add, remove) and a watched domain's resolution history. */
import { callApi } from '../api.js';
import { field, formatTime, h, replaceChildren } from '../dom.js';
import { Anything, History, type Watch, Watches, WatchesAdded } from '../schemas.js';
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
import { timeline } from './indicator.js';

/** `#/watches` (the list) or `#/watches/<domain>` (its history). */
export function watchesView(ctx: ViewContext): View {
  const [domain] = ctx.params;
  return domain ? historyView(ctx, domain) : listView(ctx);
}

function listView(ctx: ViewContext): View {
  const { t } = ctx;
  const domain = h('input', {
    id: 'watch-domain',
    name: 'domain',
    required: true,
    autocomplete: 'off',
    maxlength: 253,
  });
  const interval = h('input', {
    id: 'watch-interval',
    name: 'interval',
    type: 'number',
    min: 60,
    step: 60,
    value: 300,
  });
  const status = statusLine('watch-status');
  const list = h('div', { 'data-testid': 'watch-list' });
  const form = h(
    'form',
    { class: 'card', 'aria-label': t('watchAdd') },
    field(t('watchDomain'), domain),
    field(t('watchInterval'), interval),
    h('button', { type: 'submit' }, t('watchAdd')),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void (async () => {
      const d = domain.value.trim();
      const r = await callApi({
        method: 'POST',
        path: '/v1/watches',
        body: { domain: d, intervalSeconds: Number(interval.value) },
        schema: WatchesAdded,
      });
      if (!r.ok) return setStatus(status, failureText(t, r.error), 'error');
      const refused = r.value.rejected?.[0];
      if (refused && (r.value.added ?? []).length === 0) {
        const why = refused.message ?? refused.code ?? '';
        return setStatus(status, t('watchRejected', { domain: d, why }), 'error');
      }
      setStatus(status, t('watchAdded', { domain: d }));
      domain.value = '';
      await refresh();
    })();
  });

  async function refresh(): Promise<void> {
    const r = await callApi({ path: '/v1/watches', schema: Watches });
    if (!r.ok) {
      replaceChildren(
        list,
        h('p', { class: 'status', 'data-kind': 'error' }, failureText(t, r.error)),
      );
      return;
    }
    replaceChildren(
      list,
      r.value.length === 0
        ? h('p', {}, t('empty'))
        : table(
            t('watchesTitle'),
            [t('colDomain'), t('watchInterval'), t('lastPolled'), ''],
            r.value.map((w) => row(w)),
          ),
    );
  }

  function row(w: Watch): HTMLElement[] {
    const remove = h(
      'button',
      { type: 'button', class: 'secondary' },
      t('watchRemove', { domain: w.domain }),
    );
    remove.addEventListener('click', () => {
      void (async () => {
        const r = await callApi({
          method: 'DELETE',
          path: `/v1/watches/${encodeURIComponent(w.domain)}`,
          schema: Anything,
        });
        if (!r.ok) return setStatus(status, failureText(t, r.error), 'error');
        setStatus(status, t('watchRemoved', { domain: w.domain }));
        await refresh();
      })();
    });
    return [
      h('span', {}, h('a', { href: routeHref('watches', w.domain) }, w.domain)),
      h('span', {}, w.intervalSeconds !== undefined ? String(w.intervalSeconds) : ''),
      h('span', {}, formatTime(w.lastPolledAtMs)),
      remove,
    ];
  }

  void refresh();
  return { el: page(t('watchesTitle'), t('watchesIntro'), form, status, list) };
}

function historyView(ctx: ViewContext, domain: string): View {
  const { t } = ctx;
  const status = statusLine('history-status');
  const box = h('div', { 'data-testid': 'history' });
  setStatus(status, t('loading'), 'busy');
  void (async () => {
    const r = await callApi({
      path: `/v1/watches/${encodeURIComponent(domain)}/history`,
      schema: History,
      itemLookup: true,
    });
    if (!r.ok) return setStatus(status, failureText(t, r.error), 'error');
    setStatus(status, r.value.length === 0 ? t('empty') : '');
    replaceChildren(box, timeline(ctx, r.value));
  })();
  return {
    el: page(
      t('watchHistory', { domain }),
      null,
      h(
        'p',
        {},
        h('a', { href: routeHref('watches') }, t('watchesTitle')),
        ' · ',
        h('a', { href: routeHref('indicators', 'domain', domain) }, t('indicatorTitle')),
      ),
      status,
      box,
    ),
  };
}
