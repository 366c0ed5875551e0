import { fc, test } from '@fast-check/vitest';
import { expect, it } from 'vitest';
import { analyzeSms } from './analyze-sms.js';
import { SignalCode } from './types.js';

const smsUnit = fc.constantFrom(
  '积分',
  '兑换现金',
  '中国移动',
  '10086',
  'wds',
  '.',
  '。',
  ' ',
  'cn',
  'http://',
  'URL',
  '工行',
  'USPS',
  'x',
  '1',
  '3',
  '8',
  '-',
  '＋',
  'ｃ',
  '\uD83D',
  '【',
  '】',
  'call',
  'top',
  '國',
  'Hi Mum',
  'new number',
  'whatsapp',
  '换号',
  '急用钱',
);
const noise = fc.array(smsUnit, { maxLength: 25 }).map((a) => a.join(''));
const smsLike = fc
  .tuple(
    noise,
    fc.constantFrom('中国移动', '【工商银行】', 'USPS: ', ''),
    noise,
    fc.constantFrom(
      ' 10086wds.cn ',
      'jf.10086.cn',
      'usps-x.top/a',
      ' 10086 wds .cn ',
      'ｉｃｂｃ．ｃｏｍ',
      '',
    ),
    noise,
  )
  .map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 1_000, unit: 'binary' }), smsLike);
const sender = fc.option(
  fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom('10086', '+8613812345678', 'USPS', '95588'),
  ),
  { nil: undefined },
);

test.prop([anyText, sender, fc.boolean()])(
  'never throws; spans inside the text; each code once',
  (text, s, placeholders) => {
    const a = analyzeSms(
      { text, sender: s },
      { placeholderLinks: placeholders, placeholderNumbers: placeholders },
    );
    const seen = new Set<string>();
    for (const h of a.hits) {
      expect(SignalCode).toContain(h.code);
      expect(seen.has(h.code)).toBe(false);
      seen.add(h.code);
      expect(h.value).toBeGreaterThanOrEqual(0);
      expect(h.value).toBeLessThanOrEqual(1);
      expect(h.evidence.length).toBeGreaterThan(0);
      for (const [st, en] of h.spans) {
        expect(st).toBeGreaterThanOrEqual(0);
        expect(en).toBeLessThanOrEqual(text.length);
        expect(st).toBeLessThan(en);
      }
    }
  },
);

test.prop([anyText, sender])(
  'settles a verdict by rule only with the evidence that says so',
  (text, s) => {
    const a = analyzeSms({ text, sender: s });
    const evidence = (code: string) => a.hits.find((h) => h.code === code)?.evidence ?? '';
    expect(a.impostorScam).toBe(/scam, smishing by rule/.test(evidence('LURE')));
    expect(a.impersonation).toBe(
      evidence('BRAND_LINK_NOT_OFFICIAL').includes('smishing by rule') ||
        evidence('LINK_LOOKALIKE_DOMAIN').includes('smishing by rule') ||
        evidence('CALLBACK_NUMBER').includes('smishing by rule') ||
        evidence('INSTITUTION_FROM_PERSONAL_NUMBER').includes('smishing by rule'),
    );
    expect(a.taskScam).toBe(evidence('LURE').includes('task scam'));
    expect(a.investmentPitch).toBe(evidence('LURE').includes('VIP group'));
    expect(a.advertLure).toBe(evidence('LURE').includes("a lender's pitch"));
    if (a.impostorScam) {
      expect([
        'family_emergency',
        'boss_impersonation',
        'police_investigation',
        'verification_code',
        'sextortion',
        'wrong_number',
        'account_change',
        'mistaken_transfer',
        'advance_fee',
        'extortion',
      ]).toContain(a.lure);
    }
    expect(a.officialNotice).toBe(
      evidence('BRAND_OFFICIAL_CONTACT').includes('ham by rule') ||
        evidence('OFFICIAL_SENDER_OFFICIAL_LINK').includes('ham by rule') ||
        evidence('ANTI_FRAUD_WARNING').includes('ham by rule') ||
        evidence('ONE_TIME_CODE').includes('ham by rule') ||
        evidence('SCHOOL_NOTICE').includes('ham by rule') ||
        evidence('ACCOUNT_NOTICE').includes('ham by rule') ||
        evidence('SENDER_ID_NOTICE').includes('ham by rule') ||
        evidence('PERSONAL_MESSAGE').includes('ham by rule'),
    );
    expect(a.malwareLink).toBe(
      evidence('LINK_APK').includes('smishing by rule') ||
        evidence('LINK_RAW_IP').includes('smishing by rule') ||
        evidence('LINK_OBFUSCATED').includes('smishing by rule') ||
        evidence('LURE').includes('album trojan'),
    );
    if (a.officialNotice) expect(a.impersonation || a.impostorScam || a.malwareLink).toBe(false);
  },
);

test.prop([smsLike, sender])('is deterministic', (text, s) => {
  expect(analyzeSms({ text, sender: s })).toEqual(analyzeSms({ text, sender: s }));
});

test.prop([smsLike])('hits come in SignalCode order', (text) => {
  const order = analyzeSms({ text }).hits.map((h) => SignalCode.indexOf(h.code));
  expect(order).toEqual([...order].sort((x, y) => x - y));
});

it('reaches the link and brand branches of the generator', () => {
  const samples = fc.sample(smsLike, { numRuns: 400, seed: 7 });
  const withBrandLink = samples.filter((t) =>
    analyzeSms({ text: t }).hits.some((h) => h.code === 'BRAND_LINK_NOT_OFFICIAL'),
  );
  expect(withBrandLink.length).toBeGreaterThan(10);
});

const ADVERSARIAL = [
  '.'.repeat(100_000),
  '1'.repeat(100_000),
  'a.'.repeat(50_000),
  '1.'.repeat(50_000),
  '[.]'.repeat(33_333),
  '(((('.repeat(25_000),
  '１．'.repeat(50_000),
  '\uD800a.'.repeat(33_333),
  'http://'.repeat(14_285),
  'x-'.repeat(50_000),
  `${'a'.repeat(70)}.`.repeat(1_400),
  '1 '.repeat(50_000),
  '中 a .'.repeat(20_000),
  'www.'.repeat(25_000),
  '积分'.repeat(50_000),
  'URL'.repeat(33_333),
  // spaced dots: each run of spaces must be scanned a bounded number of times
  `.${' '.repeat(99_990)}com`,
  `ab${' '.repeat(50_000)}.${' '.repeat(49_990)}com`,
  'ok. so. '.repeat(12_500),
];

it.each(ADVERSARIAL.map((t, i) => [i, t] as const))(
  'adversarial input #%i (100 KB) runs in time',
  (_i, text) => {
    const t0 = performance.now();
    const a = analyzeSms(
      { text, sender: text.slice(0, 100) },
      { placeholderLinks: true, placeholderNumbers: true },
    );
    expect(performance.now() - t0).toBeLessThan(200);
    expect(Array.isArray(a.hits)).toBe(true);
  },
);
