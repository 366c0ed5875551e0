/**
 * enrich/asn-lookup: offline IP -> AS lookups on the shipped table (binary search over typed
 * arrays) against a straightforward ipaddr.js CIDR scan (`addr.match(range)`), plus the table's
 * load time. The full-table scan (~1M CIDRs) runs at a few ops/s, so the peer scans a fixed
 * 2,000-CIDR sample of the table and the ratio understates the real gap by ~500x; both say so.
 * Inputs: random addresses from a fixed seed. Median of 5 runs. JSON to bench/results/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import ipaddr from 'ipaddr.js';
import { loadAsnTableFile, SHIPPED_ASN_TABLE } from '../src/adapters/asn/load-asn-table.js';
import { findIpv4RangeIndexed, findIpv6Range } from '../src/core/enrich/asn-table.js';
import { formatIpv4, toIpv4Prefix } from '../src/core/enrich/ip.js';

const RUNS = 5;
const N = 1_000_000;
const PEER_SAMPLE = 2_000;
const PEER_N = 2_000;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    // mulberry32: fixed seed, reproducible inputs.
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function fmt(opsPerSec: number): string {
  return opsPerSec >= 1e6 ? `${(opsPerSec / 1e6).toFixed(2)}M` : `${(opsPerSec / 1e3).toFixed(2)}k`;
}

export function run(): void {
  const loads: number[] = [];
  let table = loadAsnTableFile(SHIPPED_ASN_TABLE);
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    table = loadAsnTableFile(SHIPPED_ASN_TABLE);
    loads.push(performance.now() - t0);
  }
  const r = rng(42);
  const v4 = new Uint32Array(N);
  for (let i = 0; i < N; i++) v4[i] = Math.floor(r() * 4294967296) >>> 0;
  // IPv6 probes inside 2000::/3 (where the table's ranges are).
  const v6 = new Uint32Array(N * 4);
  for (let i = 0; i < N; i++) {
    v6[i * 4] = ((0x2000 + Math.floor(r() * 0x1fff)) * 65536 + Math.floor(r() * 65536)) >>> 0;
    v6[i * 4 + 1] = Math.floor(r() * 4294967296) >>> 0;
    v6[i * 4 + 2] = Math.floor(r() * 4294967296) >>> 0;
    v6[i * 4 + 3] = Math.floor(r() * 4294967296) >>> 0;
  }

  let sink = 0;
  const v4Rates: number[] = [];
  const v6Rates: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    let t0 = performance.now();
    for (let i = 0; i < N; i++)
      sink += findIpv4RangeIndexed(table.v4Starts, table.v4Ends, table.v4Index, v4[i]!);
    v4Rates.push(N / ((performance.now() - t0) / 1000));
    t0 = performance.now();
    for (let i = 0; i < N; i++) {
      const o = i * 4;
      sink += findIpv6Range(table.v6Starts, table.v6Ends, [
        v6[o]!,
        v6[o + 1]!,
        v6[o + 2]!,
        v6[o + 3]!,
      ]);
    }
    v6Rates.push(N / ((performance.now() - t0) / 1000));
  }

  // Peer: ipaddr.js CIDR scan over a fixed sample of the table's ranges (as prefixes).
  const step = Math.max(1, Math.floor(table.v4Starts.length / PEER_SAMPLE));
  const cidrs: [ipaddr.IPv4, number][] = [];
  for (let i = 0; i < table.v4Starts.length && cidrs.length < PEER_SAMPLE; i += step) {
    const s = table.v4Starts[i]!;
    const p = toIpv4Prefix(s, table.v4Ends[i]!, s).split('/');
    cidrs.push([ipaddr.IPv4.parse(p[0] ?? formatIpv4(s)), Number(p[1])]);
  }
  const peerRates: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const t0 = performance.now();
    for (let i = 0; i < PEER_N; i++) {
      const addr = ipaddr.IPv4.parse(formatIpv4(v4[i]!));
      for (let j = 0; j < cidrs.length; j++) {
        if (addr.match(cidrs[j]!)) {
          sink += j;
          break;
        }
      }
    }
    peerRates.push(PEER_N / ((performance.now() - t0) / 1000));
  }
  const thisV4 = median(v4Rates);
  const thisV6 = median(v6Rates);
  const peer = median(peerRates);
  const loadMs = median(loads);
  const cpu = cpus()[0]?.model ?? 'unknown';
  console.log(
    `enrich/asn-lookup  ipv4-random  this ${fmt(thisV4)} op/s  peer ${fmt(peer)} op/s  ratio ${(thisV4 / peer).toFixed(0)}x  (peer: ipaddr.js match() over a ${cidrs.length}-CIDR sample of ${table.v4Starts.length} ranges)`,
  );
  console.log(
    `enrich/asn-lookup  ipv6-random  this ${fmt(thisV6)} op/s  (${table.v6As.length} ranges, 4x32-bit compare)`,
  );
  console.log(
    `enrich/asn-table  load  ${loadMs.toFixed(1)} ms  (gunzip + decode, median of ${RUNS}; budget 200 ms)`,
  );
  console.log(`node ${process.version}  cpu ${cpu}  sink ${sink % 10}`);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(
    'bench/results/enrich.json',
    `${JSON.stringify(
      {
        bench: 'enrich',
        node: process.version,
        cpu,
        ipv4OpsPerSec: thisV4,
        ipv6OpsPerSec: thisV6,
        peerOpsPerSec: peer,
        peer: `ipaddr.js match() over a ${cidrs.length}-CIDR sample`,
        ratio: thisV4 / peer,
        loadMs,
        runs: RUNS,
      },
      null,
      2,
    )}\n`,
  );
}
