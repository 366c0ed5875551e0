/** What every view gets and gives back, plus the pieces they share (status line, failures). */
import type { ApiFailure } from './api.js';
import { type Child, h } from './dom.js';
import type { Lang, MessageKey } from './i18n.js';

export type Translate = (
  key: MessageKey,
  vars?: Readonly<Record<string, string | number>>,
) => string;

export interface ViewContext {
  readonly lang: Lang;
  readonly t: Translate;
  /** Route parameters, already URI-decoded. */
  readonly params: readonly string[];
}

export interface View {
  readonly el: HTMLElement;
  /** Stops what the view started (streams, timers) when the route changes. */
  readonly dispose?: () => void;
}

/** The sentence for an API failure, in the UI language. */
export function failureText(t: Translate, e: ApiFailure): string {
  switch (e.kind) {
    case 'unavailable':
      return t('unavailable', { path: e.path, status: e.status });
    case 'not-found':
      return t('notFound');
    case 'unauthorized':
      return t('unauthorized');
    case 'network':
      return t('networkError', { message: e.message });
    case 'invalid':
      return t('invalidAnswer', { message: e.message });
    case 'problem': {
      const base = t('problem', { code: e.code, detail: e.detail });
      return e.requestId ? `${base} (${t('requestId', { id: e.requestId })})` : base;
    }
    default:
      return assertNever(e);
  }
}

function assertNever(x: never): never {
  throw new Error(`unexpected ${JSON.stringify(x)}`);
}

/** A polite live region: results and failures are announced to screen readers. */
export function statusLine(testId: string): HTMLParagraphElement {
  return h('p', { role: 'status', 'aria-live': 'polite', class: 'status', 'data-testid': testId });
}

/** Shows a message in a status line: `error` styles it as a failure. */
export function setStatus(
  el: HTMLElement,
  text: string,
  kind: 'info' | 'error' | 'busy' = 'info',
): void {
  el.textContent = text;
  el.dataset['kind'] = kind;
}

/** The page frame of a view: a heading that takes focus on navigation, an intro, the body. */
export function page(title: string, intro: string | null, ...children: Child[]): HTMLElement {
  return h(
    'section',
    { class: 'view' },
    h('h1', { tabindex: -1, class: 'view-title' }, title),
    intro ? h('p', { class: 'intro' }, intro) : null,
    ...children,
  );
}

/** A table with a caption and header row; cells are text or nodes. */
export function table(
  caption: string,
  headers: readonly string[],
  rows: readonly (readonly Child[])[],
  testId?: string,
): HTMLElement {
  // Explicit roles keep the table semantics when a narrow screen stacks the cells (CSS display:
  // block drops them in some browsers); data-label names each stacked cell (styles.css).
  const cell = (c: Child, i: number): HTMLElement =>
    h('td', { role: 'cell', 'data-label': headers[i] ?? '' }, c);
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { role: 'table', ...(testId ? { 'data-testid': testId } : {}) },
      h('caption', {}, caption),
      h(
        'thead',
        { role: 'rowgroup' },
        h(
          'tr',
          { role: 'row' },
          ...headers.map((x) => h('th', { scope: 'col', role: 'columnheader' }, x)),
        ),
      ),
      h(
        'tbody',
        { role: 'rowgroup' },
        ...rows.map((r) => h('tr', { role: 'row' }, ...r.map(cell))),
      ),
    ),
  );
}

/** A hash link to a UI route (segments are URI-encoded). */
export function routeHref(...segments: readonly string[]): string {
  return `#/${segments.map(encodeURIComponent).join('/')}`;
}
