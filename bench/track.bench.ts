/**
 * track/round: one full tracking round over 10,000 watched domains served by a local dnsmasq,
 * bounded concurrency, on SQLite and on PostgreSQL (both started here). A resolution is one
 * (domain, record type) query of the four tracked (A, AAAA, CNAME, NS); a row is one resolution
 * history row written. Baseline in the same run: the naive watcher (one domain at a time, one
 * transaction per domain) on 1,000 domains. Also track/write: the same round with an instant
 * in-memory resolver, to show what the store alone sustains. Median of 5 runs, fresh database per
 * run; results also go to bench/results/track.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDnsResolver } from '../src/adapters/dns/dns-resolver.js';
import { openStore } from '../src/adapters/store/open-store.js';
import { createWebhookSender } from '../src/adapters/webhook/post-json-webhook.js';
import { toObservation } from '../src/core/track/from-dns-answers.js';
import type { TrackResolverPort } from '../src/core/track/ports.js';
import type { Observation } from '../src/core/track/types.js';
import { createTrackService, type TrackOptions } from '../src/services/track.js';
import { createFakeTargetDescriber } from '../test/fakes/fake-target-describer.js';
import { startDnsmasq } from '../test/support/dnsmasq.js';
import { startPostgres } from '../test/support/postgres.js';

const RUNS = 5;
const DOMAINS = 10_000;
const BASELINE_DOMAINS = 1_000;
const TRACKED_TYPES = 4;
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

const names = Array.from({ length: DOMAINS }, (_, i) => `c2-${i}.bench.test`);
const addressOf = (i: number): string => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
// Every domain has an A record, one in four an AAAA too: about 1.25 history rows per domain.
const records = Object.fromEntries(
  names.map((n, i) => [
    n,
    i % 4 === 0 ? [addressOf(i), `2001:db8::${i.toString(16)}`] : [addressOf(i)],
  ]),
);

function instantResolver(): TrackResolverPort {
  return {
    async resolveTracked(name): Promise<Observation> {
      const i = Number(name.slice(3, name.indexOf('.')));
      return {
        A: { kind: 'records', rdata: [addressOf(i)] },
        AAAA:
          i % 4 === 0
            ? { kind: 'records', rdata: [`2001:db8::${i.toString(16)}`] }
            : { kind: 'nodata' },
        CNAME: { kind: 'nodata' },
        NS: { kind: 'nodata' },
      };
    },
  };
}

interface Sample {
  readonly seconds: number;
  readonly polled: number;
  readonly rows: number;
}

async function oneRound(
  url: string,
  resolver: TrackResolverPort,
  domains: readonly string[],
  options: Partial<TrackOptions>,
): Promise<Sample> {
  const store = await openStore(url, silent);
  try {
    const t = createTrackService({
      store,
      resolver,
      describer: createFakeTargetDescriber(),
      webhook: createWebhookSender({ userAgent: 'tocsin-bench' }),
      logger: silent,
      now: Date.now,
      options,
    });
    await t.addWatches(domains, { intervalSeconds: 600, webhookUrl: null });
    const t0 = process.hrtime.bigint();
    const s = await t.runRound({ all: true });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    return { seconds, polled: s.polled, rows: s.historyRows };
  } finally {
    await store.close();
  }
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

async function measure(
  freshUrl: () => Promise<string>,
  resolver: TrackResolverPort,
  domains: readonly string[],
  options: Partial<TrackOptions>,
): Promise<{ resolutionsPerS: number; rowsPerS: number }> {
  const res: number[] = [];
  const rows: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const s = await oneRound(await freshUrl(), resolver, domains, options);
    if (s.polled !== domains.length) throw new Error(`polled ${s.polled} of ${domains.length}`);
    res.push((s.polled * TRACKED_TYPES) / s.seconds);
    rows.push(s.rows / s.seconds);
  }
  return { resolutionsPerS: median(res), rowsPerS: median(rows) };
}

/** Runs the track benchmarks and prints one line per group and store. */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tocsin-bench-track-'));
  const dns = await startDnsmasq({ records: { addresses: records } });
  const pg = await startPostgres();
  const results: Record<string, unknown>[] = [];
  try {
    let n = 0;
    const stores = {
      sqlite: async () => `sqlite:${join(dir, `round-${++n}.db`)}`,
      postgres: () => pg.createDatabase(),
    } as const;
    const real = (): TrackResolverPort => {
      const d = createDnsResolver({ resolver: dns.resolver, timeoutMs: 2000, tries: 2 });
      return { resolveTracked: async (name, o) => toObservation(await d.resolve(name, o)) };
    };
    // 16 domains (96 queries) in flight: past ~32, a local dnsmasq drops UDP queries (measured: 7.1k
    // domains/s at 32, 0.9k at 64 with retries).
    const tuned: Partial<TrackOptions> = { concurrency: 16, batchSize: 200 };
    const naive: Partial<TrackOptions> = { concurrency: 1, batchSize: 1 };
    for (const [store, url] of Object.entries(stores)) {
      const self = await measure(url, real(), names, tuned);
      const base = await measure(url, real(), names.slice(0, BASELINE_DOMAINS), naive);
      const ratio = self.resolutionsPerS / base.resolutionsPerS;
      console.log(
        `track/round  10k-domains ${store.padEnd(8)} ${fmt(self.resolutionsPerS)} resolutions/s  ${fmt(self.rowsPerS)} rows/s  naive ${fmt(base.resolutionsPerS)} resolutions/s  ratio ${ratio.toFixed(2)}x`,
      );
      results.push({
        group: 'track/round',
        store,
        domains: DOMAINS,
        ...self,
        baseline: base,
        ratio,
      });
      const write = await measure(url, instantResolver(), names, tuned);
      const writeBase = await measure(
        url,
        instantResolver(),
        names.slice(0, BASELINE_DOMAINS),
        naive,
      );
      const wRatio = write.rowsPerS / writeBase.rowsPerS;
      console.log(
        `track/write  10k-domains ${store.padEnd(8)} ${fmt(write.resolutionsPerS)} resolutions/s  ${fmt(write.rowsPerS)} rows/s  naive ${fmt(writeBase.rowsPerS)} rows/s  ratio ${wRatio.toFixed(2)}x`,
      );
      results.push({
        group: 'track/write',
        store,
        domains: DOMAINS,
        ...write,
        baseline: writeBase,
        ratio: wRatio,
      });
    }
  } finally {
    await dns.stop();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const meta = { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', runs: RUNS };
  console.log(`node ${meta.node}  ${meta.cpu}  median of ${RUNS}`);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/track.json', `${JSON.stringify({ ...meta, results }, null, 2)}\n`);
}
