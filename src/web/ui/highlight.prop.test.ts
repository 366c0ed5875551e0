import { fc, test } from '@fast-check/vitest';
import { expect, test as plainTest } from 'vitest';
import { toSegments } from './highlight.js';

const arbSpan = fc.tuple(fc.integer({ min: -10, max: 80 }), fc.integer({ min: -10, max: 80 }));
const arbSources = fc.array(
  fc.record({ code: fc.constantFrom('A', 'B', 'C'), spans: fc.array(arbSpan, { maxLength: 4 }) }),
  { maxLength: 4 },
);

test.prop([fc.string({ maxLength: 60, unit: 'binary' }), arbSources])(
  'segments join back to the text, none empty, neighbours differ',
  (text, sources) => {
    const segs = toSegments(text, sources);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    for (const s of segs) if (text.length > 0) expect(s.text.length).toBeGreaterThan(0);
    for (let i = 1; i < segs.length; i++) {
      expect(segs[i]?.codes).not.toEqual(segs[i - 1]?.codes);
    }
  },
);

test.prop([fc.string({ maxLength: 60 }), arbSources])(
  'every character of a marked segment is covered by a span of each of its codes',
  (text, sources) => {
    // Adjacent spans of one code merge into one segment: coverage is checked per character.
    let at = 0;
    for (const seg of toSegments(text, sources)) {
      for (const code of seg.codes) {
        for (let i = at; i < at + seg.text.length; i++) {
          const covered = sources.some(
            (src) => src.code === code && src.spans.some(([a, b]) => a <= i && b > i),
          );
          expect(covered).toBe(true);
        }
      }
      at += seg.text.length;
    }
  },
);

plainTest('adjacent spans of one code read as one mark (shrunk counterexample)', () => {
  expect(
    toSegments('   ', [
      {
        code: 'A',
        spans: [
          [0, 1],
          [1, 3],
        ],
      },
    ]),
  ).toEqual([{ text: '   ', codes: ['A'] }]);
});
