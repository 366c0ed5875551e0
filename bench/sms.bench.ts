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
 * The peer is trained and timed in a worker thread (bench/sms-peer.ts says why); passes of the
 * two sides alternate and never overlap.
 *
 * Data: $TOCSIN_SMS_DATASETS or ../shared/datasets/sms beside the repository (not in the repo:
 * two of the sets have no licence to redistribute).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
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
import type { PeerClassifier } from './sms-peer.js';
import { type PassTime, passSink, preparePass } from './time-pass.js';

const RUNS = 5;
const SEED = 20_240_520;
const ROOT = resolve(import.meta.dirname, '..');
const LABELS = ['ham', 'spam', 'smishing'] as const;

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

/** A side of the comparison: one timed pass over all texts. */
type Pass = () => Promise<PassTime>;

/** A pass of `fn` in this thread. */
function localPass(texts: readonly string[], fn: (text: string) => number): Pass {
  const pass = preparePass(texts, fn);
  return async () => pass();
}

/**
 * Median messages/s over RUNS passes of each side, and bytes allocated per message. The passes
 * are interleaved (pass 1 of each, then pass 2 of each...) and never overlap: on a shared machine
 * the load changes over a run, and measuring one side after the other hands the change to the
 * ratio; interleaved, every side sees the same conditions.
 */
async function measure(texts: readonly string[], passes: readonly Pass[]): Promise<Measured[]> {
  const gcOn = (globalThis as { gc?: () => void }).gc !== undefined;
  const rates: number[][] = passes.map(() => []);
  const bytes: number[][] = passes.map(() => []);
  for (let run = 0; run < RUNS; run++) {
    for (const [f, pass] of passes.entries()) {
      const r = await pass();
      bytes[f]!.push(r.bytes);
      rates[f]!.push((texts.length * 1e9) / r.ns);
    }
  }
  return passes.map((_, f) => ({
    rate: median(rates[f]!),
    bytesPerOp: gcOn ? median(bytes[f]!) : Number.NaN,
  }));
}

/**
 * The peer trained and timed in a worker thread (its own V8 isolate): loading natural's
 * dependencies slowed our scanning by 30-40% when they shared our isolate (bench/sms-peer.ts).
 */
async function startPeerWorker(
  texts: readonly string[],
  labels: readonly string[],
): Promise<{ pass: Pass; stop: () => Promise<void> }> {
  // A worker does not inherit the tsx loader: it registers it, then loads the TypeScript module.
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./sms-peer.worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: { texts, labels } });
  // once() rejects when the worker fails, so a broken peer ends the bench with its error.
  const [ready] = (await once(worker, 'message')) as [unknown];
  if (ready !== 'ready') throw new Error(`peer worker: ${String(ready)}`);
  return {
    pass: async () => {
      worker.postMessage('pass');
      const [r] = (await once(worker, 'message')) as [PassTime];
      return r;
    },
    stop: async () => {
      await worker.terminate();
    },
  };
}

/** 5-fold CV of the peer on the same folds as ours. */
function crossValidatePeer(
  corpus: Corpus,
  tokens: readonly string[][],
  folds: Int8Array,
  createPeer: () => PeerClassifier,
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

  const peerWorker = await startPeerWorker(
    texts,
    corpus.rows.map((r) => r.label),
  );
  let ours: Measured;
  let rulesOnly: Measured;
  let peerRate: Measured;
  try {
    [ours, rulesOnly, peerRate] = (await measure(texts, [
      localPass(texts, (text) => scoreSms({ text }).score),
      localPass(texts, (text) => analyzeSms({ text }).hits.length),
      peerWorker.pass,
    ])) as [Measured, Measured, Measured]; // one result per pass given
  } finally {
    await peerWorker.stop();
  }
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
  const { createPeer, toPeerTokens } = await import('./sms-peer.js');
  const tokens = texts.map(toPeerTokens);
  const peerCv = crossValidatePeer(corpus, tokens, folds, createPeer);
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
    sink: passSink(),
  };
  writeFileSync(join(ROOT, 'bench/results/sms.json'), `${JSON.stringify(result, null, 2)}\n`);
}
