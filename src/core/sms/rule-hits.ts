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
  private readonly pending = new Map<SignalCode, Pending>();

  /** Records one finding; repeated codes merge. `value` is clamped to 0..1. */
  add(code: SignalCode, value: number, evidence: string, spans: readonly Span[] = []): void {
    const v = Math.min(1, Math.max(0, value));
    let p = this.pending.get(code);
    if (p === undefined) {
      p = { value: v, evidence: [], spans: [] };
      this.pending.set(code, p);
    } else if (v > p.value) {
      p.value = v;
    }
    if (!p.evidence.includes(evidence)) p.evidence.push(evidence);
    for (const s of spans) p.spans.push(s);
  }

  has(code: SignalCode): boolean {
    return this.pending.has(code);
  }

  /** The hits, in SignalCode order, spans sorted and deduplicated. */
  toArray(): RuleHit[] {
    const codes = [...this.pending.keys()].sort((a, b) => CODE_ORDER.get(a)! - CODE_ORDER.get(b)!);
    return codes.map((code) => {
      const p = this.pending.get(code)!;
      const extra = p.evidence.length - MAX_EVIDENCE_PARTS;
      const parts =
        extra > 0 ? [...p.evidence.slice(0, MAX_EVIDENCE_PARTS), `and ${extra} more`] : p.evidence;
      return {
        code,
        value: Math.round(p.value * 1000) / 1000,
        evidence: parts.join('; '),
        spans: mergeSpans(p.spans),
      };
    });
  }
}

/** Sorts spans and merges overlapping ones into their union. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  if (spans.length <= 1) return spans.slice();
  const sorted = spans.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
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
