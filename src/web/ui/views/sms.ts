/** Analyst view: check one SMS, see the verdict and its evidence highlighted in the text. */
import { callApi } from '../api.js';
import { type Child, field, h, replaceChildren } from '../dom.js';
import { toSegments } from '../highlight.js';
import { SmsVerdict } from '../schemas.js';
import {
  failureText,
  page,
  setStatus,
  statusLine,
  table,
  type View,
  type ViewContext,
} from '../view.js';

/** The SMS check form and its result. */
export function smsView(ctx: ViewContext): View {
  const { t } = ctx;
  const text = h('textarea', {
    id: 'sms-text',
    name: 'text',
    rows: 4,
    required: true,
    maxlength: 4000,
  });
  const sender = h('input', {
    id: 'sms-sender',
    name: 'sender',
    autocomplete: 'off',
    maxlength: 64,
  });
  const submit = h('button', { type: 'submit' }, t('smsSubmit'));
  const status = statusLine('sms-status');
  const result = h('div', { class: 'result', 'data-testid': 'sms-result' });
  const form = h(
    'form',
    { class: 'card', 'aria-label': t('smsTitle') },
    field(t('smsText'), text),
    field(t('smsSender'), sender, t('smsSenderHint')),
    submit,
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void check();
  });
  // Ctrl/Cmd+Enter in the message submits too (Enter alone adds a line).
  text.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) form.requestSubmit();
  });

  async function check(): Promise<void> {
    submit.disabled = true;
    setStatus(status, t('loading'), 'busy');
    replaceChildren(result);
    const body = sender.value.trim()
      ? { text: text.value, sender: sender.value.trim() }
      : { text: text.value };
    const r = await callApi({ method: 'POST', path: '/v1/sms/classify', body, schema: SmsVerdict });
    submit.disabled = false;
    if (!r.ok) {
      setStatus(status, failureText(t, r.error), 'error');
      return;
    }
    const v = r.value;
    setStatus(
      status,
      `${t('verdict')}: ${t(`verdict_${v.verdict}`)} · ${t('score')} ${v.score.toFixed(2)}`,
    );
    replaceChildren(result, renderVerdict(ctx, text.value, v));
  }

  return { el: page(t('smsTitle'), t('smsIntro'), form, status, result) };
}

function renderVerdict(ctx: ViewContext, message: string, v: SmsVerdict): HTMLElement {
  const { t } = ctx;
  const segments = toSegments(message, v.signals);
  const marked = h('p', { class: 'sms-text', 'data-testid': 'sms-marked' });
  for (const seg of segments) {
    if (seg.codes.length === 0) marked.append(seg.text);
    else
      marked.append(
        h('mark', { title: seg.codes.join(', '), 'data-codes': seg.codes.join(' ') }, seg.text),
      );
  }
  const facts = h(
    'dl',
    { class: 'facts' },
    h('dt', {}, t('verdict')),
    h(
      'dd',
      {},
      h(
        'span',
        { class: `badge badge-${v.verdict}`, 'data-testid': 'verdict' },
        t(`verdict_${v.verdict}`),
      ),
    ),
    h('dt', {}, t('score')),
    h('dd', { 'data-testid': 'score' }, v.score.toFixed(2)),
    h('dt', {}, t('brand')),
    h('dd', { 'data-testid': 'brand' }, v.brand ?? t('none')),
    h('dt', {}, t('lure')),
    h('dd', { 'data-testid': 'lure' }, v.lure ?? t('none')),
    h('dt', {}, t('links')),
    h('dd', {}, v.urls.length > 0 ? v.urls.join(' ') : t('none')),
  );
  const signals = [...v.signals].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return h(
    'div',
    { class: 'card' },
    facts,
    h('h2', {}, t('evidenceInText')),
    marked,
    table(
      t('signals'),
      [t('signalCode'), t('signalWeight'), t('signalEvidence')],
      signals.map((s) => [
        h('code', {}, ...breakable(s.code)),
        h('span', { class: 'num' }, (s.weight >= 0 ? '+' : '') + s.weight.toFixed(2)),
        s.evidence,
      ]),
      'signals',
    ),
  );
}

/** A SIGNAL_CODE with a line-break opportunity after each underscore (narrow screens). */
function breakable(code: string): Child[] {
  return code.split('_').flatMap((part, i) => (i === 0 ? [part] : ['_', h('wbr'), part]));
}
