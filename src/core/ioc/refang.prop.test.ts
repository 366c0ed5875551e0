import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { refang, refangWithMap } from './refang.js';

const defangPieces = [
  '[.]',
  '(.)',
  '{.}',
  '[dot]',
  '(dot)',
  '[:]',
  '[at]',
  '[@]',
  '\\.',
  'hxxp:',
  'hXXps:',
  '．',
  '。',
  '\u200b',
  ' . ',
  '[',
  ']',
  '(',
  ')',
  '.',
  'a',
  '1',
  ' ',
  'x',
];
const arbDefangy = fc
  .array(fc.constantFrom(...defangPieces), { maxLength: 60 })
  .map((parts) => parts.join(''));
const arbText = fc.oneof(
  fc.string({ maxLength: 2_000 }),
  arbDefangy,
  fc.string({ unit: 'grapheme', maxLength: 300 }),
);

test.prop([arbText])('refang is idempotent and never throws', (s) => {
  expect(refang(refang(s))).toBe(refang(s));
});

test.prop([arbText])('every refanged position maps inside the original, in order', (s) => {
  const r = refangWithMap(s);
  let prev = -1;
  for (let i = 0; i < r.text.length; i++) {
    const o = r.map.toOriginal(i);
    expect(o).toBeGreaterThanOrEqual(prev);
    expect(o).toBeLessThan(s.length);
    prev = o;
  }
  expect(r.map.toOriginalEnd(r.text.length)).toBeLessThanOrEqual(s.length);
});
