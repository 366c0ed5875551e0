import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from '../support/run-cli.js';

const parseLines = (s: string) =>
  s
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('tocsin sms classify', () => {
  it('answers one line per input line, in order, and reports bad lines in place', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'See you at 6 for dinner?' }),
      'this is not json',
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', text: 'x'.repeat(5000) }),
      '',
      JSON.stringify({ id: 'f', text: '【中国移动】积分即将清零', sender: '10086' }),
    ].join('\n');
    const r = await runCli(['sms', 'classify'], { stdin: `${input}\n` });
    expect(r.code).toBe(2);
    const out = parseLines(r.stdout);
    expect(out).toHaveLength(6);
    expect(out.map((o) => o['id'] ?? null)).toEqual(['a', null, 'c', 'd', null, 'f']);
    expect(
      out.map((o) => (o['error'] as { code?: string } | undefined)?.code ?? o['verdict']),
    ).toEqual([
      expect.stringMatching(/^(ham|spam|smishing)$/),
      'SMS_JSON_INVALID',
      'SMS_TEXT_MISSING',
      'SMS_TEXT_TOO_LONG',
      'SMS_TEXT_MISSING',
      expect.stringMatching(/^(ham|spam|smishing)$/),
    ]);
    expect(r.stderr).toContain('4 of 6 lines rejected');
  });

  it('gives every verdict record the contract fields', async () => {
    const r = await runCli(['sms', 'classify'], { stdin: '{"id":"x","text":"hello there"}\n' });
    expect(r.code).toBe(0);
    const [rec] = parseLines(r.stdout);
    expect(Object.keys(rec ?? {})).toEqual([
      'id',
      'verdict',
      'score',
      'brand',
      'lure',
      'urls',
      'signals',
    ]);
    expect(rec?.['score']).toBeGreaterThanOrEqual(0);
    expect(rec?.['score']).toBeLessThanOrEqual(1);
  });

  it('reads files, and plain text with --text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tocsin-sms-'));
    const file = join(dir, 'inbox.txt');
    writeFileSync(file, 'first message\nsecond message\n');
    const r = await runCli(['sms', 'classify', '--text', file]);
    expect(r.code).toBe(0);
    expect(parseLines(r.stdout)).toHaveLength(2);
  });

  it('survives a 1 MB line, binary and broken UTF-8, and goes on', async () => {
    const bin = Buffer.concat([
      Buffer.from(`${'a'.repeat(1_048_576)}\n`),
      Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x0a]),
      Buffer.from(`${JSON.stringify({ id: 'ok', text: 'still here' })}\n`),
      Buffer.from('{"id":"s","text":"\\ud800 lone surrogate"}\n'),
    ]);
    const r = await runCli(['sms', 'classify'], { stdin: bin });
    expect(r.code).toBe(2);
    const out = parseLines(r.stdout);
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ error: { code: 'INPUT_TOO_LARGE' } });
    expect(out[1]).toMatchObject({ error: { code: 'INPUT_NOT_UTF8' } });
    expect(out[2]?.['id']).toBe('ok');
    expect(out[2]?.['verdict']).toBeDefined();
    expect(out[3]?.['id']).toBe('s');
  });

  it('exits 2 with a message for a missing file', async () => {
    const r = await runCli(['sms', 'classify', '/nonexistent/file.jsonl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[FILE_UNREADABLE]');
  });
});

describe('tocsin sms check', () => {
  it('prints the JSON record with --json', async () => {
    const r = await runCli(['sms', 'check', '--json', '--sender', '10086', 'hello']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: null, verdict: expect.any(String) });
  });

  it('exits 2 on an empty message', async () => {
    const r = await runCli(['sms', 'check', '   ']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[SMS_TEXT_MISSING]');
  });

  it('ends quietly when the reader of its output goes away (| head)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tocsin-epipe-'));
    const file = join(dir, 'in.jsonl');
    const line = JSON.stringify({
      text: 'Your parcel is held, pay the fee at evri-redelivery.com',
    });
    writeFileSync(file, `${line}\n`.repeat(50_000));
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>(
      (resolve) => {
        const child = spawn(process.execPath, [BIN, 'sms', 'classify', file], {
          env: { ...process.env, TOCSIN_LOG__LEVEL: 'silent' },
        });
        let err = '';
        child.stderr.on('data', (b: Buffer) => {
          err += b.toString();
        });
        // Like `head -1`: read the first chunk, then close the pipe.
        child.stdout.once('data', () => child.stdout.destroy());
        child.on('close', (c) => resolve({ code: c, stderr: err }));
      },
    );
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});
