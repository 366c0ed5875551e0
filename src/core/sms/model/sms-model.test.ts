import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/app-error.js';
import { RULE_CODES } from './combiner.js';
import { SMS_MODEL_DATA } from './data/sms-model.generated.js';
import { FEATURISER_VERSION, HASH_BITS } from './featurise-sms-text.js';
import { decodeTextWeights, getSmsModel, toSmsModel } from './sms-model.js';

describe('the generated SMS model', () => {
  it('was trained with this featuriser and these rule codes', () => {
    expect(SMS_MODEL_DATA.featuriserVersion).toBe(FEATURISER_VERSION);
    expect(SMS_MODEL_DATA.hashBits).toBe(HASH_BITS);
    expect([...SMS_MODEL_DATA.ruleCodes]).toEqual([...RULE_CODES]);
  });

  it('decodes once, with thresholds inside (0, 1)', () => {
    const model = getSmsModel();
    expect(getSmsModel()).toBe(model);
    expect(decodeTextWeights(SMS_MODEL_DATA).length).toBe(3 * 2 ** HASH_BITS);
    for (const t of [model.thresholds.latin, model.thresholds.cjk]) {
      expect(t.harmful).toBeGreaterThan(0);
      expect(t.harmful).toBeLessThan(1);
      expect(t.smishingShare).toBeGreaterThan(0);
      expect(t.smishingShare).toBeLessThan(1);
    }
  });

  it.each([
    ['a featuriser mismatch', { ...SMS_MODEL_DATA, featuriserVersion: -1 }],
    [
      'truncated weights',
      { ...SMS_MODEL_DATA, textWeights: SMS_MODEL_DATA.textWeights.slice(0, 400) },
    ],
    [
      'broken base64',
      { ...SMS_MODEL_DATA, textWeights: `!${SMS_MODEL_DATA.textWeights.slice(1)}` },
    ],
    ['missing rule codes', { ...SMS_MODEL_DATA, ruleCodes: RULE_CODES.slice(1) }],
    ['short combiner weights', { ...SMS_MODEL_DATA, combinerWeights: [0, 1] }],
  ])('rejects %s with SMS_MODEL_INVALID', (_name, data) => {
    expect(() => toSmsModel(data)).toThrow(AppError);
    try {
      toSmsModel(data);
    } catch (error) {
      expect((error as AppError).code).toBe('SMS_MODEL_INVALID');
    }
  });
});
