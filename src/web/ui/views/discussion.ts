/**
 * Notes and votes on a report or an indicator (`{base}/notes`, `{base}/votes`): anyone may read
 * them where the subject is readable; writing needs a key (reader or above), so without one the
 * forms give way to a pointer to Settings.
 */
import { callApi } from '../api.js';
import { field, formatTime, h, replaceChildren } from '../dom.js';
import { Note, Notes, VoteTally } from '../schemas.js';
import { loadApiKey } from '../settings-store.js';
import { failureText, routeHref, setStatus, statusLine, type ViewContext } from '../view.js';

/** Longest note the API takes (docs/http-api.md). */
export const MAX_NOTE_CHARS = 10_000;

function needKey(ctx: ViewContext, testId: string): HTMLElement {
  return h(
    'p',
    { class: 'hint', 'data-testid': testId },
    ctx.t('needKeyToWrite'),
    ' ',
    h('a', { href: routeHref('settings') }, ctx.t('navSettings')),
  );
}

/** The tally with up/down buttons; `initial` saves a request when the subject came with it. */
export function votesBox(ctx: ViewContext, base: string, initial?: VoteTally): HTMLElement {
  const { t } = ctx;
  const status = statusLine('vote-status');
  const canWrite = loadApiKey() !== null;
  const up = h('button', { type: 'button', class: 'secondary', 'data-testid': 'vote-up' });
  const down = h('button', { type: 'button', class: 'secondary', 'data-testid': 'vote-down' });
  up.disabled = !canWrite;
  down.disabled = !canWrite;
  const show = (v: VoteTally): void => {
    up.textContent = t('voteUp', { n: v.up });
    down.textContent = t('voteDown', { n: v.down });
  };
  show(initial ?? { up: 0, down: 0 });
  const vote = async (value: 1 | -1): Promise<void> => {
    const path = `${base}/votes`;
    const r = await callApi({ method: 'POST', path, body: { value }, schema: VoteTally });
    if (!r.ok) return setStatus(status, failureText(t, r.error), 'error');
    show(r.value);
    setStatus(status, t('voted'));
  };
  up.addEventListener('click', () => void vote(1));
  down.addEventListener('click', () => void vote(-1));
  if (!initial) {
    void callApi({ path: `${base}/votes`, schema: VoteTally }).then((r) => {
      if (r.ok) show(r.value);
      else setStatus(status, failureText(t, r.error), 'error');
    });
  }
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'votes-heading', 'data-testid': 'votes' },
    h('h2', { id: 'votes-heading' }, t('votes')),
    h('div', { class: 'actions' }, up, down),
    canWrite ? null : needKey(ctx, 'votes-need-key'),
    status,
  );
}

function noteItem(n: Note): HTMLElement {
  const meta = [n.author, formatTime(n.createdAtMs)].filter(Boolean).join(' · ');
  // The note is user text: a text node, whatever markup it contains.
  return h('li', {}, h('p', { class: 'note-text' }, n.text), h('small', {}, meta));
}

/** The notes, oldest first, and (with a key) a form to add one. */
export function notesBox(ctx: ViewContext, base: string, initial?: readonly Note[]): HTMLElement {
  const { t } = ctx;
  const list = h('ul', { class: 'notes', 'data-testid': 'notes' });
  const status = statusLine('notes-status');
  const show = (notes: readonly Note[]): void => {
    replaceChildren(list, ...notes.map(noteItem));
    setStatus(status, notes.length === 0 ? t('empty') : '');
  };
  const refresh = async (): Promise<void> => {
    const r = await callApi({ path: `${base}/notes`, schema: Notes });
    if (!r.ok) return setStatus(status, failureText(t, r.error), 'error');
    show(r.value);
  };
  if (initial) show(initial);
  else void refresh();
  const section = h(
    'section',
    { class: 'card', 'aria-labelledby': 'notes-heading' },
    h('h2', { id: 'notes-heading' }, t('notes')),
    list,
    status,
  );
  if (loadApiKey() === null) {
    section.append(needKey(ctx, 'notes-need-key'));
    return section;
  }
  const text = h('textarea', {
    id: 'note-text',
    name: 'text',
    rows: 3,
    required: true,
    maxlength: MAX_NOTE_CHARS,
  });
  const submit = h('button', { type: 'submit' }, t('noteSubmit'));
  const form = h('form', { 'aria-label': t('noteText') }, field(t('noteText'), text), submit);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void (async () => {
      submit.disabled = true;
      const path = `${base}/notes`;
      const r = await callApi({ method: 'POST', path, body: { text: text.value }, schema: Note });
      submit.disabled = false;
      if (!r.ok) return setStatus(status, failureText(t, r.error), 'error');
      text.value = '';
      await refresh();
    })();
  });
  section.append(form);
  return section;
}
