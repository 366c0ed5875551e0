/**
 * `tocsin watch|history|alerts` as a user runs them: the real binary, a real dnsmasq, SQLite in a
 * temp data dir. Includes a watcher killed with SIGKILL mid-round and restarted.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DnsRecords, type Dnsmasq, startDnsmasq } from '../support/dnsmasq.js';
import { freePort } from '../support/postgres.js';
import { BIN, runCli } from '../support/run-cli.js';

/** Records in test/support/dnsmasq.ts form: names with addresses, plus names that are NXDOMAIN. */
function served(
  list: readonly { name: string; a: readonly string[] }[],
  nxdomain: readonly string[] = [],
): DnsRecords {
  return { addresses: Object.fromEntries(list.map((r) => [r.name, r.a])), nxdomain };
}

let dns: Dnsmasq;
let dir: string;
beforeAll(async () => {
  dns = await startDnsmasq({ records: {} });
  dir = mkdtempSync(join(tmpdir(), 'tocsin-watch-e2e-'));
});
afterAll(async () => {
  await dns.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('tocsin watch, history, alerts', () => {
  it('adds good entries despite garbage lines, tracks a move, prints COF and the alert', async () => {
    const data = join(dir, 'basic');
    const list = join(dir, 'list.txt');
    writeFileSync(
      list,
      '# C2 domains\nsystemsvc[.]test\n\n213.24.76.23\nnot a domain\nother.test\n',
    );
    await dns.setRecords(
      served([
        { name: 'systemsvc.test', a: ['198.51.100.7'] },
        { name: 'other.test', a: ['192.0.2.1'] },
      ]),
    );
    const add = await runCli([
      'watch',
      'add',
      '--from',
      list,
      '--every',
      '10m',
      '--data-dir',
      data,
    ]);
    expect(add.code).toBe(2);
    expect(add.stdout).toContain('watching 2 domain(s), rejected 2');
    expect(add.stderr).toContain('[TRACK_DOMAIN_INVALID]');
    const poll = ['watch', 'run', '--once', '--resolver', dns.resolver, '--data-dir', data];
    const first = await runCli(poll);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    await dns.setRecords(
      served([
        { name: 'systemsvc.test', a: ['213.24.76.23'] },
        { name: 'other.test', a: ['192.0.2.1'] },
      ]),
    );
    expect((await runCli(poll)).code).toBe(0);

    const cof = await runCli(['history', 'systemsvc.test', '--data-dir', data]);
    expect(cof.code).toBe(0);
    const records = cof.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records.map((r) => [r.rrname, r.rrtype, r.rdata, r.count])).toEqual([
      ['systemsvc.test', 'A', '198.51.100.7', 1],
      ['systemsvc.test', 'A', '213.24.76.23', 1],
    ]);
    expect(Object.keys(records[0])).toEqual([
      'rrname',
      'rrtype',
      'rdata',
      'time_first',
      'time_last',
      'count',
    ]);

    const alerts = await runCli(['alerts', '--json', '--since', '1h', '--data-dir', data]);
    const lines = alerts.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0].sentence).toMatch(
      /^systemsvc\.test now resolves to 213\.24\.76\.23 \(AS8342 .*\) instead of 198\.51\.100\.7/,
    );

    const removed = await runCli(['watch', 'remove', 'other.test', '--data-dir', data]);
    expect(removed.stdout).toBe('removed 1 domain(s)\n');
    const listed = await runCli(['watch', 'list', '--data-dir', data]);
    expect(listed.stdout).toMatch(/^systemsvc\.test\tevery 600s\tA=213\.24\.76\.23;/);
  });

  it('loses no history and sends no duplicate alert when the watcher is SIGKILLed mid-round', async () => {
    const data = join(dir, 'killed');
    const n = 1500;
    const names = Array.from({ length: n }, (_, i) => `c2-${i}.test`);
    writeFileSync(join(dir, 'many.txt'), names.join('\n'));
    const posts: string[] = [];
    const server: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => {
        body += c.toString();
      });
      req.on('end', () => {
        posts.push(JSON.parse(body).key);
        res.writeHead(204).end();
      });
    });
    const port = await freePort();
    await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
    try {
      await dns.setRecords(served(names.map((name) => ({ name, a: ['198.51.100.7'] }))));
      const hook = `http://127.0.0.1:${port}/hook`;
      const add = await runCli([
        'watch',
        'add',
        '--from',
        join(dir, 'many.txt'),
        '--webhook',
        hook,
        '--data-dir',
        data,
      ]);
      expect(add.code).toBe(0);
      const poll = ['watch', 'run', '--once', '--resolver', dns.resolver, '--data-dir', data];
      expect((await runCli(poll)).code).toBe(0);
      await dns.setRecords(served(names.map((name) => ({ name, a: ['213.24.76.23'] }))));

      const db = new Database(join(data, 'tocsin.db'), { readonly: true });
      const alertCount = (): number =>
        Number((db.prepare('SELECT COUNT(*) AS n FROM alerts').get() as { n: number }).n); // a COUNT row
      const child = spawn(process.execPath, [BIN, ...poll], {
        env: { ...process.env, TOCSIN_LOG__LEVEL: 'silent' },
        stdio: 'ignore',
      });
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      while (alertCount() === 0 && child.exitCode === null)
        await new Promise((r) => setTimeout(r, 5));
      child.kill('SIGKILL');
      await exited;
      const afterKill = alertCount();
      expect(afterKill).toBeGreaterThan(0);
      expect(afterKill).toBeLessThan(n); // really killed mid-round
      expect(posts).toEqual([]); // deliveries start after the round

      expect((await runCli(poll)).code).toBe(0);
      expect(alertCount()).toBe(n);
      const perDomain = db
        .prepare(
          "SELECT domain, COUNT(*) AS rows FROM resolutions WHERE state = 'ok' AND rrtype = 'A' GROUP BY domain",
        )
        .all() as { domain: string; rows: number }[]; // rows of the GROUP BY above
      expect(perDomain).toHaveLength(n);
      expect(perDomain.every((r) => r.rows === 2)).toBe(true);
      const keys = db.prepare('SELECT COUNT(DISTINCT key) AS n FROM alerts').get() as { n: number }; // a COUNT row
      expect(keys.n).toBe(n);
      db.close();
      expect(posts).toHaveLength(n);
      expect(new Set(posts).size).toBe(n);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  }, 120_000);
});
