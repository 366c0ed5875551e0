import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { findMessengerHandles, findPhoneNumbers } from './find-numbers.js';

const handles = (text: string) => findMessengerHandles(text, []).map(([a, b]) => text.slice(a, b));

describe('findMessengerHandles', () => {
  it.each([
    ['请添加客服微信 dyky8866 进行解封', ['dyky8866']],
    ['加vx：abc_123 领取', ['abc_123']],
    ['佣金秒结！加V：jz66889', ['jz66889']],
    ['如需取消請聯繫客服LINE：shopee-tw88', ['shopee-tw88']],
    ['你加一下我QQ 3829105527，有事找你', ['3829105527']],
    ['微信号：xiaozhang7977', ['xiaozhang7977']],
    ['Message us on Telegram @support_desk now', ['support_desk']],
    ['WhatsApp: helpdesk01 or wechat helpdesk02', ['helpdesk01', 'helpdesk02']],
    ['請盡快加line客服 @shp889 協助解除', ['shp889']],
    ['联系微信客服：kf_2231 领取', ['kf_2231']],
    ['月入3万，包机票，联系飞机 @hr_jinbian88', ['hr_jinbian88']],
    // a Latin word just before a Chinese app name ("HR微信") does not hide the handle
    ['您已通过我司初试，请添加HR微信 hr_hc2024 缴纳培训费', ['hr_hc2024']],
    ['加入VIP群免费领取，微：gp6688', ['gp6688']],
    ['详情加薇信 gp6688', ['gp6688']],
  ])('finds the account in %j', (text, want) => {
    expect(handles(text)).toEqual(want);
  });

  it.each([
    '我在微信上跟你说', // no account
    '微信 abc', // too short for an account
    '微信 12345678', // digits only: a QQ-style number is a phone number's business
    'the wxyzabc team', // no app name, just letters
    'see weixin.qq.com/abcdef', // a link
    'Take the MTR Tsuen Wan Line: Kowloon station', // a railway line, no account
    '飞机 CA1234 已起飞', // a plane, no @account
  ])('finds none in %j', (text) => {
    expect(handles(text)).toEqual([]);
  });

  it('skips an account inside a link span', () => {
    const text = 'go to https://x.top/?wx=abcdefg';
    const start = text.indexOf('https');
    expect(findMessengerHandles(text, [[start, text.length]])).toEqual([]);
  });

  test.prop([fc.string({ maxLength: 2_000 })])('spans lie inside the text, at most four', (t) => {
    const spans = findMessengerHandles(t, []);
    expect(spans.length).toBeLessThanOrEqual(4);
    for (const [a, b] of spans) {
      expect(0 <= a && a < b && b <= t.length).toBe(true);
    }
  });

  it('stays linear on 100 KB of near-matches', () => {
    const text = '微信 a'.repeat(20_000) + 'wx:'.repeat(10_000);
    const t0 = performance.now();
    expect(findMessengerHandles(text, [])).toEqual([]);
    // generous bound: a backtracking pattern would take minutes here
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});

describe('findPhoneNumbers', () => {
  it('finds a UK and a US number with their spans, not a date', () => {
    const text = 'call 0345 300 0000 or 1-800-935-9935 by 2024-12-03';
    expect(findPhoneNumbers(text, [], false).map((p) => text.slice(p.start, p.end))).toEqual([
      '0345 300 0000',
      '1-800-935-9935',
    ]);
  });

  it.each([
    ['received on 03-11-2025 08:14 PM', []],
    ['Date:2025-02-10 14:22 Avail Bal', []],
    ['debited 12-03-2024, call 020-7946-0018', ['020-7946-0018']],
    ['Your claim DI-7781234 has been approved', []],
    ['vide ref CPC/2425/A1/99887766', []],
    ['Mtr:54109876543 Date:20250402 10:11 Units:21.3', []],
    ['Contact customer care No-6200992462 now', ['6200992462']],
    ['Call-9008097492 today', ['9008097492']],
    ['call 12-34-567890 now', ['12-34-567890']],
    ['2023-2024学年第二学期补考安排', []],
    ['call 2023 4567 now', ['2023 4567']],
  ])('a date with its time is no number: %s', (text, want) => {
    expect(findPhoneNumbers(text, [], false).map((p) => text.slice(p.start, p.end))).toEqual(want);
  });

  const numbers = (text: string) =>
    findPhoneNumbers(text, [], false).map((p) => text.slice(p.start, p.end));

  it.each([
    ['If you did not make this purchase, call 800.432.1000.', ['800.432.1000']],
    ['Questions? 1.800.935.9935 or 020 7946 0018', ['1.800.935.9935', '020 7946 0018']],
    ['Amount $1,250.00 at APPLE.COM/BILL', []],
    ['server 192.168.100.1000 or 10.0.0.1', []],
    ['version 123.456.7890.1 released', []],
  ])('a North American number written with dots: %s', (text, want) => {
    expect(numbers(text)).toEqual(want);
  });

  it.each([
    ['【京东】您的订单258963147已签收', []],
    ['您户号0123456789的2月电费账单已出', []],
    ['Sent Rs.2500.00 Ref 406512345678 Not You? Call 18002586161', ['18002586161']],
    ['Ref. No. 9012345678901. Never share your MPIN', []],
    ['Order #: 1123456789 ships today', []],
    ['J&T Express: Your parcel 630123456789 is out for delivery today', []],
    ['RM0 TNB: Your electricity bill for acc 220012344521 is RM142.35', []],
    ['Your residence visa application no. 1234567 has been approved', []],
    ['Tracking number 9400111899223 is out for delivery', []],
    ['订单号：258963147，如有疑问请致电 400-606-5500', ['400-606-5500']],
    ['trf to ZOMATO LTD Refno 516347281930. If not u? call 1800111109', ['1800111109']],
    ["Chase: 71930582 is your one-time code. Don't share it.", []],
    ['12345678 is your Chase verification code', []],
    ['87654321是您的登录验证码，请勿泄露', []],
    ['07700900123 is your best bet', ['07700900123']],
    ['【猫眼电影】取票码：88231047。《热辣滚烫》3月14日19:30 万达影城', []],
  ])('a number named a reference or a code is none in %j', (text, want) => {
    expect(numbers(text)).toEqual(want);
  });

  it.each([
    ['bref 07700900123', ['07700900123']], // "ref" only as a word
    ['preorder 07700900123', ['07700900123']],
    ['call 0800 123 4567 about your order', ['0800 123 4567']],
  ])('a label must be a word right before the number: %j', (text, want) => {
    expect(numbers(text)).toEqual(want);
  });
});
