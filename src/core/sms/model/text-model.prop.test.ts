import { fc, test } from '@fast-check/vitest';
import { expect, it } from 'vitest';
import {
  createFeatureBuffer,
  featuriseSmsText,
  HASH_BITS,
  MAX_FEATURES,
} from './featurise-sms-text.js';
import { SMS_MODEL_DATA } from './data/sms-model.generated.js';
import { decodeTextWeights, getSmsModel } from './sms-model.js';
import {
  CLASS_COUNT,
  type CompactTextModel,
  compactTextLogits,
  compactTopFeatures,
  dequantiseTextModel,
  type FeatureSlice,
  type TextModel,
  textLogits,
  toCompactTextModel,
  topFeatures,
} from './text-model.js';

// The compact model must give exactly what the plain float model gives: same logits bit for bit,
// same evidence features. The plain textLogits / topFeatures are the reference.

const BUCKETS = 1 << HASH_BITS;

/** A synthetic int8 model: mostly empty buckets, some with one class set, extremes included. */
function syntheticModel(seed: number): { plain: TextModel; compact: CompactTextModel } {
  let x = seed >>> 0 || 1;
  const next = (): number => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
  const q = new Int8Array(BUCKETS * CLASS_COUNT);
  for (let b = 0; b < BUCKETS; b++) {
    const r = next();
    if (r % 4 !== 0) continue; // three buckets in four hold no weight
    for (let c = 0; c < CLASS_COUNT; c++) {
      const v = next();
      q[b * CLASS_COUNT + c] =
        v % 3 === 0 ? 0 : v % 7 === 0 ? (v & 1 ? 127 : -128) : (v & 255) - 128;
    }
  }
  const scale = 0.0731;
  const bias = Float64Array.from([0.25, -1.5, -0.75]);
  return {
    plain: dequantiseTextModel(q, scale, bias),
    compact: toCompactTextModel(q, scale, bias),
  };
}

const shipped = getSmsModel();
const MODELS: readonly { plain: TextModel; compact: CompactTextModel }[] = [
  {
    plain: dequantiseTextModel(
      decodeTextWeights(SMS_MODEL_DATA),
      SMS_MODEL_DATA.textScale,
      Float64Array.from(SMS_MODEL_DATA.textBias),
    ),
    compact: shipped.compactText,
  },
  syntheticModel(20_240_520),
];

const buf = createFeatureBuffer();

function plainLogits(model: TextModel, buckets: Uint32Array, n: number): Float64Array {
  const slice: FeatureSlice = { buckets, from: 0, to: n };
  const out = new Float64Array(3);
  textLogits(model, slice, out);
  return out;
}

const offsets = new Int32Array(MAX_FEATURES);

function compactLogits(model: CompactTextModel, buckets: Uint32Array, n: number): Float64Array {
  const out = new Float64Array(3);
  compactTextLogits(model, buckets, n, out, offsets);
  return out;
}

const PIECES = [
  '【中国移动】',
  '积分兑换现金',
  '请登录',
  '10086wds.cn',
  'http://t.cn/abc',
  'URL',
  '13812345678',
  'You have won a FREE prize',
  'Call 09061701461',
  'txt STOP to 87121',
  '&lt;#&gt;',
  '😀',
  ' ',
];
const arbMessage = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 30 })
    .map((parts) => parts.join('')),
);

test.prop([arbMessage, fc.constantFrom(0, 1)], { numRuns: 400 })(
  'compact logits and evidence features equal the plain model on featurised messages',
  (text, m) => {
    const { plain, compact } = MODELS[m]!;
    const n = featuriseSmsText(text, buf);
    expect(compactLogits(compact, buf.buckets, n)).toEqual(plainLogits(plain, buf.buckets, n));
    for (const cls of [1, 2]) {
      expect(compactTopFeatures(compact, buf, offsets, n, cls, 3)).toEqual(
        topFeatures(plain, buf, n, cls, 3),
      );
    }
  },
);

test.prop(
  [fc.array(fc.integer({ min: 0, max: BUCKETS - 1 }), { maxLength: 200 }), fc.constantFrom(0, 1)],
  { numRuns: 400 },
)('compact logits equal the plain model on any buckets', (list, m) => {
  const { plain, compact } = MODELS[m]!;
  const buckets = Uint32Array.from(list);
  expect(compactLogits(compact, buckets, list.length)).toEqual(
    plainLogits(plain, buckets, list.length),
  );
});

it('looks up every bucket of a word, including the last bit, like the plain model', () => {
  const { plain, compact } = MODELS[1]!;
  // Every bucket once, in order: each bit position of every index word is read.
  const buckets = Uint32Array.from({ length: BUCKETS }, (_, b) => b);
  for (let from = 0; from < BUCKETS; from += 4096) {
    const part = buckets.subarray(from, from + 4096);
    expect(compactLogits(compact, part, part.length)).toEqual(
      plainLogits(plain, part, part.length),
    );
  }
});
