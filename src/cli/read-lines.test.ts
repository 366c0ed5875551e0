import { describe, expect, it } from 'vitest';
import { type LineItem, readLines } from './read-lines.js';

async function collect(chunks: Uint8Array[], max = 100): Promise<LineItem[]> {
  async function* gen() {
    for (const c of chunks) yield c;
  }
  const out: LineItem[] = [];
  for await (const item of readLines(gen(), max)) out.push(item);
  return out;
}

const enc = (s: string) => new TextEncoder().encode(s);

describe('readLines', () => {
  it.each([
    ['a\nb\n', ['a', 'b']],
    ['a\nb', ['a', 'b']],
    ['a\r\nb\r\n', ['a', 'b']],
    ['\n', ['']],
    ['', []],
    ['中文\n', ['中文']],
  ])('splits %j', async (input, expected) => {
    const items = await collect([enc(input)]);
    expect(items.map((i) => (i.kind === 'line' ? i.text : i.code))).toEqual(expected);
  });

  it('reports an oversize line in place and goes on', async () => {
    const items = await collect([enc(`ok\n${'x'.repeat(50)}`), enc(`${'y'.repeat(80)}\nnext\n`)]);
    expect(items.map((i) => (i.kind === 'line' ? i.text : i.code))).toEqual([
      'ok',
      'INPUT_TOO_LARGE',
      'next',
    ]);
    expect(items.map((i) => i.lineNo)).toEqual([1, 2, 3]);
  });

  it('reports invalid UTF-8 in place and goes on', async () => {
    const bad = new Uint8Array([0x61, 0xff, 0xfe, 0x0a, 0x62, 0x0a]);
    const items = await collect([bad]);
    expect(items.map((i) => (i.kind === 'line' ? i.text : i.code))).toEqual([
      'INPUT_NOT_UTF8',
      'b',
    ]);
  });

  it('joins a multi-byte character split across chunks', async () => {
    const bytes = enc('积分\n');
    const items = await collect([bytes.subarray(0, 2), bytes.subarray(2, 4), bytes.subarray(4)]);
    expect(items).toEqual([{ kind: 'line', lineNo: 1, text: '积分' }]);
  });
});
