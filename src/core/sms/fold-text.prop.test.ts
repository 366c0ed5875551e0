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
  // OpenCC's character table: characters the old hand-written list lacked
  ['【中國移動】您的積分即將清零，請登錄', '【中国移动】您的积分即将清零,请登录'],
  ['場外幸运用戸', '场外幸运用户'],
  ['場外幸运覌众', '场外幸运观众'],
  // a chain in the table (薴 -> 苧 -> 苎) folds to its end: idempotent
  ['薴苧', '苎苎'],
  ['plain ascii', 'plain ascii'],
])('toFoldedText(%j)', (input, expected) => {
  expect(toFoldedText(input)).toBe(expected);
});
