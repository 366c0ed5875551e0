import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifySms } from '../../src/index.js';
import { BIN } from '../support/run-cli.js';
import { startTocsinServer } from '../support/tocsin-server.js';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, deadlineMs: number): Promise<Response> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    try {
      return await fetch(url);
    } catch (e) {
      if (Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

describe('tocsin serve (real socket)', () => {
  it('listens on loopback, answers, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'tocsin-serve-'));
    const child = spawn(
      process.execPath,
      [BIN, 'serve', '--port', String(port), '--data-dir', dataDir],
      {
        env: { ...process.env, TOCSIN_LOG__LEVEL: 'silent' },
        stdio: 'ignore',
      },
    );
    try {
      const health = await waitFor(`http://127.0.0.1:${port}/healthz`, 20_000);
      expect(health.status).toBe(200);
      // Security headers are set at the Node layer on a real socket: prove they arrive.
      expect(health.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(health.headers.get('x-content-type-options')).toBe('nosniff');
      expect(health.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(health.headers.get('cache-control')).toBe('no-store');
      expect(health.headers.get('x-frame-options')).toBe('DENY');
      const docs = await fetch(`http://127.0.0.1:${port}/docs`);
      expect(docs.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(docs.headers.get('x-frame-options')).toBe('DENY');
      expect(docs.headers.get('cache-control')).toBeNull();
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status).toBe(200);
      const res = await fetch(`http://127.0.0.1:${port}/v1/sms/classify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'hello' }),
      });
      expect(res.status).toBe(200);
    } finally {
      const exited = new Promise<number | null>((resolve) =>
        child.once('exit', (code) => resolve(code)),
      );
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });
});

describe('tocsin serve: SMS on worker threads', () => {
  const SEED = {
    text: '【中国移动】尊敬的客户，您的积分即将清零，可兑换现金礼包，请登录 10086wds.cn 领取',
    sender: '10086',
  };
  const post = (url: string, body: string) =>
    fetch(`${url}/v1/sms/classify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });

  it('answers what the in-process scorer answers, errors as problem+json, with or without workers', async () => {
    const pooled = await startTocsinServer(mkdtempSync(join(tmpdir(), 'tocsin-pool-')), {
      TOCSIN_SERVER__SMS_WORKERS: '2',
    });
    const inline = await startTocsinServer(mkdtempSync(join(tmpdir(), 'tocsin-inline-')), {
      TOCSIN_SERVER__SMS_WORKERS: '0',
    });
    try {
      const expected = JSON.parse(JSON.stringify(classifySms(SEED)));
      const batch = JSON.stringify({ messages: [SEED, { id: 'b', text: ' ' }] });
      for (const s of [pooled, inline]) {
        const one = await post(s.url, JSON.stringify(SEED));
        expect(one.status).toBe(200);
        expect(one.headers.get('content-type')).toMatch(/^application\/json/);
        expect(await one.json()).toEqual(expected);

        // Many at once: each answer belongs to its own request.
        const texts = Array.from({ length: 40 }, (_, i) => `${SEED.text} ${i}`);
        const answers = await Promise.all(
          texts.map((text, i) =>
            post(s.url, JSON.stringify({ id: `m${i}`, text })).then((r) => r.json()),
          ),
        );
        expect(answers.map((a) => (a as { id: string }).id)).toEqual(texts.map((_, i) => `m${i}`));

        const many = (await (await post(s.url, batch)).json()) as { results: unknown[] };
        expect(many.results).toEqual([
          expected,
          { id: 'b', error: { code: 'SMS_TEXT_MISSING', message: 'text is empty' } },
        ]);

        const bad = await post(s.url, '{"messages":[{"text":1}]}');
        expect(bad.status).toBe(400);
        expect(bad.headers.get('content-type')).toBe('application/problem+json');
        expect(await bad.json()).toMatchObject({
          code: 'INPUT_INVALID',
          requestId: expect.any(String),
          issues: [{ path: 'messages.0.text' }],
        });
      }
    } finally {
      for (const s of [pooled, inline]) {
        s.child.kill('SIGTERM');
        expect(await s.exited).toBe(0);
      }
    }
  });
});
