/**
 * kb/upsert: indicator upserts per second on SQLite and PostgreSQL (both started here), in
 * batches of 1,000 per transaction, against the naive baseline of one transaction per indicator
 * (on 2,000 indicators). Half the batch is new, half already stored (the re-ingest path).
 * Median of 5 runs, fresh database per run; results also go to bench/results/kb.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/adapters/store/open-store.js';
import type { IndicatorRef } from '../src/core/kb/types.js';
import { startPostgres } from '../test/support/postgres.js';

const RUNS = 5;
const TOTAL = 20_000;
const BATCH = 1_000;
const BASELINE = 2_000;
const silent = { info: () => undefined };

const refs: IndicatorRef[] = Array.from({ length: TOTAL }, (_, i) =>
  i % 2 === 0
    ? { type: 'domain', value: `c2-${i >> 1}.example` }
    : { type: 'ipv4', value: `198.51.${(i >> 8) & 255}.${i & 255}` },
);

async function upsertRate(url: string, batch: number, n: number): Promise<number> {
  const store = await openStore(url, silent);
  try {
    // Pre-store every other batch so half the work is the update path.
    for (let i = 0; i < n; i += 2 * batch)
      await store.upsertIndicators(refs.slice(i, i + batch), 1);
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i += batch) await store.upsertIndicators(refs.slice(i, i + batch), 2);
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    if ((await store.countIndicators()) !== n) throw new Error('lost indicators');
    return n / s;
  } finally {
    await store.close();
  }
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

/** Runs the kb benchmarks and prints one line per store. */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tocsin-bench-kb-'));
  const pg = await startPostgres();
  const results: Record<string, unknown>[] = [];
  try {
    let n = 0;
    const stores = {
      sqlite: async () => `sqlite:${join(dir, `kb-${++n}.db`)}`,
      postgres: () => pg.createDatabase(),
    } as const;
    for (const [store, url] of Object.entries(stores)) {
      const self: number[] = [];
      const base: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        self.push(await upsertRate(await url(), BATCH, TOTAL));
        base.push(await upsertRate(await url(), 1, BASELINE));
      }
      const ratio = median(self) / median(base);
      console.log(
        `kb/upsert  20k-indicators ${store.padEnd(8)} ${fmt(median(self))} upserts/s  one-per-tx ${fmt(median(base))} upserts/s  ratio ${ratio.toFixed(2)}x`,
      );
      results.push({
        group: 'kb/upsert',
        store,
        upsertsPerS: median(self),
        baseline: median(base),
        ratio,
      });
    }
  } finally {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const meta = { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', runs: RUNS };
  console.log(`node ${meta.node}  ${meta.cpu}  median of ${RUNS}`);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/kb.json', `${JSON.stringify({ ...meta, results }, null, 2)}\n`);
}
