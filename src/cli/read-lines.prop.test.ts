import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { readLines } from './read-lines.js';

const lineArb = fc.string({ maxLength: 40, unit: 'grapheme' }).filter((s) => !/[\r\n]/.test(s));

test.prop([fc.array(lineArb, { maxLength: 30 }), fc.array(fc.nat({ max: 64 }), { maxLength: 20 })])(
  'yields the same lines whatever the chunking',
  async (lines, cuts) => {
    const bytes = new TextEncoder().encode(lines.map((l) => `${l}\n`).join(''));
    const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
    const chunks: Uint8Array[] = [];
    let at = 0;
    for (const p of [...points, bytes.length]) {
      chunks.push(bytes.subarray(at, p));
      at = p;
    }
    async function* gen() {
      for (const c of chunks) yield c;
    }
    const out: string[] = [];
    for await (const item of readLines(gen(), 1_000)) {
      expect(item.kind).toBe('line');
      if (item.kind === 'line') out.push(item.text);
    }
    expect(out).toEqual(lines);
  },
);
