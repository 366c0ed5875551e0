/**
 * A real dnsmasq on a free loopback port, serving records the test chooses; `setRecords` rewrites
 * them and restarts the server on the same port (a watched domain "moves"). Names under
 * `localDomains` that have no record answer NXDOMAIN. `stop()` kills it and deletes its files.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './postgres.js';

export interface DnsRecordSpec {
  readonly name: string;
  readonly a?: readonly string[];
  readonly aaaa?: readonly string[];
  /** An alias: the name answers CNAME `cname` (which should itself have records). */
  readonly cname?: string;
}

export interface TestDnsmasq {
  /** HOST:PORT for `--resolver`. */
  readonly server: string;
  readonly port: number;
  setRecords(records: readonly DnsRecordSpec[]): Promise<void>;
  stop(): Promise<void>;
}

/** The dnsmasq binary, or null when it is not installed. */
export function findDnsmasq(): string | null {
  for (const p of ['/usr/sbin/dnsmasq', '/usr/bin/dnsmasq', '/usr/local/sbin/dnsmasq']) {
    if (spawnSync(p, ['--version']).status === 0) return p;
  }
  const which = spawnSync('sh', ['-c', 'command -v dnsmasq'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() !== '' ? which.stdout.trim() : null;
}

/** Starts dnsmasq with `records`; unknown names under `localDomains` are NXDOMAIN. */
export async function startDnsmasq(opts: {
  readonly records: readonly DnsRecordSpec[];
  readonly localDomains: readonly string[];
}): Promise<TestDnsmasq> {
  const bin = findDnsmasq();
  if (bin === null) throw new Error('dnsmasq not found (install the dnsmasq package)');
  const dir = mkdtempSync(join(tmpdir(), 'tocsin-dnsmasq-'));
  const port = await freePort();
  let child: ChildProcess | null = null;

  const write = (records: readonly DnsRecordSpec[]): void => {
    const hosts: string[] = [];
    const conf: string[] = [
      `port=${port}`,
      'listen-address=127.0.0.1',
      'bind-interfaces',
      'no-resolv',
      'no-hosts',
      'no-negcache',
      'cache-size=0',
      `addn-hosts=${join(dir, 'hosts')}`,
      ...opts.localDomains.map((d) => `local=/${d}/`),
    ];
    for (const r of records) {
      for (const ip of [...(r.a ?? []), ...(r.aaaa ?? [])]) hosts.push(`${ip} ${r.name}`);
      if (r.cname !== undefined) conf.push(`cname=${r.name},${r.cname}`);
    }
    writeFileSync(join(dir, 'hosts'), `${hosts.join('\n')}\n`);
    writeFileSync(join(dir, 'dnsmasq.conf'), `${conf.join('\n')}\n`);
  };

  const start = async (): Promise<void> => {
    const args = [
      '--keep-in-foreground',
      `--conf-file=${join(dir, 'dnsmasq.conf')}`,
      '--pid-file=',
    ];
    if (process.getuid?.() === 0) args.push('--user=root');
    const c = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    c.stderr?.on('data', (b: Buffer) => {
      stderr += b.toString();
    });
    child = c;
    // Ready when it answers: probe with a UDP query until it responds or exits.
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      if (c.exitCode !== null) throw new Error(`dnsmasq exited: ${stderr.trim()}`);
      if (await answers(port)) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`dnsmasq did not start on port ${port}: ${stderr.trim()}`);
  };

  const kill = async (): Promise<void> => {
    const c = child;
    child = null;
    if (c === null || c.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      c.once('exit', () => resolve());
      c.kill('SIGKILL');
    });
  };

  write(opts.records);
  await start();
  return {
    server: `127.0.0.1:${port}`,
    port,
    async setRecords(records) {
      await kill();
      write(records);
      await start();
    },
    async stop() {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** True when something answers a DNS query on 127.0.0.1:port. */
async function answers(port: number): Promise<boolean> {
  const { Resolver } = await import('node:dns/promises');
  const r = new Resolver({ timeout: 200, tries: 1 });
  r.setServers([`127.0.0.1:${port}`]);
  try {
    await r.resolve4('probe.invalid');
    return true;
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
    return code !== 'ECONNREFUSED' && code !== 'ETIMEOUT';
  }
}
