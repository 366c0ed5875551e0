/** The human-readable explanation of a verdict printed by `tocsin sms check`. */
import type { Signal, SmsVerdict, Span } from '../core/sms/types.js';

export interface RenderOptions {
  /** Highlight with ANSI inverse video (a terminal); otherwise mark evidence with ⟦…⟧. */
  readonly ansi: boolean;
}

/** Renders the verdict, the text with its evidence highlighted, and every signal. */
export function renderVerdict(text: string, v: SmsVerdict, opts: RenderOptions): string {
  const lines: string[] = [];
  const head = [`${v.verdict.toUpperCase()}`, `score ${v.score.toFixed(2)}`];
  if (v.brand) head.push(`brand: ${v.brand}`);
  if (v.lure) head.push(`lure: ${v.lure}`);
  lines.push(head.join('  ·  '));
  lines.push('');
  lines.push(
    `  ${highlight(
      text,
      v.signals.flatMap((s) => s.spans),
      opts,
    )}`,
  );
  if (v.urls.length > 0) {
    lines.push('');
    lines.push(`links: ${v.urls.join(', ')}`);
  }
  lines.push('');
  lines.push(v.signals.length > 0 ? 'why:' : 'why: no signal fired');
  const sorted = [...v.signals].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  for (const s of sorted) lines.push(renderSignal(text, s));
  return `${lines.join('\n')}\n`;
}

function renderSignal(text: string, s: Signal): string {
  const sign = s.weight >= 0 ? '+' : '−';
  const quoted = s.spans.map(([a, b]) => `"${text.slice(a, b)}"`).join(', ');
  const where = quoted.length > 0 ? `  [${quoted}]` : '';
  return `  ${sign}${Math.abs(s.weight).toFixed(2)}  ${s.code}: ${s.evidence}${where}`;
}

/** Wraps every span of `text` in markers; overlapping spans are merged. */
export function highlight(text: string, spans: readonly Span[], opts: RenderOptions): string {
  const merged = mergeSpans(spans, text.length);
  const [open, close] = opts.ansi ? ['\x1b[7m', '\x1b[27m'] : ['⟦', '⟧'];
  let out = '';
  let at = 0;
  for (const [a, b] of merged) {
    out += text.slice(at, a) + open + text.slice(a, b) + close;
    at = b;
  }
  return out + text.slice(at);
}

function mergeSpans(spans: readonly Span[], length: number): Array<[number, number]> {
  const valid = spans
    .filter(([a, b]) => a >= 0 && b <= length && a < b)
    .map(([a, b]): [number, number] => [a, b])
    .sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const s of valid) {
    const last = out[out.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push(s);
  }
  return out;
}
