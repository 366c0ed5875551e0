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
  value: number;
  readonly evidence: string[];
  readonly spans: Span[];
}

/** Mutable collector, one per message. */
export class RuleHits {
  /** By SignalCode index, so reading them in index order is reading them in SignalCode order. */
  private readonly pending: (Pending | undefined)[] = new Array(SignalCode.length).fill(undefined);

  /** Records one finding; repeated codes merge. `value` is clamped to 0..1. */
  add(code: SignalCode, value: number, evidence: string, spans: readonly Span[] = []): void {
    const v = Math.min(1, Math.max(0, value));
    const i = CODE_ORDER.get(code)!;
    let p = this.pending[i];
    if (p === undefined) {
      p = { value: v, evidence: [], spans: [] };
      this.pending[i] = p;
    } else if (v > p.value) {
      p.value = v;
    }
    if (!p.evidence.includes(evidence)) p.evidence.push(evidence);
    for (const s of spans) p.spans.push(s);
  }

  has(code: SignalCode): boolean {
    return this.pending[CODE_ORDER.get(code)!] !== undefined;
  }

  /** The hits, in SignalCode order, spans sorted and deduplicated. */
  toArray(): RuleHit[] {
    const out: RuleHit[] = [];
    for (let i = 0; i < this.pending.length; i++) {
      const p = this.pending[i];
      if (p === undefined) continue;
      const extra = p.evidence.length - MAX_EVIDENCE_PARTS;
      const parts =
        extra > 0 ? [...p.evidence.slice(0, MAX_EVIDENCE_PARTS), `and ${extra} more`] : p.evidence;
      out.push({
        code: SignalCode[i]!,
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
