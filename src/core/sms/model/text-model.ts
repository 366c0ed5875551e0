/**
 * The linear text model over hashed features: class logits for ham / spam / smishing, and the
 * features that pushed a class up the most (for the evidence sentence). Pure: imports only core.
 */
import type { FeatureBuffer } from './featurise-sms-text.js';

/** Class order everywhere in the model: index 0 ham, 1 spam, 2 smishing. */
export const MODEL_CLASSES = ['ham', 'spam', 'smishing'] as const;
export const CLASS_COUNT = 3;

/** Weights of the text model: feature-major `weights[bucket * 3 + class]`, plus one bias per class. */
export interface TextModel {
  readonly weights: Float32Array;
  readonly bias: Float64Array;
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
