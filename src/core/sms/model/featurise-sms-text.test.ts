import { describe, expect, it } from 'vitest';
import {
  createFeatureBuffer,
  featuriseSmsText,
  HASH_BITS,
  isCjkText,
} from './featurise-sms-text.js';

const buf = createFeatureBuffer();

/** Sorted bucket ids of a text: its feature multiset, independent of spans. */
function features(text: string): number[] {
  const n = featuriseSmsText(text, buf);
  return Array.from(buf.buckets.subarray(0, n)).sort((a, b) => a - b);
}

/**
 * The features of a text without Latin character n-grams: those have an empty source range, and
 * so have only the script and length-band features (always the last two).
 */
function tokenFeatures(text: string): number[] {
  const n = featuriseSmsText(text, buf);
  const out: number[] = [];
  for (let k = 0; k < n; k++)
    if (buf.ends[k]! > buf.starts[k]! || k >= n - 2) out.push(buf.buckets[k]!);
  return out.sort((a, b) => a - b);
}

describe('featuriseSmsText', () => {
  it('reads a run of 16+ digits as one symbol, whatever its length or grouping', () => {
    // a tracking number spelled out made `00000` grams: a phone number's, premium-rate spam's
    const a = features('USPS: Your package 9400111899223345667788 was delivered.');
    expect(features('USPS: Your package 1234567890123456 was delivered.')).toEqual(a);
    expect(features('USPS: Your package 9400 1118 9922 3345 6677 88 was delivered.')).toEqual(a);
    // a phone number keeps its shape
    expect(features('Call 0800 123 4567 now')).not.toEqual(features('Call 08001234567 now'));
  });

  it('is deterministic', () => {
    const text = '【中国移动】您的积分即将清零，请登录 10086wds.cn 兑换现金 Call 08452810075 now!';
    expect(features(text)).toEqual(features(text));
  });

  it.each([
    // 4 CJK characters: 4 unigrams, 3 bigrams, 2 trigrams, plus the length band and the script
    ['积分兑换', 11],
    // 3 words: 3 unigrams, 2 bigrams, 3 + 4 + 3 character 3-grams, plus length band and script,
    // plus character 2-5-grams of " win cash now " across words: 1 + 2 + 3 + 4 x 10 (13 symbols)
    ['win cash now', 17 + 46],
    // in Latin text punctuation is a unigram that ends the n-gram context (and a character)
    ['win, cash', 4 + 1 + 5 + 2 + (1 + 2 + 3 + 4 * 7)],
    // in CJK text it is skipped (the FBS set has none): as if absent
    ['积分，兑换', 11],
    ['', 2],
  ])('featurises %j into %i features', (text, count) => {
    expect(featuriseSmsText(text, buf)).toBe(count);
  });

  it('reads traditional Chinese characters as their simplified forms', () => {
    expect(features('【中國移動】您的積分即將清零，請登錄兌換現金')).toEqual(
      features('【中国移动】您的积分即将清零，请登录兑换现金'),
    );
  });

  it("skips China Mobile's rider 拒收请回复R (every 106 message carries it), not the opt-out 退订", () => {
    const text = '【顺丰速运】您的快件已由菜鸟驿站代收，取件码8-2-3012，请凭码及时领取。';
    expect(tokenFeatures(`${text}拒收请回复R`)).toEqual(tokenFeatures(text));
    expect(tokenFeatures(`${text}拒收请回复 r`)).toEqual(tokenFeatures(text));
    expect(tokenFeatures(`${text}拒收请回复Rabc`)).not.toEqual(tokenFeatures(text));
    expect(tokenFeatures(`${text}退订回T`)).not.toEqual(tokenFeatures(text));
  });

  it('keeps every bucket inside the table and every span inside the text', () => {
    const text = 'Visit http://bit.ly/abc or 积分兑换 &lt;#&gt; 😀 x';
    const n = featuriseSmsText(text, buf);
    for (let k = 0; k < n; k++) {
      expect(buf.buckets[k]).toBeLessThan(2 ** HASH_BITS);
      expect(buf.starts[k]).toBeGreaterThanOrEqual(0);
      expect(buf.ends[k]).toBeLessThanOrEqual(text.length);
      expect(buf.starts[k]).toBeLessThanOrEqual(buf.ends[k]!);
    }
  });

  it.each([
    // dataset placeholders and real surface forms become the same tokens
    ['点击URLdfge领取', '点击http://a.example/dfge领取'],
    ['点击URL领取', '点击 www.example.com/x 领取'],
    ['点击URL领取', '点击10086wds.cn领取'],
    ['详询CELLPHONE', '详询13812345678'],
    ['详询PHONE', '详询020-8888 6666'],
    ['月息DIGIT万', '月息5万'],
    ['x月xx日', '5月20日'],
    ['电话xxxxxxxxxxx', '电话13912345678'],
    ['call &lt;#&gt; min', 'call 12 min'],
    ['at &lt;TIME&gt; ok', 'at 1230 ok'],
    ['mail &lt;EMAIL&gt;', 'mail a.b@example.org'],
    ['Call 08452810075 now', 'Call 0845 281 0075 now'],
    ['Call +447797706009 now', 'Call 123456789012345 now'], // 15 digits: still a phone number
    ['parcel 9400111899223456781234', 'parcel 1234 5678 9012 3456'], // 16+: one long number
    ['text 87121 now', 'text 55555 now'],
    ['ＷＩＮ ＣＡＳＨ', 'win cash'],
    ['win\uFFFDcash', 'win cash'],
    ['NAME您好', '您好'],
    ['热线HOTLINE', '热线4008123123'],
    ['加微信WECHAT详询CELLPHONEWECHAT', '加微信详询13812345678'],
    ['拨打PHONEPHONE', '拨打020-88886666、020-88886667'],
    ['【积分】兑换！', '积分兑换'],
    // a link to a registry organisation's own domain is one token, whatever its form
    ['详见 https://www.10086.cn/bill 查询', '详见 jf.10086.cn 查询'],
    ['Track at https://amazon.com/orders', 'Track at www.amazon.com'],
    // a made-up name is a link under any ICANN TLD, as extractLinks reads it
    ['Pay at URL now', 'Pay at netflix-billing.help now'],
    ['Pay at URL now', 'Pay at ms365.support now'],
    // a capitalised last label is a link only with a path, and capitals throughout stay a link
    ['Buy at URL now', 'Buy at tickets.Shop/abc now'],
    ['Buy at URL now', 'Buy at TICKETS.SHOP now'],
  ])('maps %j like %j', (a, b) => {
    expect(tokenFeatures(a)).toEqual(tokenFeatures(b));
  });

  it.each([
    // CJK text has no character n-grams beyond its own: all its features match
    ['点击URL领取', '点击10086wds.cn领取'],
    ['月息DIGIT万', '月息5万'],
    // Latin character n-grams read digits as 0, runs of spaces (and U+FFFD) as one, case folded
    ['text 87121 now', 'text 55555 now'],
    ['win\uFFFDcash', 'win  cash'],
    ['ＷＩＮ ＣＡＳＨ', 'win cash'],
    ['a &lt; b &amp; c', 'a < b & c'],
  ])('maps %j like %j, character n-grams too', (a, b) => {
    expect(features(a)).toEqual(features(b));
  });

  it.each([
    // ... but spell out what the tokens fold away: a number's shape, a link's host
    ['Call 08452810075 now', 'Call 0845 281 0075 now'],
    ['Call +447797706009 now', 'Call 123456789012345 now'], // 15 digits: still a phone number
    ['Track at https://amazon.com/orders', 'Track at www.amazon.com'],
  ])('keeps %j apart from %j in the character n-grams only', (a, b) => {
    expect(tokenFeatures(a)).toEqual(tokenFeatures(b));
    expect(features(a)).not.toEqual(features(b));
  });

  it.each([
    ['love you x', 'love you 5'], // an English x is a kiss, not a masked digit
    ['ok.so see you', 'ok see you'], // "so" is not a top-level domain here
    ['call 12345', 'call 12'], // 5-digit codes and short numbers differ
    // a tracking or card number is longer than any phone number (E.164: at most 15 digits)
    ['package 9400111899223456781234 delivered', 'package 08452810075 delivered'],
    ['积分兑换', '兑换积分'],
    // ... and not the token of a link nobody knows, nor of a lookalike
    ['详见 www.10086.cn 查询', '详见 www.example.cn 查询'],
    ['详见 www.10086.cn 查询', '详见 www.10086wds.cn 查询'],
    ['Call NOW', 'Call'], // upper-case words that are not placeholders stay words
    ['URLS here', 'here'],
  ])('keeps %j apart from %j', (a, b) => {
    expect(features(a)).not.toEqual(features(b));
  });

  it.each([
    ['see you done.now', 'see you URL'], // two words with the space missing stay words
    ['v2.0.1 is out', 'URL is out'], // not a host under an ICANN TLD
    ['2day.love', 'URL'], // textspeak, not a made-up name
    ['got the tickets.Shop closes', 'got the URL closes'], // two sentences, no space between
    ['call me.Today', 'call URL'],
  ])('does not read %j as a link', (a, b) => {
    expect(tokenFeatures(a)).not.toEqual(tokenFeatures(b));
  });

  it('gives Latin and CJK text their own script and length-band features', () => {
    // both are one token long (length band 0): without the script they would share both
    const latin = features('a');
    expect(features('积').filter((b) => latin.includes(b))).toEqual([]);
  });

  it.each([
    ['您好', true],
    ['hello 123', false],
    ['カタカナ', true],
    ['', false],
  ])('isCjkText(%j) is %s', (text, expected) => {
    expect(isCjkText(text)).toBe(expected);
  });
});

describe('featuriseSmsText: a link in the character n-grams', () => {
  const charGrams = (text: string): number[] => {
    const buf = createFeatureBuffer();
    const n = featuriseSmsText(text, buf);
    const out: number[] = [];
    for (let k = 0; k < n; k++) if (buf.starts[k] === buf.ends[k]) out.push(buf.buckets[k]!);
    return out.sort((a, b) => a - b);
  };

  it('spells out the host but not the scheme and path', () => {
    const a = 'Zoom link for the 3pm: https://us02web.zoom.us/j/81234567890?pwd=bFZrT1hQ see you';
    const b = 'Zoom link for the 3pm: us02web.zoom.us/j/99999?pwd=x see you';
    expect(charGrams(a)).toEqual(charGrams(b));
    expect(charGrams(a)).not.toEqual(
      charGrams('Zoom link for the 3pm: us02web.example.us see you'),
    );
  });
});
