import { fc, test } from '@fast-check/vitest';
import { expect, it } from 'vitest';
import { toQuotedSlice } from './quote-text.js';

const arbText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc
    .array(fc.constantFrom('a', '积', '"', '\\', '\n', '\u0001', '\uD800', '\uDC00', '😀', ' '), {
      maxLength: 20,
    })
    .map((parts) => parts.join('')),
);

test.prop([arbText, fc.nat(), fc.nat()])('equals JSON.stringify of the slice', (text, a, b) => {
  const start = Math.min(a, b) % (text.length + 1);
  const end = Math.min(text.length, start + (Math.max(a, b) % 30));
  expect(toQuotedSlice(text, start, end)).toBe(JSON.stringify(text.slice(start, end)));
});

it.each([
  ['plain', 'free prize', 0, 10],
  ['quote', 'say "hi"', 4, 8],
  ['backslash', 'a\\b', 0, 3],
  ['newline', 'a\nb', 0, 3],
  ['half a surrogate pair', '😀', 0, 1],
  ['a whole pair', '😀', 0, 2],
  ['CJK', '积分兑换', 1, 3],
  ['empty', 'abc', 2, 2],
])('%s', (_name, text, start, end) => {
  expect(toQuotedSlice(text, start, end)).toBe(JSON.stringify(text.slice(start, end)));
});
