/**
 * http/sms-classify: `POST /v1/sms/classify` on the real `tocsin serve` (a child process, as a
 * user runs it, SMS classification on its worker threads: `server.smsWorkers` auto) against a
 * bare Hono route returning a constant, also in a child process, so both sides pay the same
 * process, socket and HTTP parsing cost. Load comes from autocannon on loopback; rounds alternate
 * between the servers so machine drift hits all equally, and the figures are the medians of the
 * rounds. Targets: >= 5,000 req/s, p99 <= 25 ms, >= 0.6 of bare Hono, no non-2xx.
 *
 * http/sms-inline: the same `tocsin serve` with `server.smsWorkers` 0 (classification on the
 * event loop), in the same rounds: what the worker threads bring. Not a target.
 *
 * http/sms-floor: the same work on the event loop of a bare node:http server with no framework
 * (bench/fixtures/raw-classify.ts), in the same rounds: the most a server that classifies on its
 * event loop could reach, whatever the framework. Not a target.
 *
 * http/sse-load: the same load while 1,000 clients hold `GET /v1/alerts/stream` open, against the
 * run without them. Target: ratio >= 0.8. Skipped (with the reason) when the keys command or the
 * stream route is missing.
 *
 * TOCSIN_BENCH_HTTP_SECONDS (default 10) is the measured time per setup per group, split into 5
 * alternating rounds after a 2 s warm-up. On a 2-core machine autocannon (this process) and the
 * server (its child) compete for the cores; the printed notes say so.
 */
import autocannon from 'autocannon';
import { loadConfig, smsWorkersOf } from '../src/config/load.js';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type ClientRequest, request } from 'node:http';
import { createServer } from 'node:net';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'tocsin');
const SECONDS = Number(process.env['TOCSIN_BENCH_HTTP_SECONDS'] ?? 10);
const ROUNDS = 5;
const ROUND_SECONDS = Math.max(1, Math.round(SECONDS / ROUNDS));
const WARMUP_SECONDS = 2;
const CONNECTIONS = 50;
const SSE_CLIENTS = 1000;
const TARGET = { rps: 5000, p99Ms: 25, vsBare: 0.6, sseRatio: 0.8 };

// A few dozen realistic messages (Chinese and English, ham and smishing, some with a sender) so
// the classifier does not answer one input all the time; each connection cycles through them.
const REQUESTS: autocannon.Request[] = readFileSync(
  join(ROOT, 'bench', 'fixtures', 'http-messages.jsonl'),
  'utf8',
)
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((body) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body }));

type Load = { rps: number; p99Ms: number; non2xx: number; errors: number };

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function fmtRate(perSecond: number): string {
  return perSecond >= 1000 ? `${(perSecond / 1000).toFixed(1)}k` : perSecond.toFixed(0);
}

/** A port that was free a moment ago (both servers take a port on the command line). */
async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const addr = srv.address();
  await new Promise<void>((r) => srv.close(() => r()));
  if (addr === null || typeof addr === 'string') throw new Error('no port');
  return addr.port;
}

const children = new Set<ChildProcess>();
// Last resort if the harness dies between start and finally: no server outlives the bench.
const killAll = (): void => {
  for (const c of children) c.kill('SIGKILL');
};

function start(args: readonly string[], env: NodeJS.ProcessEnv): ChildProcess & { log: string[] } {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...env },
  });
  const log: string[] = [];
  child.stderr?.on('data', (b: Buffer) => log.push(b.toString()));
  children.add(child);
  return Object.assign(child, { log });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    // A server that ignores SIGTERM (stuck draining) is killed after 5 s.
    const t = setTimeout(() => child.kill('SIGKILL'), 5000);
    t.unref();
    await exited;
    clearTimeout(t);
  }
  children.delete(child);
}

async function waitHealthy(base: string, child: ChildProcess & { log: string[] }): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${child.log.join('').trim()}`);
    const ok = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(1000) }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${base}/healthz not 200 within 60 s`);
}

async function load(url: string, seconds: number): Promise<Load> {
  const res = await autocannon({
    url,
    connections: CONNECTIONS,
    pipelining: 1,
    duration: seconds,
    requests: REQUESTS,
  });
  return {
    rps: res.requests.total / res.duration,
    p99Ms: res.latency.p99,
    non2xx: res.non2xx,
    errors: res.errors + res.timeouts,
  };
}

/**
 * Warm-up, then ROUNDS rounds of each setup in turn (so drift and the other tenants of this
 * machine hit every setup alike); medians of rates and p99s, summed errors. A setup returns the
 * URL to load and an optional teardown run after its round.
 */
async function rounds(
  setups: readonly (() => Promise<[string, (() => void)?]>)[],
): Promise<Load[]> {
  const runs: Load[][] = setups.map(() => []);
  for (let r = -1; r < ROUNDS; r++)
    for (const [i, setup] of setups.entries()) {
      const [url, teardown] = await setup();
      try {
        const l = await load(url, r < 0 ? WARMUP_SECONDS : ROUND_SECONDS);
        if (r >= 0) runs[i]?.push(l);
      } finally {
        teardown?.();
      }
    }
  return runs.map((rs) => ({
    rps: median(rs.map((x) => x.rps)),
    p99Ms: median(rs.map((x) => x.p99Ms)),
    non2xx: rs.reduce((n, x) => n + x.non2xx, 0),
    errors: rs.reduce((n, x) => n + x.errors, 0),
  }));
}

/** Opens one SSE stream and keeps reading it; resolves with the status once headers arrive. */
function openSse(base: string, key: string, sink: { bytes: number; closed: number }) {
  return new Promise<{ req: ClientRequest; status: number; type: string }>((ok, fail) => {
    const req = request(
      `${base}/v1/alerts/stream`,
      // agent: false gives every stream its own socket, as 1,000 separate dashboards would have.
      { agent: false, headers: { authorization: `Bearer ${key}`, accept: 'text/event-stream' } },
      (res) => {
        res.on('data', (b: Buffer) => {
          sink.bytes += b.length;
        });
        res.on('close', () => sink.closed++);
        ok({ req, status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? '') });
      },
    );
    req.on('error', fail);
    req.end();
  });
}

/** The reader key from `tocsin keys create`, or why there is none. */
async function createKey(dataDir: string): Promise<{ key: string } | { skip: string }> {
  const args = [BIN, 'keys', 'create', '--role', 'reader', '--name', 'bench'];
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [...args, '--data-dir', dataDir, '--json'],
      { cwd: ROOT, env: { ...process.env, TOCSIN_LOG__LEVEL: 'silent' }, timeout: 60_000 },
    );
    const key = (JSON.parse(stdout) as { key?: unknown }).key;
    return typeof key === 'string' ? { key } : { skip: '`tocsin keys create --json` has no key' };
  } catch (e) {
    const msg = String((e as { stderr?: string }).stderr || (e as Error).message).trim();
    return { skip: `\`tocsin keys create\` failed: ${msg.split('\n')[0]}` };
  }
}

/** Opens SSE_CLIENTS streams in batches of 100 (under the listen backlog); throws on any failure. */
async function openMany(base: string, key: string, sink: { bytes: number; closed: number }) {
  const streams: ClientRequest[] = [];
  for (let i = 0; i < SSE_CLIENTS; i += 100) {
    const batch = await Promise.allSettled(
      Array.from({ length: Math.min(100, SSE_CLIENTS - i) }, () => openSse(base, key, sink)),
    );
    for (const s of batch) if (s.status === 'fulfilled') streams.push(s.value.req);
    const bad = batch.find((s) => s.status === 'rejected' || s.value.status !== 200);
    if (bad) {
      for (const s of streams) s.destroy();
      const why = bad.status === 'rejected' ? String(bad.reason) : `HTTP ${bad.value.status}`;
      throw new Error(`stream ${streams.length} of ${SSE_CLIENTS}: ${why}`);
    }
  }
  sink.closed = 0;
  return streams;
}

async function sseGroup(base: string, key: string): Promise<object> {
  // One stream first (its own sink: its close comes later): the route may not exist yet.
  const probe = await openSse(base, key, { bytes: 0, closed: 0 }).catch(String);
  if (typeof probe === 'string') return skip(`GET /v1/alerts/stream: ${probe}`);
  probe.req.destroy();
  if (probe.status !== 200 || !probe.type.startsWith('text/event-stream'))
    return skip(`GET /v1/alerts/stream answered ${probe.status} ${probe.type}`);
  // Streams are opened before and closed after every "with" round, so that with and without
  // rounds alternate like the two servers of the first group.
  const sink = { bytes: 0, closed: 0 };
  let dropped = 0;
  const url = `${base}/v1/sms/classify`;
  const res = await rounds([
    async () => {
      const streams = await openMany(base, key, sink);
      const close = () => {
        dropped += sink.closed;
        for (const s of streams) s.destroy();
      };
      return [url, close];
    },
    async () => [url],
  ]).catch((e: unknown) => String(e));
  if (typeof res === 'string') {
    console.log(`http/sse-load  FAIL: ${res}`);
    return { failed: res };
  }
  const [withSse, without] = res as [Load, Load];
  const ratio = withSse.rps / without.rps;
  const ok = ratio >= TARGET.sseRatio && withSse.non2xx === 0 && dropped === 0;
  console.log(
    `http/sse-load  ${SSE_CLIENTS} SSE clients  this ${fmtRate(withSse.rps)} req/s ` +
      `p99 ${withSse.p99Ms} ms  without ${fmtRate(without.rps)} req/s p99 ${without.p99Ms} ms  ` +
      `ratio ${ratio.toFixed(2)} (min ${TARGET.sseRatio})  non-2xx ${withSse.non2xx}  ` +
      `errors ${withSse.errors}  streams dropped ${dropped}  ${ok ? 'OK' : 'FAIL'}`,
  );
  return { with: withSse, without, ratio, sseBytes: sink.bytes, dropped, ok };
}

function skip(why: string): { skipped: string } {
  console.log(`http/sse-load  skipped: ${why}`);
  return { skipped: why };
}

export async function run(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tocsin-http-bench-'));
  process.once('exit', killAll);
  try {
    // The key must exist before the server starts, so it is made first, in the same data dir.
    const key = await createKey(dataDir);
    const [tp, ip, bp, fp] = [
      await freePort(),
      await freePort(),
      await freePort(),
      await freePort(),
    ];
    // Rate limit 0 = off: the bench measures the route, not the limiter.
    const env = { TOCSIN_LOG__LEVEL: 'silent', TOCSIN_SERVER__RATE_LIMIT_PER_MINUTE: '0' };
    const serve = (port: number, dir: string) =>
      [BIN, 'serve', '--port', `${port}`, '--host', '127.0.0.1', '--data-dir', dir] as const;
    const tocsin = start(serve(tp, dataDir), env);
    const inline = start(serve(ip, mkdtempSync(join(tmpdir(), 'tocsin-http-bench-inline-'))), {
      ...env,
      TOCSIN_SERVER__SMS_WORKERS: '0',
    });
    // The baseline goes through the same Node and tsx loader; only the app differs.
    const bare = start(
      ['--import', 'tsx', join(ROOT, 'bench', 'fixtures', 'bare-hono.ts'), `${bp}`],
      {},
    );
    const floorServer = start(
      ['--import', 'tsx', join(ROOT, 'bench', 'fixtures', 'raw-classify.ts'), `${fp}`],
      {},
    );
    const [tBase, iBase, bBase, fBase] = [tp, ip, bp, fp].map((p) => `http://127.0.0.1:${p}`) as [
      string,
      string,
      string,
      string,
    ];
    await Promise.all([
      waitHealthy(tBase, tocsin),
      waitHealthy(iBase, inline),
      waitHealthy(bBase, bare),
      waitHealthy(fBase, floorServer),
    ]);

    const [self, base, inl, floor] = await rounds([
      async () => [`${tBase}/v1/sms/classify`],
      async () => [`${bBase}/x`],
      async () => [`${iBase}/v1/sms/classify`],
      async () => [`${fBase}/v1/sms/classify`],
    ]);
    if (!self || !base || !inl || !floor) throw new Error('no rounds');
    await Promise.all([stop(bare), stop(inline), stop(floorServer)]);
    const ratio = self.rps / base.rps;
    const fails = [
      self.rps < TARGET.rps && `< ${TARGET.rps} req/s`,
      self.p99Ms > TARGET.p99Ms && `p99 > ${TARGET.p99Ms} ms`,
      ratio < TARGET.vsBare && `ratio < ${TARGET.vsBare}`,
      (self.non2xx > 0 || self.errors > 0) && 'non-2xx or socket errors',
    ].filter(Boolean);
    console.log(
      `http/sms-classify  this ${fmtRate(self.rps)} req/s p99 ${self.p99Ms} ms  ` +
        `bare-hono ${fmtRate(base.rps)} req/s p99 ${base.p99Ms} ms  ratio ${ratio.toFixed(2)}  ` +
        `non-2xx ${self.non2xx}  errors ${self.errors}  ${fails.length ? `FAIL (${fails.join(', ')})` : 'OK'}`,
    );
    console.log(
      `http/sms-inline  tocsin serve, SMS on the event loop (smsWorkers 0): ${fmtRate(inl.rps)} req/s ` +
        `p99 ${inl.p99Ms} ms  ratio to bare-hono ${(inl.rps / base.rps).toFixed(2)}  ` +
        `this/inline ${(self.rps / inl.rps).toFixed(2)}  non-2xx ${inl.non2xx}  (not a target)`,
    );
    console.log(
      `http/sms-floor  the same work on the event loop of bare node:http, no framework: ` +
        `${fmtRate(floor.rps)} req/s p99 ${floor.p99Ms} ms  ratio to bare-hono ` +
        `${(floor.rps / base.rps).toFixed(2)}  this/floor ${(self.rps / floor.rps).toFixed(2)}  ` +
        `non-2xx ${floor.non2xx}  (not a target)`,
    );
    const sse = 'key' in key ? await sseGroup(tBase, key.key) : skip(key.skip);
    const cpu = `${cpus()[0]?.model ?? '?'} x${cpus().length}`;
    console.log(
      `  node ${process.version}  ${cpu}  autocannon ${CONNECTIONS} connections, pipelining 1, ` +
        `in the bench process; each server in its own child process (they share the ${cpus().length} ` +
        `cores; tocsin serve's SMS workers: auto = ${smsWorkersOf(loadConfig(), availableParallelism())})  median of ${ROUNDS} rounds x ${ROUND_SECONDS} s after ${WARMUP_SECONDS} s warm-up`,
    );
    const results = join(ROOT, 'bench', 'results');
    mkdirSync(results, { recursive: true });
    const json = {
      smsClassify: { this: self, bareHono: base, ratio, ok: fails.length === 0, fails },
      smsInline: { tocsinSmsWorkers0: inl, ratioToBare: inl.rps / base.rps },
      smsFloor: { rawNodeHttp: floor, ratioToBare: floor.rps / base.rps },
      sseLoad: sse,
      targets: TARGET,
      setup: {
        connections: CONNECTIONS,
        rounds: ROUNDS,
        roundSeconds: ROUND_SECONDS,
        sseClients: SSE_CLIENTS,
      },
      node: process.version,
      cpu,
    };
    writeFileSync(join(results, 'http.json'), JSON.stringify(json, null, 2));
  } finally {
    await Promise.all([...children].map(stop));
    process.removeListener('exit', killAll);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
