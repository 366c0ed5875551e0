/**
 * Stratified k-fold cross-validation of the whole stacked pipeline (text model, inner folds for
 * the combiner's inputs, combiner, thresholds all refitted inside each outer fold), and the
 * per-dataset metrics of docs/sms-model.md.
 */
import { CLASS_COUNT } from '../../src/core/sms/model/text-model.js';
import {
  type FeatureMatrix,
  type TextOptions,
  assignFolds,
  decide,
  fitPipeline,
  predictPipeline,
  predictText,
  quantiseText,
  splitFold,
  trainText,
} from './fit-sms-pipeline.js';
import {
  type Corpus,
  knowsSmishing,
  type SmsLabel,
  smishingDatasets,
} from './load-sms-datasets.js';

export const CV_FOLDS = 5;

/** Out-of-fold verdicts (0 ham, 1 spam, 2 smishing) and harmful scores of every row. */
export interface CvPredictions {
  readonly verdicts: Uint8Array;
  readonly scores: Float64Array;
}

function allRows(m: FeatureMatrix): Int32Array {
  return Int32Array.from({ length: m.rows }, (_, i) => i);
}

/** Cross-validates the full pipeline. `onFold` reports progress. */
export function crossValidatePipeline(
  m: FeatureMatrix,
  opt: TextOptions,
  seed: number,
  onFold: (fold: number) => void = () => undefined,
): CvPredictions {
  const idx = allRows(m);
  const folds = assignFolds(m, idx, CV_FOLDS, seed);
  const verdicts = new Uint8Array(m.rows);
  const scores = new Float64Array(m.rows);
  for (let f = 0; f < CV_FOLDS; f++) {
    const fit = fitPipeline(m, splitFold(idx, folds, f, false), opt, seed + 100 * (f + 1));
    const test = splitFold(idx, folds, f, true);
    const probs = predictPipeline(m, fit, test);
    for (const r of test) {
      verdicts[r] = decide(fit, m, probs, r);
      scores[r] = probs[r * CLASS_COUNT + 1]! + probs[r * CLASS_COUNT + 2]!;
    }
    onFold(f);
  }
  return { verdicts, scores };
}

/** Cross-validates the text model alone (argmax verdict), to choose its kind and settings. */
export function crossValidateText(m: FeatureMatrix, opt: TextOptions, seed: number): CvPredictions {
  const idx = allRows(m);
  const folds = assignFolds(m, idx, CV_FOLDS, seed);
  const logits = new Float64Array(m.rows * CLASS_COUNT);
  for (let f = 0; f < CV_FOLDS; f++) {
    const model = quantiseText(trainText(m, splitFold(idx, folds, f, false), opt, seed + f)).model;
    predictText(m, model, splitFold(idx, folds, f, true), opt.kind, logits);
  }
  const verdicts = new Uint8Array(m.rows);
  const scores = new Float64Array(m.rows);
  for (let r = 0; r < m.rows; r++) {
    const o = r * CLASS_COUNT;
    const z0 = logits[o]!;
    const z1 = logits[o + 1]!;
    const z2 = logits[o + 2]!;
    verdicts[r] = z1 > z0 && z1 >= z2 ? 1 : z2 > z0 && z2 > z1 ? 2 : 0;
    const mx = Math.max(z0, z1, z2);
    const e0 = Math.exp(z0 - mx);
    scores[r] = 1 - e0 / (e0 + Math.exp(z1 - mx) + Math.exp(z2 - mx));
  }
  return { verdicts, scores };
}

/** Metrics of one evaluation group. null where the group has no such class. */
export interface GroupMetrics {
  readonly group: string;
  readonly rows: number;
  readonly harmfulF1: number | null;
  readonly accuracy: number;
  readonly hamFpr: number | null;
  readonly smishingPrecision: number | null;
  readonly smishingRecall: number | null;
}

const LABEL_INDEX: Record<SmsLabel, number> = { ham: 0, spam: 1, smishing: 2 };

/**
 * A row of an evaluation group; `smishing` when it counts for smishing precision and recall
 * (otherwise a spam label means harmful of either kind, and the accuracy takes it so).
 */
interface Member {
  readonly r: number;
  readonly label: number;
  readonly smishing: boolean;
}

/**
 * Per dataset (with that dataset's own labels), per language and overall (union labels). Smishing
 * precision and recall are measured where a set labels smishing apart from spam: a dataset's row
 * gives them if that dataset has smishing labels; in the language and overall rows, every row
 * counts but spam only from sets without smishing labels (UCI, zh-80w), which may be smishing.
 */
export function computeMetrics(corpus: Corpus, cv: CvPredictions): GroupMetrics[] {
  const labelling = smishingDatasets(corpus);
  const groups: { name: string; members: Member[] }[] = [];
  for (const d of corpus.datasets) {
    const members: Member[] = [];
    const smishing = labelling.has(d);
    corpus.rows.forEach((row, r) => {
      const src = row.sources.find((s) => s.dataset === d);
      if (src !== undefined) members.push({ r, label: LABEL_INDEX[src.label], smishing });
    });
    groups.push({ name: d, members });
  }
  // The language and overall figures are the public sets' only (no generated row), union labels.
  const publicRows = (keep: (row: Corpus['rows'][number]) => boolean) => {
    const members: Member[] = [];
    corpus.rows.forEach((row, r) => {
      if (row.foldGroup === undefined && keep(row))
        members.push({
          r,
          label: LABEL_INDEX[row.label],
          smishing: knowsSmishing(row, labelling),
        });
    });
    return members;
  };
  for (const lang of ['en', 'zh'])
    groups.push({ name: `all ${lang}`, members: publicRows((row) => row.lang === lang) });
  groups.push({ name: 'all', members: publicRows(() => true) });
  return groups.map((g) => groupMetrics(g.name, g.members, cv.verdicts));
}

function ratio(num: number, den: number): number | null {
  return den === 0 ? null : num / den;
}

function groupMetrics(
  group: string,
  members: readonly Member[],
  verdicts: Uint8Array,
): GroupMetrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let hams = 0;
  let correct = 0;
  let smTp = 0;
  let smFp = 0;
  let smFn = 0;
  let smLabelled = 0;
  for (const { r, label, smishing } of members) {
    const v = verdicts[r]!;
    // spam whose label cannot tell smishing from spam is right as either
    if (v === label || (label === 1 && !smishing && v > 0)) correct++;
    if (label === 0) hams++;
    if (label > 0 && v > 0) tp++;
    else if (label === 0 && v > 0) fp++;
    else if (label > 0 && v === 0) fn++;
    if (!smishing) continue;
    if (label === 2) smLabelled++;
    if (v === 2 && label === 2) smTp++;
    else if (v === 2) smFp++;
    else if (label === 2) smFn++;
  }
  const hasSmishing = smLabelled > 0;
  return {
    group,
    rows: members.length,
    harmfulF1: tp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn),
    accuracy: correct / Math.max(1, members.length),
    hamFpr: ratio(fp, hams),
    smishingPrecision: hasSmishing ? ratio(smTp, smTp + smFp) : null,
    smishingRecall: hasSmishing ? ratio(smTp, smTp + smFn) : null,
  };
}

/**
 * Macro F1 over the three classes (union labels). Where `smishingKnown` is 0, a spam label means
 * harmful of either kind (FeatureMatrix.smishingKnown): a spam or a smishing verdict is right.
 */
export function macroF1(
  labels: Uint8Array,
  verdicts: Uint8Array,
  skip: Uint8Array = new Uint8Array(labels.length),
  smishingKnown?: Uint8Array,
): number {
  let total = 0;
  for (let c = 0; c < CLASS_COUNT; c++) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let r = 0; r < labels.length; r++) {
      if (skip[r] === 1) continue;
      const v = verdicts[r]!;
      const either = labels[r] === 1 && smishingKnown?.[r] === 0 && v > 0;
      const label = either ? v : labels[r];
      if (v === c && label === c) tp++;
      else if (v === c) fp++;
      else if (label === c) fn++;
    }
    total += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return total / CLASS_COUNT;
}
