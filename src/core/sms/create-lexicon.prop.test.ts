import { fc, test } from '@fast-check/vitest';
import { expect, it } from 'vitest';
import { createLexicon, MAX_STATES } from './create-lexicon.js';

/** Slow reference: every occurrence of every pattern, with the same word-boundary rule. */
function naive(patterns: readonly string[], text: string): string[] {
  const out: string[] = [];
  const alnum = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  patterns.forEach((p, id) => {
    const lp = p.replace(/[A-Z]/g, (c) => c.toLowerCase());
    for (let i = lower.indexOf(lp); i >= 0; i = lower.indexOf(lp, i + 1)) {
      const e = i + lp.length;
      if (alnum(p[0]) && alnum(text[i - 1])) continue;
      if (alnum(p[p.length - 1]) && alnum(text[e])) continue;
      out.push(`${id}@${i}-${e}`);
    }
  });
  return out.sort();
}

const unit = fc.constantFrom('a', 'b', 'A', '积', '分', ' ', '1');
const pattern = fc.string({ minLength: 1, maxLength: 4, unit });

test.prop([
  fc.uniqueArray(pattern, { minLength: 1, maxLength: 8 }),
  fc.string({ maxLength: 60, unit }),
])('agrees with a naive scan', (patterns, text) => {
  const lex = createLexicon(patterns.map((text, id) => ({ text, payload: id })));
  const got: string[] = [];
  lex.scan(text, (id, s, e) => got.push(`${id}@${s}-${e}`));
  expect(got.sort()).toEqual(naive(patterns, text));
});

it('honours case-sensitive patterns and word boundaries', () => {
  const lex = createLexicon([
    { text: 'UPS', payload: 'ups', caseSensitive: true },
    { text: '10086', payload: 'cm' },
  ]);
  const got: string[] = [];
  lex.scan('UPS ups groups 拨打10086 10086wds', (p, s) => got.push(`${p}@${s}`));
  expect(got).toEqual(['ups@0', 'cm@17']);
});

it('skips zero-width characters inside a keyword', () => {
  const lex = createLexicon([{ text: '积分', payload: 1 }]);
  const got: number[][] = [];
  lex.scan('您的积\u200b分', (_p, s, e) => got.push([s, e]));
  expect(got).toEqual([[2, 5]]);
});

const wideUnit = fc.constantFrom(
  'a',
  'b',
  'c',
  'A',
  'B',
  'z',
  '-',
  '.',
  '积',
  '分',
  ' ',
  '1',
  '\u200b',
);
const wideText = fc.constantFrom(
  'a',
  'B',
  'c',
  'Z',
  '-',
  '.',
  '!',
  '积',
  '分',
  '兑',
  ' ',
  '1',
  '9',
  '\u200b',
);

test.prop([
  fc.uniqueArray(
    fc.record({
      text: fc.string({ minLength: 1, maxLength: 6, unit: wideUnit }),
      caseSensitive: fc.boolean(),
    }),
    { minLength: 1, maxLength: 12 },
  ),
  fc.string({ maxLength: 80, unit: wideText }),
])('the ASCII table finds exactly what the plain automaton finds, in order', (patterns, text) => {
  const payloads = patterns.map((p, id) => ({ ...p, payload: id }));
  const scanWith = (asciiTable: boolean): string[] => {
    const got: string[] = [];
    createLexicon(payloads, { asciiTable }).scan(text, (id, s, e) => got.push(`${id}@${s}-${e}`));
    return got;
  };
  expect(scanWith(true)).toEqual(scanWith(false));
});

it('refuses an automaton too large for its 16-bit states', () => {
  expect(() => createLexicon([{ text: 'a'.repeat(MAX_STATES), payload: 0 }])).toThrow(RangeError);
  expect(createLexicon([{ text: 'a'.repeat(MAX_STATES - 1), payload: 0 }]).size).toBe(1);
});
