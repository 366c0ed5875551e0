/**
 * The shipped SMS model: decodes the generated data (int8 text weights as base64, combiner
 * weights, thresholds) on first use, never at import time, and checks it matches this code's
 * featuriser and rule codes. Pure: imports only core.
 */
import { AppError } from '../../shared/app-error.js';
import { COMBINER_INPUTS, type Combiner, RULE_CODES } from './combiner.js';
import { SMS_MODEL_DATA } from './data/sms-model.generated.js';
import { decodeBase64 } from './decode-base64.js';
import { FEATURISER_VERSION, HASH_BITS } from './featurise-sms-text.js';
import { CLASS_COUNT, type CompactTextModel, toCompactTextModel } from './text-model.js';

/** Decision cut-offs for one script (Latin or CJK text), chosen by cross-validation. */
export interface SmsThresholds {
  /** Harmful (spam or smishing) when the rounded score is at least this. */
  readonly harmful: number;
  /** Harmful is smishing when p_smishing / (p_spam + p_smishing) is at least this. */
  readonly smishingShare: number;
}

/** The serialised model, as written by scripts/train-sms-model.ts. */
export interface SmsModelData {
  readonly featuriserVersion: number;
  readonly hashBits: number;
  readonly ruleCodes: readonly string[];
  readonly textScale: number;
  readonly textBias: readonly number[];
  readonly textWeights: string;
  readonly combinerWeights: readonly number[];
  readonly combinerBias: readonly number[];
  readonly thresholds: { readonly latin: SmsThresholds; readonly cjk: SmsThresholds };
}

export interface SmsModel {
  /**
   * The text model in the form inference reads: the logits of the int8 weights dequantised
   * (dequantiseTextModel), bit for bit, in a twelfth of the memory of the float table.
   */
  readonly compactText: CompactTextModel;
  readonly combiner: Combiner;
  readonly thresholds: { readonly latin: SmsThresholds; readonly cjk: SmsThresholds };
}

let cached: SmsModel | null = null;

/** The shipped model, decoded once. Throws AppError SMS_MODEL_INVALID if the data is unusable. */
export function getSmsModel(): SmsModel {
  cached ??= toSmsModel(SMS_MODEL_DATA);
  return cached;
}

function invalid(reason: string): AppError {
  return new AppError('SMS_MODEL_INVALID', `SMS model data is unusable: ${reason}`);
}

/** The int8 text weights of serialised model data (feature-major, three classes per bucket). */
export function decodeTextWeights(data: SmsModelData): Int8Array {
  const bytes = decodeBase64(data.textWeights);
  if (bytes === null || bytes.length !== (1 << HASH_BITS) * CLASS_COUNT) {
    throw invalid('text weights have the wrong size');
  }
  return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** Decodes and checks serialised model data. */
export function toSmsModel(data: SmsModelData): SmsModel {
  if (data.featuriserVersion !== FEATURISER_VERSION || data.hashBits !== HASH_BITS) {
    throw invalid(`trained for featuriser ${data.featuriserVersion}/${data.hashBits} bits`);
  }
  if (data.ruleCodes.join() !== RULE_CODES.join()) throw invalid('rule codes differ');
  const q = decodeTextWeights(data);
  if (
    data.textBias.length !== CLASS_COUNT ||
    data.combinerWeights.length !== CLASS_COUNT * COMBINER_INPUTS ||
    data.combinerBias.length !== CLASS_COUNT
  ) {
    throw invalid('weight vectors have the wrong length');
  }
  return {
    compactText: toCompactTextModel(q, data.textScale, Float64Array.from(data.textBias)),
    combiner: {
      weights: Float64Array.from(data.combinerWeights),
      bias: Float64Array.from(data.combinerBias),
    },
    thresholds: data.thresholds,
  };
}
