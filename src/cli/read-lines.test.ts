import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type LineItem, openSources, readLines } from './read-lines.js';

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

describe('readLines over a source that reuses its buffer', () => {
  it('keeps the start of a line that the next chunk overwrites', async () => {
    const text = 'first line\nsecond line that spans chunks\n第三行\n';
    const bytes = enc(text);
    const buffer = Buffer.alloc(7);
    async function* reused() {
      for (let at = 0; at < bytes.length; at += buffer.length) {
        const n = Math.min(buffer.length, bytes.length - at);
        buffer.set(bytes.subarray(at, at + n));
        yield buffer.subarray(0, n); // a Buffer view: its slice() is no copy
        buffer.fill(0x21); // what a reused buffer holds once the next read starts
      }
    }
    const items: LineItem[] = [];
    for await (const item of readLines(reused(), 100)) items.push(item);
    expect(items.map((i) => (i.kind === 'line' ? i.text : i.code))).toEqual([
      'first line',
      'second line that spans chunks',
      '第三行',
    ]);
  });
});

describe('openSources', () => {
  it('reads a file larger than its buffer, line for line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tocsin-read-'));
    try {
      const lines = Array.from({ length: 40_000 }, (_, i) => `{"id":"m${i}","text":"消息 ${i}"}`);
      const file = join(dir, 'in.jsonl');
      writeFileSync(file, `${lines.join('\n')}\n`);
      const got: string[] = [];
      for await (const item of readLines(openSources([file], process.stdin), 1000))
        got.push(item.kind === 'line' ? item.text : item.code);
      expect(got).toEqual(lines);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails with FILE_UNREADABLE on a missing file', async () => {
    const read = async () => {
      for await (const _ of openSources(['/nonexistent/tocsin.jsonl'], process.stdin));
    };
    await expect(read()).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
  });
});
