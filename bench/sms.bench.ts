/**
 * sms/classify: the whole scoreSms pipeline (rules + text model + combiner) on the union of the
 * SMS training sets, against natural's BayesClassifier trained on the same messages in the same
 * run. Throughput is the median of 5 passes; accuracy is the same 5-fold stratified CV for both
 * (ours: the full stacked pipeline refitted per fold). Results also go to bench/results/sms.json.
 *
 * Peer tokenisation (natural's own tokenisers do not split Chinese): lower-cased Latin words and
 * digit runs, plus CJK character unigrams and bigrams. natural's Classifier.textToFeatures builds a
 * dense vector over the whole vocabulary for every message (hours at 37k messages), so the peer
 * gets a sparse textToFeatures giving the same naive Bayes sums: distinct in-vocabulary tokens.
 *
 * Data: $TOCSIN_SMS_DATASETS or ../shared/datasets/sms beside the repository (not in the repo:
 * two of the sets have no licence to redistribute).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { buildFeatureMatrix, trainingRules } from '../scripts/sms/build-feature-matrix.js';
import {
  computeMetrics,
  crossValidatePipeline,
  type CvPredictions,
  type GroupMetrics,
  macroF1,
} from '../scripts/sms/cross-validate-sms.js';
import { assignFolds, DEFAULT_TEXT_OPTIONS, splitFold } from '../scripts/sms/fit-sms-pipeline.js';
import { type Corpus, loadSmsCorpus } from '../scripts/sms/load-sms-datasets.js';
import { analyzeSms } from '../src/core/sms/analyze-sms.js';
import { scoreSms } from '../src/core/sms/score-sms.js';

// natural ships .ts sources beside its .d.ts that tsc would type-check as CommonJS: load it untyped
// and name the one constructor used here.
const natural = createRequire(import.meta.url)('natural') as {
  BayesClassifier: new () => object;
};

const RUNS = 5;
const SEED = 20_240_520;
const ROOT = resolve(import.meta.dirname, '..');
const LABELS = ['ham', 'spam', 'smishing'] as const;

let sink = 0;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function fmtRate(perSecond: number): string {
  return perSecond >= 1000 ? `${(perSecond / 1000).toFixed(1)}k` : perSecond.toFixed(0);
}

interface Measured {
  rate: number;
  bytesPerOp: number;
}

/**
 * Median messages/s over RUNS passes of each of `fns` over all texts, and bytes allocated per
 * message. The passes are interleaved (pass 1 of each, then pass 2 of each...): on a shared
 * machine the load changes over a run, and measuring one side after the other hands the change
 * to the ratio; interleaved, every side sees the same conditions.
 */
function measure(texts: readonly string[], fns: readonly ((text: string) => number)[]): Measured[] {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (const fn of fns) {
    fn(texts[0] ?? ''); // warm up the model's lazy decode
    for (const t of texts.slice(0, 2000)) sink += fn(t);
  }
  const rates: number[][] = fns.map(() => []);
  const bytes: number[][] = fns.map(() => []);
  for (let run = 0; run < RUNS; run++) {
    fns.forEach((fn, f) => {
      gc?.();
      const heap = process.memoryUsage().heapUsed;
      const start = process.hrtime.bigint();
      for (const t of texts) sink += fn(t);
      const ns = Number(process.hrtime.bigint() - start);
      bytes[f]!.push(Math.max(0, process.memoryUsage().heapUsed - heap) / texts.length);
      rates[f]!.push((texts.length * 1e9) / ns);
    });
  }
  return fns.map((_, f) => ({
    rate: median(rates[f]!),
    bytesPerOp: gc === undefined ? Number.NaN : median(bytes[f]!),
  }));
}

function isCjkCode(c: number): boolean {
  return (
    (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3040 && c <= 0x30ff)
  );
}

/** Peer tokens: lower-cased Latin words and digit runs, CJK character unigrams and bigrams. */
export function toPeerTokens(text: string): string[] {
  const tokens: string[] = [];
  let word = '';
  let prevCjk = '';
  for (const ch of text.toLowerCase()) {
    const c = ch.codePointAt(0) ?? 0;
    if (isCjkCode(c)) {
      if (word !== '') tokens.push(word);
      word = '';
      tokens.push(ch);
      if (prevCjk !== '') tokens.push(prevCjk + ch);
      prevCjk = ch;
    } else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xe0 && c <= 0x24f)) {
      word += ch;
      prevCjk = '';
    } else {
      if (word !== '') tokens.push(word);
      word = '';
      prevCjk = '';
    }
  }
  if (word !== '') tokens.push(word);
  return tokens;
}

interface PeerClassifier {
  addDocument(tokens: string[], label: string): void;
  train(): void;
  classify(tokens: string[]): string;
}

/** natural's BayesClassifier with a sparse textToFeatures (same sums as its dense one). */
function createPeer(): PeerClassifier {
  const classifier = new natural.BayesClassifier();
  // natural's own textToFeatures is O(vocabulary) per message; this gives apparatus the sparse
  // observation of the distinct in-vocabulary tokens, which its naive Bayes sums identically.
  const sparse = (tokens: string[]): Record<number, string> => {
    const vocab = (classifier as unknown as { features: Record<string, number> }).features;
    const out: Record<number, string> = {};
    let k = 0;
    for (const t of new Set(tokens)) if (Object.hasOwn(vocab, t)) out[k++] = t;
    return out;
  };
  (classifier as unknown as { textToFeatures: typeof sparse }).textToFeatures = sparse;
  return classifier as unknown as PeerClassifier;
}

/** 5-fold CV of the peer on the same folds as ours. */
function crossValidatePeer(
  corpus: Corpus,
  tokens: readonly string[][],
  folds: Int8Array,
): CvPredictions {
  const verdicts = new Uint8Array(corpus.rows.length);
  const idx = Int32Array.from({ length: corpus.rows.length }, (_, i) => i);
  for (let f = 0; f < 5; f++) {
    const peer = createPeer();
    for (const r of splitFold(idx, folds, f, false))
      peer.addDocument(tokens[r]!, corpus.rows[r]!.label);
    peer.train();
    for (const r of splitFold(idx, folds, f, true)) {
      verdicts[r] = LABELS.indexOf(peer.classify(tokens[r]!) as (typeof LABELS)[number]);
    }
  }
  return { verdicts, scores: new Float64Array(corpus.rows.length) };
}

function accuracyLine(name: string, metrics: readonly GroupMetrics[], macro: number): string {
  const get = (g: string) => metrics.find((m) => m.group === g);
  const f = (x: number | null | undefined) => (x === null || x === undefined ? '-' : x.toFixed(4));
  return `sms/accuracy  5-fold-cv  ${name.padEnd(7)} macro-F1 ${macro.toFixed(4)}  harmful-F1 en ${f(get('all en')?.harmfulF1)} zh ${f(get('all zh')?.harmfulF1)}  ham-FPR ${f(get('all')?.hamFpr)}  acc ${f(get('all')?.accuracy)}`;
}

export async function run(): Promise<void> {
  const dir = resolve(ROOT, process.env['TOCSIN_SMS_DATASETS'] ?? '../shared/datasets/sms');
  if (!existsSync(dir)) {
    console.log(`sms/classify  skipped: no datasets at ${dir} (set TOCSIN_SMS_DATASETS)`);
    return;
  }
  const corpus = loadSmsCorpus(dir);
  const texts = corpus.rows.map((r) => r.text);
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `node ${process.version}  ${cpu}  x${cpus().length}  ${texts.length} messages (union of train sets)`,
  );

  const tokens = texts.map(toPeerTokens);
  const peer = createPeer();
  corpus.rows.forEach((row, r) => {
    peer.addDocument(tokens[r]!, row.label);
  });
  peer.train();

  const [ours, rulesOnly, peerRate] = measure(texts, [
    (text) => scoreSms({ text }).score,
    (text) => analyzeSms({ text }).hits.length,
    (text) => peer.classify(toPeerTokens(text)).length,
  ]) as [Measured, Measured, Measured]; // one result per function passed
  const ratio = ours.rate / peerRate.rate;
  console.log(
    `sms/classify  union-train  this ${fmtRate(ours.rate)} msg/s  peer ${fmtRate(peerRate.rate)} msg/s  ratio ${ratio.toFixed(2)}x  ${ours.bytesPerOp.toFixed(0)} B/op (peer ${peerRate.bytesPerOp.toFixed(0)} B/op)`,
  );
  console.log(
    `sms/rules     union-train  analyzeSms alone ${fmtRate(rulesOnly.rate)} msg/s (inside the pipeline above)`,
  );

  const m = buildFeatureMatrix(corpus, trainingRules);
  const idx = Int32Array.from({ length: m.rows }, (_, i) => i);
  const folds = assignFolds(m, idx, 5, SEED);
  const oursCv = crossValidatePipeline(m, DEFAULT_TEXT_OPTIONS, SEED);
  const peerCv = crossValidatePeer(corpus, tokens, folds);
  const oursMetrics = computeMetrics(corpus, oursCv);
  const peerMetrics = computeMetrics(corpus, peerCv);
  const oursMacro = macroF1(m.labels, oursCv.verdicts);
  const peerMacro = macroF1(m.labels, peerCv.verdicts);
  console.log(accuracyLine('this', oursMetrics, oursMacro));
  console.log(accuracyLine('peer', peerMetrics, peerMacro));

  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  const result = {
    node: process.version,
    cpu,
    messages: texts.length,
    runs: RUNS,
    thisMsgPerSecond: ours.rate,
    thisBytesPerOp: ours.bytesPerOp,
    rulesMsgPerSecond: rulesOnly.rate,
    peer: 'natural BayesClassifier (sparse textToFeatures), CJK char 1-2-gram + word tokens',
    peerMsgPerSecond: peerRate.rate,
    ratio,
    cv: {
      this: { macroF1: oursMacro, metrics: oursMetrics },
      peer: { macroF1: peerMacro, metrics: peerMetrics },
    },
    sink,
  };
  writeFileSync(join(ROOT, 'bench/results/sms.json'), `${JSON.stringify(result, null, 2)}\n`);
}
