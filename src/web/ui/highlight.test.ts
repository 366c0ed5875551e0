import { describe, expect, it } from 'vitest';
import { toSegments } from './highlight.js';

const text = '【中国移动】积分清零 请登录 10086wds.cn 领取';

describe('toSegments', () => {
  it.each([
    ['no spans', [], [{ text, codes: [] }]],
    [
      'one span',
      [{ code: 'BRAND_CLAIMED', spans: [[0, 6]] as [number, number][] }],
      [
        { text: '【中国移动】', codes: ['BRAND_CLAIMED'] },
        { text: '积分清零 请登录 10086wds.cn 领取', codes: [] },
      ],
    ],
    [
      'overlapping spans of two signals',
      [
        { code: 'A', spans: [[0, 4]] as [number, number][] },
        { code: 'B', spans: [[2, 6]] as [number, number][] },
      ],
      [
        { text: '【中', codes: ['A'] },
        { text: '国移', codes: ['A', 'B'] },
        { text: '动】', codes: ['B'] },
        { text: '积分清零 请登录 10086wds.cn 领取', codes: [] },
      ],
    ],
    [
      'out-of-range and reversed spans',
      [
        {
          code: 'A',
          spans: [
            [-5, 1],
            [9, 3],
            [27, 999],
          ] as [number, number][],
        },
      ],
      [
        { text: '【', codes: ['A'] },
        { text: '中国移动】积分清零 请登录 10086wds.cn ', codes: [] },
        { text: '领取', codes: ['A'] },
      ],
    ],
  ])('%s', (_name, sources, expected) => {
    expect(toSegments(text, sources)).toEqual(expected);
  });

  it('never cuts a surrogate pair', () => {
    const s = 'a😀b';
    const segs = toSegments(s, [{ code: 'X', spans: [[2, 4]] }]);
    expect(segs.map((x) => x.text)).toEqual(['a', '😀b']);
  });
});
