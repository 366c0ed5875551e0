/**
 * ioc/extract throughput and linearity. Groups:
 * - corpus-20mb: ≥ 20 MB of prose and report sentences (fixed seed, ~1 indicator per 300 bytes),
 *   this extractor against the peer library ioc-extractor (refang on), in the same process;
 * - ordinary-1mb vs adversarial-1mb: runs of dots, digits, brackets, `a.a.a…`, long hex; the
 *   adversarial input must cost at most 3x the ordinary one (linear time).
 * Median of 5 runs; results also go to bench/results/ioc.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { extractIOC } from 'ioc-extractor';
import { extractIocs } from '../src/core/ioc/extract-iocs.js';

const RUNS = 5;
const MB = 1024 * 1024;

function createRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    // mulberry32: small, fast, good enough for text generation
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROSE = [
  'The campaign has been active since at least the second quarter and targets the financial sector.',
  'Initial access is typically achieved through spear-phishing messages with a malicious attachment.',
  'Once executed, the loader decrypts its configuration and injects the payload into a legitimate process.',
  'We observed the operators moving laterally using stolen credentials and remote management tools.',
  'The group relies on commodity malware but customises its infrastructure for every victim.',
  'Defenders should review authentication logs for unusual logins outside business hours.',
  'The sample checks the system locale and exits when it finds a keyboard layout from the region.',
  'Persistence is obtained through a scheduled task that runs every thirty minutes.',
  'Our researchers shared the findings with the affected hosting providers and national CERTs.',
  '短信中包含一个链接，诱导用户下载安装所谓的积分兑换应用。',
  'The victim received a message claiming that the parcel could not be delivered.',
  'Version 2.4 of the toolkit added string obfuscation and a new command dispatcher.',
];
const WORDS =
  'actor server payload domain network traffic beacon module stage report analysis sample victim credential'.split(
    ' ',
  );

function hex(rnd: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(rnd() * 16)];
  return s;
}

// indicators written into the corpus (occurrences, not distinct values)
let written = 0;

function reportSentence(rnd: () => number): string {
  const label = () => WORDS[Math.floor(rnd() * WORDS.length)] + String(Math.floor(rnd() * 1000));
  const tld = ['com', 'net', 'org', 'ru', 'top', 'xyz', 'info', 'cn'][Math.floor(rnd() * 8)];
  const domain = `${label()}-${label()}.${tld}`;
  const ip = `${1 + Math.floor(rnd() * 222)}.${Math.floor(rnd() * 256)}.${Math.floor(rnd() * 256)}.${1 + Math.floor(rnd() * 254)}`;
  const defang = (s: string) => (rnd() < 0.5 ? s.replace(/\.(?=[^.]*$)/, '[.]') : s);
  const kind = Math.floor(rnd() * 6);
  written += kind === 2 || kind === 4 ? 1 : 2; // url+host, domain+ip, ip+asn, cve+md5 count twice
  switch (kind) {
    case 0:
      return `The C2 domain ${defang(domain)} resolves to ${defang(ip)} and has been used since March.`;
    case 1:
      return `The dropper downloads its second stage from hxxp://${defang(domain)}/${label()}/gate.php?id=${label()}.`;
    case 2:
      return `The sample (SHA-256 ${hex(rnd, 64)}) writes a copy of itself to the temporary folder.`;
    case 3:
      return `Traffic to ${ip} (AS${Math.floor(rnd() * 60000)}) was observed from several infected hosts.`;
    case 4:
      return `Phishing e-mails were sent from ${label()}[at]${defang(domain)} with the subject "Invoice ${Math.floor(rnd() * 9999)}".`;
    default:
      return `The attackers exploited CVE-20${10 + Math.floor(rnd() * 15)}-${1000 + Math.floor(rnd() * 40000)} and MD5 ${hex(rnd, 32)} was dropped.`;
  }
}

/** Prose plus report sentences, about one indicator per 300 bytes, of at least `bytes` length. */
export function makeCorpus(bytes: number, seed = 0x10c): string {
  const rnd = createRandom(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const s = rnd() < 0.2 ? reportSentence(rnd) : PROSE[Math.floor(rnd() * PROSE.length)]!;
    parts.push(s);
    size += s.length + 1;
    if (rnd() < 0.1) {
      parts.push('\n');
      size++;
    }
  }
  return parts.join(' ');
}

/** Adversarial text: the shapes that make naive extractors backtrack or rescan. */
export function makeAdversarial(bytes: number): string {
  const unit = [
    '.'.repeat(4096),
    '1.'.repeat(2048),
    'a.'.repeat(2048),
    '[.]'.repeat(1365),
    '['.repeat(4096),
    'f'.repeat(4096),
    '9'.repeat(4096),
    '1:'.repeat(2048),
    '+1 '.repeat(1365),
    'AS1'.repeat(1365),
    '@a.'.repeat(1365),
    'http://'.repeat(585),
    'a-'.repeat(2048),
  ].join(' ');
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

let sink = 0;

function median(times: number[]): number {
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

/** Median milliseconds of each function; runs alternate so machine load hits both alike. */
function medianMsOf(...fns: Array<() => number>): number[] {
  const times: number[][] = fns.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    fns.forEach((fn, k) => {
      (globalThis as { gc?: () => void }).gc?.();
      const t0 = performance.now();
      sink += fn();
      times[k]!.push(performance.now() - t0);
    });
  }
  return times.map(median);
}

const ours = (text: string) => () => extractIocs(text).iocs.length;
const peer = (text: string) => () => {
  const r = extractIOC(text, { refang: true }) as unknown as Record<string, unknown[]>;
  return Object.values(r).reduce((n, v) => n + v.length, 0);
};

const mbps = (bytes: number, ms: number) => bytes / MB / (ms / 1000);

export async function run(): Promise<void> {
  written = 0;
  const corpus = makeCorpus(20 * MB);
  const bytesPerIndicator = Math.round(Buffer.byteLength(corpus) / written);
  const corpusBytes = Buffer.byteLength(corpus);
  const found = extractIocs(corpus).iocs.length;
  const [thisMs = 0, peerMs = 0] = medianMsOf(ours(corpus), peer(corpus));
  const ratio = peerMs / thisMs;
  console.log(
    `ioc/extract  corpus-20mb  this ${mbps(corpusBytes, thisMs).toFixed(1)} MB/s  peer ${mbps(corpusBytes, peerMs).toFixed(1)} MB/s  ratio ${ratio.toFixed(2)}x  (${(corpusBytes / MB).toFixed(1)} MB, 1 indicator per ${bytesPerIndicator} B, ${found} distinct)`,
  );

  const ordinary = makeCorpus(MB, 0xbeef).slice(0, MB);
  const adversarial = makeAdversarial(MB);
  const [ordinaryMs = 0, adversarialMs = 0] = medianMsOf(ours(ordinary), ours(adversarial));
  const linear = adversarialMs / ordinaryMs;
  console.log(
    `ioc/extract  ordinary-1mb  this ${mbps(MB, ordinaryMs).toFixed(1)} MB/s  adversarial-1mb  this ${mbps(MB, adversarialMs).toFixed(1)} MB/s  cost ratio ${linear.toFixed(2)}x (limit 3x)`,
  );
  console.log(
    `node ${process.version}  cpu ${cpus()[0]?.model ?? 'unknown'}  median of ${RUNS}  sink ${sink}`,
  );

  const dir = join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'ioc.json'),
    `${JSON.stringify(
      {
        node: process.version,
        cpu: cpus()[0]?.model,
        runs: RUNS,
        corpus: {
          bytes: corpusBytes,
          thisMs,
          peerMs,
          thisMBps: mbps(corpusBytes, thisMs),
          peerMBps: mbps(corpusBytes, peerMs),
          ratio,
        },
        linearity: { ordinaryMs, adversarialMs, ratio: linear },
      },
      null,
      2,
    )}\n`,
  );
  if (ratio < 3 || linear > 3) process.exitCode = 1;
}
