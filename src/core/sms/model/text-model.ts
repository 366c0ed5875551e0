/**
 * The linear text model over hashed features: class logits for ham / spam / smishing, and the
 * features that pushed a class up the most (for the evidence sentence). Pure: imports only core.
 */
import { type FeatureBuffer, MAX_FEATURES } from './featurise-sms-text.js';

/** Class order everywhere in the model: index 0 ham, 1 spam, 2 smishing. */
export const MODEL_CLASSES = ['ham', 'spam', 'smishing'] as const;
export const CLASS_COUNT = 3;

/** Weights of the text model: feature-major `weights[bucket * 3 + class]`, plus one bias per class. */
export interface TextModel {
  readonly weights: Float32Array;
  readonly bias: Float64Array;
}

/** The float model that int8 weights `q` stand for: `weights[k] = q[k] * scale` (float32). */
export function dequantiseTextModel(q: Int8Array, scale: number, bias: Float64Array): TextModel {
  const weights = new Float32Array(q.length);
  for (let k = 0; k < q.length; k++) weights[k] = q[k]! * scale;
  return { weights, bias };
}

/** The feature scale: counts divided by the square root of the feature count (length-normalised). */
export function featureScale(n: number): number {
  return n > 0 ? 1 / Math.sqrt(n) : 0;
}

/** A run of feature buckets: `buckets[from, to)` (one message). Reused, so fields are mutable. */
export interface FeatureSlice {
  buckets: Uint32Array;
  from: number;
  to: number;
}

/** Writes the class logits of one message's features into `logits` (length 3). */
export function textLogits(model: TextModel, slice: FeatureSlice, logits: Float64Array): void {
  const w = model.weights;
  const b = slice.buckets;
  const to = slice.to;
  const n = to - slice.from;
  let l0 = 0;
  let l1 = 0;
  let l2 = 0;
  for (let k = slice.from; k < to; k++) {
    const o = b[k]! * 3;
    l0 += w[o]!;
    l1 += w[o + 1]!;
    l2 += w[o + 2]!;
  }
  const s = featureScale(n);
  logits[0] = model.bias[0]! + l0 * s;
  logits[1] = model.bias[1]! + l1 * s;
  logits[2] = model.bias[2]! + l2 * s;
}

/** In-place softmax over 3 logits. */
export function softmax3(z: Float64Array): void {
  const m = Math.max(z[0]!, z[1]!, z[2]!);
  const e0 = Math.exp(z[0]! - m);
  const e1 = Math.exp(z[1]! - m);
  const e2 = Math.exp(z[2]! - m);
  const sum = e0 + e1 + e2;
  z[0] = e0 / sum;
  z[1] = e1 / sum;
  z[2] = e2 / sum;
}

/**
 * Indices (into `buf`) of up to `k` features that raised class `cls` over ham the most, distinct
 * by source range, strongest first. Allocates only the small result; used when explaining.
 */
export function topFeatures(
  model: TextModel,
  buf: FeatureBuffer,
  n: number,
  cls: number,
  k: number,
): number[] {
  const picked: number[] = [];
  const w = model.weights;
  for (let round = 0; round < k; round++) {
    let best = -1;
    let bestValue = 0;
    for (let f = 0; f < n; f++) {
      // single characters (a lone CJK character, punctuation) make poor evidence; words, links,
      // numbers and CJK 2-3-grams are what a reader can check
      if (buf.ends[f]! - buf.starts[f]! < 2) continue;
      const o = buf.buckets[f]! * 3;
      const value = w[o + cls]! - w[o]!;
      if (value <= bestValue || overlapsPicked(buf, picked, f)) continue;
      best = f;
      bestValue = value;
    }
    if (best < 0) break;
    picked.push(best);
  }
  return picked;
}

function overlapsPicked(buf: FeatureBuffer, picked: readonly number[], f: number): boolean {
  for (const p of picked) {
    if (buf.starts[f]! < buf.ends[p]! && buf.starts[p]! < buf.ends[f]!) return true;
  }
  return false;
}

/**
 * The shipped (int8-quantised) text model as inference reads it. Most buckets of the hashed table
 * hold no weight at all; a bitmap says which do (with a running count per word), and only those
 * keep their three int8 codes, packed. A message's random lookups then touch about a quarter of a
 * megabyte instead of the 3 MB float table (cache misses were a tenth of scoring time), and every
 * sum adds the very same float32 values in the same order (an empty bucket adds +0, which changes
 * no sum that starts at +0), so the logits equal textLogits over the dequantised TextModel bit for
 * bit (text-model.prop.test.ts keeps that one as the reference).
 */
export interface CompactTextModel {
  /** Per 32 buckets: `[bits, rank]`, bit b set when bucket `32w + b` has a non-zero weight; rank = set bits before word w. */
  readonly index: Int32Array;
  /**
   * Per non-zero bucket, in bucket order: its three codes (int8 weight + 128, class order) packed
   * `ham | spam << 8 | smishing << 16`, the form compactTextLogits hands to explaining. One load a
   * feature instead of three byte loads and the packing (measured: a quarter less time in
   * compactTextLogits on the train sets).
   */
  readonly packed: Int32Array;
  /** `levels[code]` = Math.fround((code - 128) * scale): the dequantised float32 weight. */
  readonly levels: Float64Array;
  readonly bias: Float64Array;
}

/** The compact form of feature-major int8 weights `q` dequantised as `fround(q * scale)`. */
export function toCompactTextModel(
  q: Int8Array,
  scale: number,
  bias: Float64Array,
): CompactTextModel {
  const buckets = Math.ceil(q.length / CLASS_COUNT);
  const index = new Int32Array(2 * Math.ceil(buckets / 32));
  const packed: number[] = [];
  for (let b = 0; b < buckets; b++) {
    const o = b * CLASS_COUNT;
    if (q[o] === 0 && q[o + 1] === 0 && q[o + 2] === 0) continue;
    const w = 2 * (b >>> 5);
    index[w] = index[w]! | (1 << (b & 31));
    const code = (c: number): number => (q[o + c] ?? 0) + 128;
    packed.push(code(0) | (code(1) << 8) | (code(2) << 16));
  }
  let rank = 0;
  for (let w = 0; w < index.length; w += 2) {
    index[w + 1] = rank;
    rank += bitCount(index[w]!);
  }
  const levels = new Float64Array(256);
  for (let code = 0; code < 256; code++) levels[code] = Math.fround((code - 128) * scale);
  return { index, packed: Int32Array.from(packed), levels, bias };
}

function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * textLogits over a compact model and the first `n` buckets: the same logits, bit for bit. Writes
 * each feature's three codes, packed `ham | spam << 8 | smishing << 16` (-1 for an empty bucket),
 * to `featureCodes`, for compactTopFeatures: explaining then reads them in order instead of going
 * back to the model's table at random.
 */
export function compactTextLogits(
  model: CompactTextModel,
  buckets: Uint32Array,
  n: number,
  logits: Float64Array,
  featureCodes: Int32Array,
): void {
  const { index, packed, levels } = model;
  let l0 = 0;
  let l1 = 0;
  let l2 = 0;
  for (let k = 0; k < n; k++) {
    const bucket = buckets[k]!;
    const w = (bucket >>> 5) << 1;
    const bits = index[w]!;
    const bit = 1 << (bucket & 31);
    if ((bits & bit) === 0) {
      featureCodes[k] = -1;
      continue;
    }
    const codes = packed[index[w + 1]! + bitCount(bits & (bit - 1))]!;
    featureCodes[k] = codes;
    l0 += levels[codes & 255]!;
    l1 += levels[(codes >>> 8) & 255]!;
    l2 += levels[codes >>> 16]!;
  }
  const s = featureScale(n);
  logits[0] = model.bias[0]! + l0 * s;
  logits[1] = model.bias[1]! + l1 * s;
  logits[2] = model.bias[2]! + l2 * s;
}

// Candidates of compactTopFeatures: features that raise the class at all (synchronous scratch).
const CANDIDATE_INDEX = new Int32Array(MAX_FEATURES);
const CANDIDATE_VALUE = new Float64Array(MAX_FEATURES);

/**
 * topFeatures over a compact model, with the same result, given the `featureCodes`
 * compactTextLogits wrote for these features: each feature's value is computed once, and only the
 * features with a positive value (the only ones topFeatures can pick) are searched again in the
 * later rounds.
 */
export function compactTopFeatures(
  model: CompactTextModel,
  buf: FeatureBuffer,
  featureCodes: Int32Array,
  n: number,
  cls: number,
  k: number,
): number[] {
  const { levels } = model;
  const { starts, ends } = buf;
  const shift = cls * 8;
  // Candidates without a branch per feature (about one in six stays, and branching on each
  // mispredicted often enough to cost a third of explaining; measured on the train sets): the
  // index is written always and kept when both signs say so. `ham - mine` is negative when the
  // class code is above ham's (levels rise with the code, so any other feature has a value <= 0
  // and is never picked; an empty bucket's -1 reads 255 for both); `1 - length` is negative when
  // the feature spans 2+ code units.
  let m = 0;
  for (let f = 0; f < n; f++) {
    const packed = featureCodes[f]!;
    const raises = (packed & 255) - ((packed >>> shift) & 255);
    const long = 1 - (ends[f]! - starts[f]!);
    CANDIDATE_INDEX[m] = f;
    m += (raises & long) >>> 31;
  }
  for (let c = 0; c < m; c++) {
    const packed = featureCodes[CANDIDATE_INDEX[c]!]!;
    CANDIDATE_VALUE[c] = levels[(packed >>> shift) & 255]! - levels[packed & 255]!;
  }
  const picked: number[] = [];
  for (let round = 0; round < k; round++) {
    let best = -1;
    let bestValue = 0;
    for (let c = 0; c < m; c++) {
      const value = CANDIDATE_VALUE[c]!;
      if (value <= bestValue) continue;
      const f = CANDIDATE_INDEX[c]!;
      if (round > 0 && overlapsAny(starts, ends, picked, f)) continue;
      best = f;
      bestValue = value;
    }
    if (best < 0) break;
    picked.push(best);
  }
  return picked;
}

function overlapsAny(starts: Int32Array, ends: Int32Array, picked: number[], f: number): boolean {
  const s = starts[f]!;
  const e = ends[f]!;
  for (let j = 0; j < picked.length; j++) {
    const p = picked[j]!;
    if (s < ends[p]! && starts[p]! < e) return true;
  }
  return false;
}
