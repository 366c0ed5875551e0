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
