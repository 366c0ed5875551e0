import { describe, expect, it } from 'vitest';
import { COMBINER_INPUTS, combine, RULE_CODES } from '../../src/core/sms/model/combiner.js';
import { SMS_MODEL_DATA } from '../../src/core/sms/model/data/sms-model.generated.js';
import {
  assignFolds,
  type FeatureMatrix,
  GROUP_MARK,
  ruleSign,
  trainCombiner,
} from './fit-sms-pipeline.js';

const HAM = 0;

/** The weight of rule input j for class c, relative to ham. */
function relative(weights: readonly number[] | Float64Array, c: number, j: number): number {
  return weights[c * COMBINER_INPUTS + j]! - weights[HAM * COMBINER_INPUTS + j]!;
}

describe('the combiner', () => {
  it('keeps every rule weight of the shipped model on the side its rule argues for', () => {
    RULE_CODES.forEach((code, k) => {
      for (const c of [1, 2]) {
        expect(
          relative(SMS_MODEL_DATA.combinerWeights, c, 2 + k) * ruleSign(code),
        ).toBeGreaterThanOrEqual(0);
      }
    });
  });

  it('projects a rule that the data pushes the wrong way to zero, not below', () => {
    // Rows where APK_PROMPT fires only on ham: unconstrained, its harm weight would go negative.
    const j = 2 + RULE_CODES.indexOf('APK_PROMPT');
    const n = 60;
    const inputs = new Float64Array(n * COMBINER_INPUTS);
    const labels = new Uint8Array(n);
    for (let r = 0; r < n; r++) {
      labels[r] = r % 3;
      inputs[r * COMBINER_INPUTS] = labels[r] === 1 ? 2 : -2;
      inputs[r * COMBINER_INPUTS + 1] = labels[r] === 2 ? 2 : -2;
      if (labels[r] === HAM) inputs[r * COMBINER_INPUTS + j] = 1;
    }
    const fit = trainCombiner(
      inputs,
      labels,
      Int32Array.from({ length: n }, (_, r) => r),
    );
    expect(relative(fit.weights, 1, j)).toBeCloseTo(0, 6);
    expect(relative(fit.weights, 2, j)).toBeCloseTo(0, 6);
  });
});

describe('partial labels', () => {
  it('learns spam of a set without smishing labels as harmful, not as spam over smishing', () => {
    const n = 40;
    const inputs = new Float64Array(n * COMBINER_INPUTS);
    const labels = new Uint8Array(n);
    for (let r = 0; r < n; r++) {
      labels[r] = r % 2; // ham or spam, and no row says which kind of harmful
      inputs[r * COMBINER_INPUTS] = labels[r] === 1 ? 2 : -2;
    }
    const idx = Int32Array.from({ length: n }, (_, r) => r);
    const probs = (known: Uint8Array) => {
      const fit = trainCombiner(inputs, labels, idx, known);
      const x = new Float64Array(COMBINER_INPUTS);
      x[0] = 2;
      const p = new Float64Array(3);
      combine(fit, x, p);
      return p;
    };
    const partial = probs(new Uint8Array(n));
    expect(partial[1]! + partial[2]!).toBeGreaterThan(0.9);
    expect(partial[1]).toBeCloseTo(partial[2]!, 6);
    // the same rows as plain spam labels teach spam over smishing
    const plain = probs(new Uint8Array(n).fill(1));
    expect(plain[1]).toBeGreaterThan(0.9);
  });
});

describe('fold assignment', () => {
  /** A matrix with only the strata assignFolds reads. */
  const withStrata = (strata: string[]) => ({ strata }) as unknown as FeatureMatrix;

  it('spreads a stratum over the folds and keeps a fold group in one fold', () => {
    const strata = [
      ...Array.from({ length: 50 }, () => 'set/ham'),
      ...Array.from({ length: 12 }, () => `${GROUP_MARK}otp`),
      ...Array.from({ length: 9 }, () => `${GROUP_MARK}bank`),
    ];
    const idx = Int32Array.from(strata, (_, i) => i);
    const folds = assignFolds(withStrata(strata), idx, 5, 3);
    const foldsOf = (lo: number, hi: number) => new Set(Array.from(folds.subarray(lo, hi)));
    expect(foldsOf(0, 50).size).toBe(5);
    for (let f = 0; f < 5; f++)
      expect(folds.subarray(0, 50).filter((x) => x === f).length).toBe(10);
    expect(foldsOf(50, 62).size).toBe(1);
    expect(foldsOf(62, 71).size).toBe(1);
    expect(foldsOf(50, 62)).not.toEqual(foldsOf(62, 71));
  });
});
