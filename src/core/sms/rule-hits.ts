/**
 * Collects rule hits so that each signal code fires at most once per message: values keep the
 * maximum, evidence sentences and spans are merged. Output order is SignalCode order, so hits
 * are deterministic. Pure: imports only core.
 */
import type { RuleHit } from './analyze-sms.js';
import { SignalCode, type Span } from './types.js';

const MAX_EVIDENCE_PARTS = 3;
const CODE_ORDER: ReadonlyMap<string, number> = new Map(SignalCode.map((c, i) => [c, i]));

interface Pending {
  /** SignalCode index: hits are output in this order. */
  readonly order: number;
  value: number;
  readonly evidence: string[];
  readonly spans: Span[];
}

const NO_SPANS: readonly Span[] = Object.freeze([]);

/** Mutable collector, one per message. */
export class RuleHits {
  /** One entry per code, in the order the codes were first added (a message fires a few). */
  private readonly pending: Pending[] = [];

  /** Records one finding; repeated codes merge. `value` is clamped to 0..1. */
  add(code: SignalCode, value: number, evidence: string, spans: readonly Span[] = NO_SPANS): void {
    const v = Math.min(1, Math.max(0, value));
    const order = CODE_ORDER.get(code)!;
    let p = this.find(order);
    if (p === undefined) {
      p = { order, value: v, evidence: [], spans: [] };
      this.pending.push(p);
    } else if (v > p.value) {
      p.value = v;
    }
    if (!p.evidence.includes(evidence)) p.evidence.push(evidence);
    for (const s of spans) p.spans.push(s);
  }

  /** True when nothing was recorded. */
  isEmpty(): boolean {
    return this.pending.length === 0;
  }

  /** True when every code recorded passes `test` (true when none is). */
  every(test: (code: SignalCode) => boolean): boolean {
    return this.pending.every((p) => test(SignalCode[p.order]!));
  }

  has(code: SignalCode): boolean {
    return this.find(CODE_ORDER.get(code)!) !== undefined;
  }

  private find(order: number): Pending | undefined {
    for (const p of this.pending) if (p.order === order) return p;
    return undefined;
  }

  /** The hits, in SignalCode order, spans sorted and deduplicated. */
  toArray(): RuleHit[] {
    const sorted =
      this.pending.length > 1
        ? this.pending.slice().sort((a, b) => a.order - b.order)
        : this.pending;
    const out: RuleHit[] = [];
    for (const p of sorted) {
      const extra = p.evidence.length - MAX_EVIDENCE_PARTS;
      const parts =
        extra > 0 ? [...p.evidence.slice(0, MAX_EVIDENCE_PARTS), `and ${extra} more`] : p.evidence;
      out.push({
        code: SignalCode[p.order]!,
        value: Math.round(p.value * 1000) / 1000,
        evidence: parts.join('; '),
        spans: mergeSpans(p.spans),
      });
    }
    return out;
  }
}

function isSorted(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1]!;
    const b = spans[i]!;
    if (a[0] > b[0] || (a[0] === b[0] && a[1] > b[1])) return false;
  }
  return true;
}

/** Sorts spans and merges overlapping ones into their union. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  if (spans.length <= 1) return spans.slice();
  // Spans mostly arrive in order already; the (stable) sort would leave them as they are.
  const sorted = isSorted(spans) ? spans : spans.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Span[] = [];
  let cur = sorted[0]!;
  for (let i = 1; i < sorted.length; i++) {
    const s = sorted[i]!;
    if (s[0] < cur[1]) {
      if (s[1] > cur[1]) cur = [cur[0], s[1]];
    } else {
      out.push(cur);
      cur = s;
    }
  }
  out.push(cur);
  return out;
}
