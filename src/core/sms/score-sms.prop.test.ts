import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { isCjkText } from './model/featurise-sms-text.js';
import { getSmsModel } from './model/sms-model.js';
import { analyzeSms } from './analyze-sms.js';
import { scoreSms, sortByWeight } from './score-sms.js';
import type { Signal } from './types.js';

const PIECES = [
  '【中国移动】',
  '积分',
  '兑换现金',
  '请登录',
  '10086wds.cn',
  'http://t.cn/abc',
  'URL',
  '13812345678',
  'You have won',
  'Call 09061701461',
  'free',
  '!',
  ' ',
  '\uD800',
  '\uDFFF',
  '😀',
  '&lt;#&gt;',
  'x',
];
const arbMessage = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 600 }),
  fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 6 })), {
      maxLength: 30,
    })
    .map((parts) => parts.join('')),
);
const arbSender = fc.option(
  fc.oneof(fc.constantFrom('10086', '95588', '+447700900123'), fc.string()),
  {
    nil: undefined,
  },
);

test.prop([arbMessage, arbSender], { numRuns: 300 })(
  'never throws; score in [0, 1] with 4 decimals; verdict follows the thresholds',
  (text, sender) => {
    const v = scoreSms({ text, sender });
    expect(v.score).toBeGreaterThanOrEqual(0);
    expect(v.score).toBeLessThanOrEqual(1);
    expect(Math.round(v.score * 10_000) / 10_000).toBe(v.score);
    const t = isCjkText(text) ? getSmsModel().thresholds.cjk : getSmsModel().thresholds.latin;
    // The rules that settle a verdict whatever the score (SmsAnalysis), else the threshold.
    const a = analyzeSms({ text, sender });
    if (a.impersonation || a.impostorScam || a.malwareLink) expect(v.verdict).toBe('smishing');
    else if (a.officialNotice) expect(v.verdict).toBe('ham');
    else if (v.score >= t.harmful) expect(v.verdict).not.toBe('ham');
    else expect(v.verdict).toBe(a.premiumRate || a.marketing ? 'spam' : 'ham');
    for (const s of v.signals) expect(Number.isFinite(s.weight)).toBe(true);
  },
);

test('the generator reaches both verdict sides', () => {
  let harmful = 0;
  let ham = 0;
  fc.assert(
    fc.property(arbMessage, (text) => {
      if (scoreSms({ text }).verdict === 'ham') ham++;
      else harmful++;
    }),
    { numRuns: 300 },
  );
  expect(harmful).toBeGreaterThan(10);
  expect(ham).toBeGreaterThan(10);
});

test.prop([fc.array(fc.constantFrom(-0.5, 0, 0.05, 0.123, 1, 2.5), { maxLength: 12 })])(
  'sortByWeight orders like the stable sort by weight, strongest first',
  (weights) => {
    const signals: Signal[] = weights.map((weight, k) => ({
      code: 'LURE',
      weight,
      evidence: String(k),
      spans: [],
    }));
    const expected = signals.slice().sort((a, b) => b.weight - a.weight);
    sortByWeight(signals);
    expect(signals).toEqual(expected);
  },
);
