/**
 * Starts a real dnsmasq on a free loopback port serving generated records (STYLE.md §10).
 * A/AAAA live in an --addn-hosts file, so setRecords() rewrites it and sends SIGHUP (dnsmasq
 * re-reads it and clears its cache) when only addresses change; any other change restarts the
 * process on the same port. Either way setRecords resolves once the new answers are served.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Resolver } from 'node:dns/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';

export const DNSMASQ = '/usr/sbin/dnsmasq';

export interface DnsRecords {
  /** name -> IPv4 / IPv6 addresses. */
  readonly addresses?: Readonly<Record<string, readonly string[]>>;
  /** alias -> target (the target must have addresses in this config). */
  readonly cnames?: Readonly<Record<string, string>>;
  readonly txt?: Readonly<Record<string, readonly string[]>>;
  readonly mx?: Readonly<Record<string, readonly { exchange: string; priority: number }[]>>;
  readonly ns?: Readonly<Record<string, readonly string[]>>;
  /** Names answered NXDOMAIN explicitly (anything not configured is NXDOMAIN anyway). */
  readonly nxdomain?: readonly string[];
}

export interface Dnsmasq {
  readonly port: number;
  /** HOST:PORT for --resolver. */
  readonly resolver: string;
  setRecords(records: DnsRecords): Promise<void>;
  stop(): Promise<void>;
}

function hostsFile(r: DnsRecords): string {
  const lines: string[] = [];
  for (const [name, addrs] of Object.entries(r.addresses ?? {})) {
    for (const a of addrs) lines.push(`${a} ${name}`);
  }
  return `${lines.join('\n')}\n`;
}

function confArgs(r: DnsRecords): string[] {
  const args: string[] = [];
  for (const [alias, target] of Object.entries(r.cnames ?? {}))
    args.push(`--cname=${alias},${target}`);
  for (const [name, texts] of Object.entries(r.txt ?? {})) {
    // No shell here: dnsmasq would keep quotes literally. A comma splits the text into strings.
    for (const t of texts) args.push(`--txt-record=${name},${t}`);
  }
  for (const [name, mxs] of Object.entries(r.mx ?? {})) {
    for (const m of mxs) args.push(`--mx-host=${name},${m.exchange},${m.priority}`);
  }
  for (const [name, targets] of Object.entries(r.ns ?? {})) {
    // dnsmasq has no NS option: answer NS with a synthetic SRV-free record via --dns-rr (type 2).
    for (const t of targets) args.push(`--dns-rr=${name},2,${encodeName(t)}`);
  }
  // Names under these zones that are not configured answer NXDOMAIN (not REFUSED).
  const names = [
    ...Object.keys(r.addresses ?? {}),
    ...Object.keys(r.cnames ?? {}),
    ...Object.keys(r.txt ?? {}),
    ...Object.keys(r.mx ?? {}),
    ...Object.keys(r.ns ?? {}),
    ...(r.nxdomain ?? []),
  ];
  const zones = new Set(names.map((n) => n.split('.').slice(-2).join('.')));
  for (const z of [...zones].sort()) args.push(`--local=/${z}/`);
  return args;
}

/** A domain name in DNS wire format, hex, for --dns-rr. */
function encodeName(name: string): string {
  const parts = name.replace(/\.$/, '').split('.');
  let hex = '';
  for (const p of parts) {
    hex += p.length.toString(16).padStart(2, '0');
    hex += Buffer.from(p, 'ascii').toString('hex');
  }
  return `${hex}00`;
}

async function waitServing(
  port: number,
  probe: { name: string; expect: string } | null,
): Promise<void> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const r = new Resolver({ timeout: 200, tries: 1 });
    r.setServers([`127.0.0.1:${port}`]);
    try {
      if (probe) {
        const got = await r.resolve4(probe.name).catch(() => [] as string[]);
        if (got.includes(probe.expect)) return;
      } else {
        await r.resolve4('ready.invalid').catch((e: { code?: string }) => {
          if (e.code === 'ECONNREFUSED' || e.code === 'ETIMEOUT') throw e;
        });
        return;
      }
    } catch {
      // Not listening yet: poll again until the deadline.
    }
    if (Date.now() > deadline) throw new Error(`dnsmasq on ${port} did not serve in time`);
    await new Promise((res) => setTimeout(res, 50));
  }
}

function firstV4(r: DnsRecords): { name: string; expect: string } | null {
  for (const [name, addrs] of Object.entries(r.addresses ?? {})) {
    const v4 = addrs.find((a) => a.includes('.'));
    if (v4) return { name, expect: v4 };
  }
  return null;
}

/** Starts dnsmasq with records; stop() it in afterAll. */
export async function startDnsmasq(opts: { records: DnsRecords }): Promise<Dnsmasq> {
  const dir = mkdtempSync(join(tmpdir(), 'tocsin-dnsmasq-'));
  const hosts = join(dir, 'hosts');
  const port = await freePort();
  let current = opts.records;
  let child: ChildProcess | undefined;

  const start = async (): Promise<void> => {
    writeFileSync(hosts, hostsFile(current));
    const args = [
      '--keep-in-foreground',
      '--no-resolv',
      '--no-hosts',
      '--no-daemon',
      `--port=${port}`,
      '--listen-address=127.0.0.1',
      '--bind-interfaces',
      `--addn-hosts=${hosts}`,
      '--cache-size=0',
      '--user=root',
      '--group=root',
      '--pid-file=',
      '--log-facility=-',
      ...confArgs(current),
    ];
    child = spawn(DNSMASQ, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (b: Buffer) => {
      stderr += b.toString();
    });
    const exited = new Promise<never>((_, reject) =>
      child?.once('exit', (code) => reject(new Error(`dnsmasq exited ${code}: ${stderr}`))),
    );
    exited.catch(() => undefined);
    await Promise.race([waitServing(port, firstV4(current)), exited]);
  };

  const kill = async (): Promise<void> => {
    const c = child;
    child = undefined;
    if (!c || c.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      c.once('exit', () => resolve());
      c.kill('SIGTERM');
    });
  };

  await start();
  return {
    port,
    resolver: `127.0.0.1:${port}`,
    async setRecords(records) {
      const onlyAddresses = JSON.stringify(confArgs(records)) === JSON.stringify(confArgs(current));
      current = records;
      if (onlyAddresses && child && child.exitCode === null) {
        writeFileSync(hosts, hostsFile(current));
        child.kill('SIGHUP');
        await waitServing(port, firstV4(current));
        return;
      }
      await kill();
      await start();
    },
    async stop() {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
