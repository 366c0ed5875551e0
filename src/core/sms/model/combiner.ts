/**
 * The learned combiner: a small multinomial logistic regression (ham / spam / smishing) over the
 * text model's two log-odds and every rule code's value. Its weights are learned by stacking
 * (scripts/train-sms-model.ts); nothing here is hand-picked. Pure: imports only core.
 */
import { SignalCode } from '../types.js';

/** Rule codes fed to the combiner, in a fixed order: every SignalCode except the model's own. */
export const RULE_CODES: readonly SignalCode[] = SignalCode.filter(
  (c) => c !== 'MODEL_SMISHING' && c !== 'MODEL_SPAM',
);
/** Input 0: text log-odds spam vs ham; 1: smishing vs ham; then one input per rule code. */
export const COMBINER_INPUTS = 2 + RULE_CODES.length;
/** Text log-odds are clipped to this magnitude so one confident model cannot swamp the rules. */
export const TEXT_LOG_ODDS_CLIP = 12;

const RULE_INDEX: ReadonlyMap<SignalCode, number> = new Map(RULE_CODES.map((c, k) => [c, 2 + k]));

/** Input index of a rule code, or -1 for the model's own codes. */
export function ruleInputIndex(code: SignalCode): number {
  return RULE_INDEX.get(code) ?? -1;
}

/** Combiner weights: class-major `weights[class * COMBINER_INPUTS + input]`, one bias per class. */
export interface Combiner {
  readonly weights: Float64Array;
  readonly bias: Float64Array;
}

function clip(x: number): number {
  return Math.min(TEXT_LOG_ODDS_CLIP, Math.max(-TEXT_LOG_ODDS_CLIP, x));
}

/** Writes the text model's two inputs from its class logits (ham, spam, smishing). */
export function setTextInputs(inputs: Float64Array, textLogits: Float64Array): void {
  inputs[0] = clip(textLogits[1]! - textLogits[0]!);
  inputs[1] = clip(textLogits[2]! - textLogits[0]!);
}

/**
 * Writes class probabilities (ham, spam, smishing) of `inputs` into `probs`. Most rule inputs are
 * zero, and a zero input only adds a signed zero to a class sum: skipping it leaves every sum as
 * it was (a sum that is itself zero can only change the sign of its zero, which exp ignores).
 */
export function combine(model: Combiner, inputs: Float64Array, probs: Float64Array): void {
  const w = model.weights;
  let z0 = model.bias[0]!;
  let z1 = model.bias[1]!;
  let z2 = model.bias[2]!;
  for (let j = 0; j < COMBINER_INPUTS; j++) {
    const x = inputs[j]!;
    if (x === 0) continue;
    z0 += w[j]! * x;
    z1 += w[COMBINER_INPUTS + j]! * x;
    z2 += w[2 * COMBINER_INPUTS + j]! * x;
  }
  let max = Number.NEGATIVE_INFINITY;
  if (z0 > max) max = z0;
  if (z1 > max) max = z1;
  if (z2 > max) max = z2;
  const e0 = Math.exp(z0 - max);
  const e1 = Math.exp(z1 - max);
  const e2 = Math.exp(z2 - max);
  const sum = e0 + e1 + e2;
  probs[0] = e0 / sum;
  probs[1] = e1 / sum;
  probs[2] = e2 / sum;
}

/**
 * Exact share of input j in the harmful log-odds log((p_spam + p_smishing) / p_ham). With
 * pi = the spam/smishing split of the harmful mass, log-odds = sum_j (pi_s W_sj + pi_m W_mj - W_hj)
 * x_j + (the same mix of biases) + H(pi); this returns the j-th term.
 */
export function harmfulContribution(
  model: Combiner,
  probs: Float64Array,
  inputs: Float64Array,
  j: number,
): number {
  const harm = probs[1]! + probs[2]!;
  const piSpam = harm > 0 ? probs[1]! / harm : 0.5;
  const w = model.weights;
  const perUnit =
    piSpam * w[COMBINER_INPUTS + j]! + (1 - piSpam) * w[2 * COMBINER_INPUTS + j]! - w[j]!;
  return perUnit * inputs[j]!;
}
