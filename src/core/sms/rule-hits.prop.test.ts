import { fc, test } from '@fast-check/vitest';
import { expect, it } from 'vitest';
import { mergeSpans, RuleHits } from './rule-hits.js';
import { SignalCode, type Span } from './types.js';

/** The plain version: always sort, then merge. */
function mergeSpansReference(spans: readonly Span[]): Span[] {
  if (spans.length <= 1) return spans.slice();
  const sorted = spans.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Span[] = [];
  let cur = sorted[0]!;
  for (const s of sorted.slice(1)) {
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

const span = fc.tuple(fc.nat(40), fc.nat(8)).map(([start, len]): Span => [start, start + len + 1]);
const spans = fc.oneof(
  fc.array(span, { maxLength: 8 }),
  // Already in order, the common case.
  fc.array(span, { maxLength: 8 }).map((a) => a.sort((x, y) => x[0] - y[0] || x[1] - y[1])),
);

test.prop([spans])('mergeSpans agrees with sort-then-merge', (s) => {
  expect(mergeSpans(s)).toEqual(mergeSpansReference(s));
});

test.prop([
  fc.array(fc.tuple(fc.constantFrom(...SignalCode), fc.double({ min: -1, max: 2, noNaN: true })), {
    maxLength: 12,
  }),
])('toArray gives each code once, in SignalCode order', (adds) => {
  const hits = new RuleHits();
  for (const [code, value] of adds) hits.add(code, value, `${code} ${value}`);
  const got = hits.toArray().map((h) => h.code);
  expect(got).toEqual(SignalCode.filter((c) => adds.some(([a]) => a === c)));
  for (const [code] of adds) expect(hits.has(code)).toBe(true);
});

it('merges repeated codes: the highest value, evidence once, spans merged', () => {
  const hits = new RuleHits();
  hits.add('LURE', 0.4, 'a', [[5, 9]]);
  hits.add('LINK_PRESENT', 1, 'l');
  hits.add('LURE', 0.7, 'a', [[0, 6]]);
  hits.add('LURE', 0.1, 'b');
  expect(hits.toArray()).toEqual(
    [
      { code: 'LINK_PRESENT', value: 1, evidence: 'l', spans: [] },
      { code: 'LURE', value: 0.7, evidence: 'a; b', spans: [[0, 9]] },
    ].sort(
      (x, y) => SignalCode.indexOf(x.code as SignalCode) - SignalCode.indexOf(y.code as SignalCode),
    ),
  );
  expect(hits.has('BRAND_CLAIMED')).toBe(false);
});
