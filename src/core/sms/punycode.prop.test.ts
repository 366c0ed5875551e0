import { domainToUnicode } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import { expect, it } from 'vitest';
import { decodePunycode, toUnicodeHost } from './punycode.js';

it('decodes a Cyrillic lookalike label and leaves the others', () => {
  // "аррӏе" in Cyrillic letters: the classic Apple homograph.
  expect(toUnicodeHost('www.xn--80ak6aa92e.com')).toBe('www.аррӏе.com');
  expect(toUnicodeHost('10086.cn')).toBe('10086.cn');
});

it('keeps a label it cannot decode, or one longer than DNS allows', () => {
  expect(decodePunycode('99999999999999999999')).toBeNull();
  expect(decodePunycode('abc-ü')).toBeNull();
  expect(decodePunycode(`${'a'.repeat(60)}`)).toBeNull();
  expect(toUnicodeHost('xn--99999999999999999999.com')).toBe('xn--99999999999999999999.com');
});

test.prop([fc.string({ maxLength: 80 })])('never throws on any label', (s) => {
  const out = decodePunycode(s);
  expect(out === null || typeof out === 'string').toBe(true);
});

test.prop([
  fc.array(
    fc.stringMatching(/^[a-z0-9\u00e0-\u00f6\u00f8-\u00ff\u0430-\u044f\u4e00-\u4e2f]{1,12}$/),
    {
      minLength: 1,
      maxLength: 3,
    },
  ),
])("agrees with Node's WHATWG host decoding on real IDNs", (labels) => {
  const unicode = `${labels.join('.')}.com`;
  const ascii = new URL(`http://${unicode}/`).hostname;
  expect(toUnicodeHost(ascii)).toBe(domainToUnicode(ascii));
});
