import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import {
  createFeatureBuffer,
  featuriseSmsText,
  HASH_BITS,
  MAX_FEATURES,
} from './featurise-sms-text.js';

const buf = createFeatureBuffer();
const other = createFeatureBuffer();

/** Messages built from the pieces that steer the scanner into each branch, plus noise. */
const PIECES = [
  '积分',
  '兑换',
  'URL',
  'URLab',
  'CELLPHONE',
  'DIGIT',
  'NAME',
  'x',
  'xx',
  '&lt;#&gt;',
  '&amp;',
  '&lt;',
  'http://a.cn/x?y=1',
  'www.example.com',
  'bit.ly/z',
  'a@b.co',
  '13812345678',
  '+44 7700 900123',
  '0845 281',
  '.',
  '-',
  ' ',
  '\uD800',
  '\uDC00',
  '😀',
  '£',
  'Ｗｉｎ',
  '\uFFFD',
  'Free',
  '1.2.3.4',
];
const arbMessage = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 8 })), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

test.prop([fc.string({ unit: 'binary', maxLength: 2_000 })])(
  'never throws and stays in bounds on arbitrary strings (lone surrogates included)',
  (text) => {
    const n = featuriseSmsText(text, buf);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(MAX_FEATURES);
    for (let k = 0; k < n; k++) {
      expect(buf.buckets[k]).toBeLessThan(2 ** HASH_BITS);
      expect(buf.ends[k]).toBeLessThanOrEqual(text.length);
    }
  },
);

test('is deterministic on scanner-steering messages, and the generator reaches the link branch', () => {
  let linkSeen = 0;
  fc.assert(
    fc.property(arbMessage, (text) => {
      const n = featuriseSmsText(text, buf);
      const m = featuriseSmsText(text, other);
      expect(m).toBe(n);
      expect(Array.from(other.buckets.subarray(0, m))).toEqual(
        Array.from(buf.buckets.subarray(0, n)),
      );
      if (/URL|http|www|bit\.ly/.test(text)) linkSeen++;
    }),
    { numRuns: 300 },
  );
  expect(linkSeen).toBeGreaterThan(50);
});

test.each([
  ['a.'.repeat(50_000)],
  ['1-'.repeat(50_000)],
  ['x'.repeat(100_000)],
  ['&lt;'.repeat(25_000)],
  ['积分兑换现金'.repeat(20_000)],
])('100 KB of adversarial text featurises within budget (%#)', (text) => {
  const started = performance.now();
  const n = featuriseSmsText(text, buf);
  expect(n).toBeLessThanOrEqual(MAX_FEATURES);
  expect(performance.now() - started).toBeLessThan(200);
});
