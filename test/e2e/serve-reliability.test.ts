/**
 * The real server process: first admin key printed once, keys from the CLI, graceful SIGTERM with a
 * live SSE client, and a SIGKILL in the middle of a batch report import that loses nothing it
 * acknowledged and leaves nothing half-written.
 */
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractIocs } from '../../src/core/ioc/extract-iocs.js';
import { runCli } from '../support/run-cli.js';
import { startTocsinServer } from '../support/tocsin-server.js';

/** Each report names its own domains and address, so its indicator count is known exactly. */
function reportText(i: number): string {
  return `Report ${i}: c2-${i}.example.net resolves to 198.51.100.${(i % 250) + 1} and drop-${i}.example.org was seen.\n`.repeat(
    20,
  );
}

function expectedIndicators(i: number): number {
  const seen = new Set(extractIocs(reportText(i)).iocs.map((x) => `${x.type}:${x.value}`));
  return seen.size;
}

const KEY_LINE = /first admin API key \(shown once\): (tocsin_\S+)/;

describe('tocsin serve (real process)', () => {
  it('prints the first admin key once, and keys from the CLI work over HTTP', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tocsin-serve-keys-'));
    const first = await startTocsinServer(dataDir);
    const adminKey = KEY_LINE.exec(first.stderr())?.[1] ?? '';
    expect(adminKey).toMatch(/^tocsin_/);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const created = await runCli([
      'keys',
      'create',
      '--role',
      'analyst',
      '--name',
      'soc',
      '--json',
      '--data-dir',
      dataDir,
    ]);
    expect(created.code).toBe(0);
    const { key, id } = JSON.parse(created.stdout) as { key: string; id: string };
    const listed = await runCli(['keys', 'list', '--data-dir', dataDir]);
    expect(listed.stdout).toContain(id);
    expect(listed.stdout).not.toContain(key);
    const bad = await runCli([
      'keys',
      'create',
      '--role',
      'root',
      '--name',
      'x',
      '--data-dir',
      dataDir,
    ]);
    expect(bad.code).toBe(2);

    const second = await startTocsinServer(dataDir);
    try {
      expect(second.stderr()).not.toMatch(KEY_LINE); // shown once, at the first start only
      const ok = await fetch(`${second.url}/v1/watches`, {
        headers: { authorization: `Bearer ${key}` },
      });
      expect(ok.status).toBe(200);
      const admin = await fetch(`${second.url}/v1/keys`, {
        headers: { authorization: `Bearer ${adminKey}` },
      });
      expect(admin.status).toBe(200);
      expect((await runCli(['keys', 'revoke', id, '--data-dir', dataDir])).code).toBe(0);
      await new Promise((r) => setTimeout(r, 2100)); // the server trusts a lookup for 2 s
      const revoked = await fetch(`${second.url}/v1/watches`, {
        headers: { authorization: `Bearer ${key}` },
      });
      expect(revoked.status).toBe(401);
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
  });

  it('ends open SSE streams and exits 0 on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tocsin-serve-sse-'));
    const s = await startTocsinServer(dataDir);
    const key = KEY_LINE.exec(s.stderr())?.[1] ?? '';
    const ended = new Promise<string>((resolve, reject) => {
      const req = request(
        `${s.url}/v1/alerts/stream`,
        { headers: { authorization: `Bearer ${key}` } },
        (res) => {
          let text = '';
          res.on('data', (b: Buffer) => {
            text += b.toString('utf8');
            if (text.includes('event: ready')) s.child.kill('SIGTERM');
          });
          res.on('end', () => resolve(text));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(await ended).toContain('event: ready');
    expect(await s.exited).toBe(0);
  });

  it('keeps every acknowledged report whole after a SIGKILL mid-import', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tocsin-serve-kill-'));
    const s = await startTocsinServer(dataDir);
    const key = KEY_LINE.exec(s.stderr())?.[1] ?? '';
    const acked = new Map<string, number>();
    const post = async (i: number) => {
      const text = reportText(i);
      try {
        const res = await fetch(`${s.url}/v1/reports`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'text/plain' },
          body: text,
        });
        if (res.status === 201 || res.status === 200) {
          const body = (await res.json()) as { report: { id: string }; indicators: unknown[] };
          acked.set(body.report.id, body.indicators.length);
        }
      } catch {
        // the connection died with the server: this report was never acknowledged
      }
    };
    const inFlight: Promise<void>[] = [];
    for (let i = 0; i < 400; i++) {
      inFlight.push(post(i));
      if (i === 150) setTimeout(() => s.child.kill('SIGKILL'), 0);
      if (i % 8 === 7) await Promise.all(inFlight.splice(0));
    }
    await Promise.all(inFlight);
    await s.exited;
    expect(acked.size).toBeGreaterThan(0);
    expect(acked.size).toBeLessThan(400);

    const again = await startTocsinServer(dataDir);
    try {
      for (const [id, indicators] of acked) {
        const res = await fetch(`${again.url}/v1/reports/${id}`, {
          headers: { authorization: `Bearer ${key}` },
        });
        expect(res.status).toBe(200);
        const r = (await res.json()) as { indicators: unknown[] };
        expect(r.indicators.length).toBe(indicators);
      }
      // Nothing half-written: every stored report has all of its indicators.
      const list = (await (
        await fetch(`${again.url}/v1/reports?limit=500`, {
          headers: { authorization: `Bearer ${key}` },
        })
      ).json()) as {
        reports: { id: string; title: string; indicatorCount: number }[];
      };
      expect(list.reports.length).toBeGreaterThanOrEqual(acked.size);
      for (const r of list.reports) {
        const i = Number(/^Report (\d+):/.exec(r.title)?.[1]);
        expect(r.indicatorCount).toBe(expectedIndicators(i));
      }
    } finally {
      again.child.kill('SIGTERM');
      await again.exited;
    }
  }, 120_000);
});
