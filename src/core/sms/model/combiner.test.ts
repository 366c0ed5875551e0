import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { SignalCode } from '../types.js';
import {
  COMBINER_INPUTS,
  type Combiner,
  combine,
  harmfulContribution,
  RULE_CODES,
  ruleInputIndex,
} from './combiner.js';

const arbCombiner = fc
  .tuple(
    fc.array(fc.double({ min: -4, max: 4, noNaN: true }), {
      minLength: 3 * COMBINER_INPUTS,
      maxLength: 3 * COMBINER_INPUTS,
    }),
    fc.array(fc.double({ min: -4, max: 4, noNaN: true }), { minLength: 3, maxLength: 3 }),
  )
  .map(([w, b]): Combiner => ({ weights: Float64Array.from(w), bias: Float64Array.from(b) }));
const arbInputs = fc
  .array(fc.double({ min: -12, max: 12, noNaN: true }), {
    minLength: COMBINER_INPUTS,
    maxLength: COMBINER_INPUTS,
  })
  .map((x) => Float64Array.from(x));

test.prop([arbCombiner, arbInputs])(
  'signal weights, biases and the split entropy add up to the harmful log-odds exactly',
  (model, inputs) => {
    const p = new Float64Array(3);
    combine(model, inputs, p);
    const harm = p[1]! + p[2]!;
    fc.pre(p[0]! > 1e-12 && p[1]! > 1e-12 && p[2]! > 1e-12);
    const pi = p[1]! / harm;
    let sum = pi * model.bias[1]! + (1 - pi) * model.bias[2]! - model.bias[0]!;
    sum += -(pi * Math.log(pi) + (1 - pi) * Math.log(1 - pi));
    for (let j = 0; j < COMBINER_INPUTS; j++) sum += harmfulContribution(model, p, inputs, j);
    expect(sum).toBeCloseTo(Math.log(harm / p[0]!), 6);
    expect(p[0]! + p[1]! + p[2]!).toBeCloseTo(1, 12);
  },
);

test('every rule code has its own input and the model codes have none', () => {
  expect(RULE_CODES.length + 2).toBe(SignalCode.length);
  expect(new Set(RULE_CODES.map(ruleInputIndex)).size).toBe(RULE_CODES.length);
  expect(ruleInputIndex('MODEL_SMISHING')).toBe(-1);
  expect(ruleInputIndex('MODEL_SPAM')).toBe(-1);
  expect(ruleInputIndex('LINK_PRESENT')).toBeGreaterThanOrEqual(2);
});

/** The dense combine that the sparse one replaced: every input, class by class. */
function referenceCombine(model: Combiner, inputs: Float64Array, probs: Float64Array): void {
  const w = model.weights;
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < 3; c++) {
    let z = model.bias[c]!;
    const o = c * COMBINER_INPUTS;
    for (let j = 0; j < COMBINER_INPUTS; j++) z += w[o + j]! * inputs[j]!;
    probs[c] = z;
    if (z > max) max = z;
  }
  let sum = 0;
  for (let c = 0; c < 3; c++) {
    const e = Math.exp(probs[c]! - max);
    probs[c] = e;
    sum += e;
  }
  for (let c = 0; c < 3; c++) probs[c] = probs[c]! / sum;
}

/** Mostly zero inputs, like a message's rule hits; signed zeros and whole-zero rows included. */
const arbSparseInputs = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(0, -0) },
      { weight: 1, arbitrary: fc.double({ min: -12, max: 12, noNaN: true }) },
    ),
    { minLength: COMBINER_INPUTS, maxLength: COMBINER_INPUTS },
  )
  .map((x) => Float64Array.from(x));
const arbBias = fc.constantFrom(0, -0, 1.5, -2.25);

test.prop([arbCombiner, arbSparseInputs, arbBias])(
  'combine gives the dense reference probabilities bit for bit',
  (model, inputs, b) => {
    const withBias = { weights: model.weights, bias: Float64Array.of(b, model.bias[1]!, b) };
    for (const m of [model, withBias]) {
      const got = new Float64Array(3);
      const want = new Float64Array(3);
      combine(m, inputs, got);
      referenceCombine(m, inputs, want);
      expect(Array.from(got)).toEqual(Array.from(want));
    }
  },
);
