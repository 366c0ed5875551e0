import { fc, test } from '@fast-check/vitest';
import { expect, it } from 'vitest';
import { toFoldedText } from './fold-text.js';

test.prop([fc.string({ maxLength: 3_000, unit: 'binary' })])(
  'keeps the length and is idempotent',
  (s) => {
    const f = toFoldedText(s);
    expect(f.length).toBe(s.length);
    expect(toFoldedText(f)).toBe(f);
  },
);

it.each([
  ['ｈｔｔｐ：／／１０．ｃｎ', 'http://10.cn'],
  ['10086。cn', '10086.cn'],
  ['a\u3000b', 'a b'],
  ['積分領取', '积分领取'],
  ['plain ascii', 'plain ascii'],
])('toFoldedText(%j)', (input, expected) => {
  expect(toFoldedText(input)).toBe(expected);
});
