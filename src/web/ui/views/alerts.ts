/** Analyst view: stored alerts, then new ones live from the SSE stream (sse-client.ts). */
import { callApi } from '../api.js';
import { formatTime, h } from '../dom.js';
import { type Alert, Alert as AlertSchema, Alerts } from '../schemas.js';
import { followEvents } from '../sse-client.js';
import {
  failureText,
  page,
  routeHref,
  setStatus,
  statusLine,
  type View,
  type ViewContext,
} from '../view.js';

/** The alert list; the stream is closed when the view is left. */
export function alertsView(ctx: ViewContext): View {
  const { t } = ctx;
  const status = statusLine('alerts-status');
  const stream = statusLine('stream-status');
  const list = h('ol', {
    class: 'alerts',
    'data-testid': 'alerts',
    'aria-live': 'polite',
    'aria-relevant': 'additions',
  });
  const seen = new Set<string>();
  const add = (a: Alert, first: boolean): void => {
    const key = a.id !== undefined ? String(a.id) : `${a.domain}|${a.createdAtMs}|${a.sentence}`;
    if (seen.has(key)) return;
    seen.add(key);
    const item = h(
      'li',
      { class: 'card' },
      h('time', {}, formatTime(a.createdAtMs)),
      ' ',
      a.domain ? h('a', { href: routeHref('watches', a.domain) }, a.domain) : null,
      h('p', {}, a.sentence),
    );
    if (first) list.prepend(item);
    else list.append(item);
  };

  void (async () => {
    const r = await callApi({ path: '/v1/alerts', schema: Alerts });
    if (!r.ok) return setStatus(status, failureText(t, r.error), 'error');
    setStatus(status, r.value.length === 0 ? t('empty') : '');
    for (const a of r.value) add(a, false);
  })();

  setStatus(stream, t('streamConnecting'), 'busy');
  const close = followEvents('/v1/alerts/stream', {
    onOpen: () => setStatus(stream, t('streamOpen')),
    onEvent: (ev) => {
      if (ev.event !== 'alert') return; // `ready` and keep-alives carry no alert
      let data: unknown;
      try {
        data = JSON.parse(ev.data);
      } catch {
        // Not JSON: not an alert this UI can show; the stream goes on.
        return;
      }
      const parsed = AlertSchema.safeParse(data);
      if (parsed.success) {
        setStatus(status, '');
        add(parsed.data, true);
      }
    },
    onRefused: (e) => setStatus(stream, `${t('streamClosed')} ${failureText(t, e)}`, 'error'),
    onDropped: () => setStatus(stream, t('streamConnecting'), 'busy'),
  });
  return {
    el: page(t('alertsTitle'), t('alertsIntro'), stream, status, list),
    dispose: close,
  };
}
