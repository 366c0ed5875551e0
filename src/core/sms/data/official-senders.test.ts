import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  findOfficialOwner,
  findSenderByNumber,
  findSenderByRegistryId,
  isOfficialHostOf,
  isOfficialPhoneOf,
  isUserContentHost,
  toPhoneKey,
} from '../official-registry.js';
import { toFoldedText } from '../fold-text.js';
import { OFFICIAL_SENDERS, type OfficialSender, SHARED_DOMAINS } from './official-senders.js';

const rows = OFFICIAL_SENDERS as readonly OfficialSender[];

describe('official-sender registry', () => {
  it('writes its keywords and sender IDs as folded text reads them (simplified, half-width)', () => {
    // Texts and senders are folded before matching: "八達通" as written would never match.
    for (const r of rows)
      for (const k of [...r.senderIds, ...r.keywords, ...r.caseKeywords])
        expect(toFoldedText(k), `${r.id}: ${k}`).toBe(k);
  });

  it('has a unique id, a display name and a source for every row', () => {
    const ids = new Set<string>();
    for (const r of rows) {
      expect(ids.has(r.id), r.id).toBe(false);
      ids.add(r.id);
      expect(r.name.length).toBeGreaterThan(1);
      expect(r.source.length, r.id).toBeGreaterThan(10);
    }
  });

  it('gives each number and each domain to one organisation only, but for shared domains', () => {
    const numbers = rows.flatMap((r) => r.numbers);
    const domains = rows.flatMap((r) => r.domains).filter((d) => !SHARED_DOMAINS.has(d));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(new Set(domains).size).toBe(domains.length);
    // gov.uk is official for every UK department, and names the first of them (HMRC)
    for (const id of ['hmrc', 'dvla', 'dwp'])
      expect(isOfficialHostOf('www.gov.uk', findSenderByRegistryId(id)!)).toBe(true);
    expect(findOfficialOwner('www.gov.uk')?.id).toBe('hmrc');
  });

  it("stores phone lines as 8-15 digits with their country code, each line one organisation's", () => {
    const phones = rows.flatMap((r) => r.phones ?? []);
    for (const p of phones)
      expect(p).toMatch(
        /^(?:1\d{10}|44\d{9,10}|86(?:\d{10,11}|10\d{5})|85[23]\d{8}|65\d{8}|91(?:\d{10}|18[06]0\d{4,7})|27\d{9}|63\d{9,10}|60\d{9,10}|886\d{8,9}|61(?:13\d{4}|\d{9})|971\d{8,9}|64\d{8,9}|353\d{8,9}|254\d{9})$/,
      );
    expect(new Set(phones).size).toBe(phones.length);
  });

  it.each([
    ['chase', '18009359935', true],
    ['sbi', '1800111109', true], // national form of +91 1800 111 109
    ['sbi', '911800111109', true],
    ['icici-bank', '18001080', true], // an 8-digit 1800 line, national form of +91 1800 1080
    ['icici-bank', '9118001080', true],
    ['sbi', '18004253800', true],
    ['chase', '8009359935', true], // written without the 1
    ['lloyds', '03453000000', true], // national form of +44 345 300 0000
    ['lloyds', '443453000000', true],
    ['lloyds', '03453000001', false],
    ['chase', '03453000000', false], // Lloyds' line is not Chase's
    ['china-mobile', '10086', true], // a service number is its own line too
    ['nationwide', '0800302011', true], // a 9-digit UK freephone number, national form
    ['nationwide', '440800302011', true], // written +44 (0)800 …
    ['lloyds', '00443453000000', true], // written 0044 …
    ['jd', '4006065500', true],
    ['jd', '864006065500', true],
    ['chase', '4408009359935', false], // not a UK number that happens to end like Chase's
  ])('%s owns the line %s: %s', (id, digits, own) => {
    expect(isOfficialPhoneOf(digits, findSenderByRegistryId(id)!)).toBe(own);
  });

  it.each([
    ['forms.office.com', true, null], // anyone's form, on Microsoft's domain
    ['skechers.tmall.com', true, null], // a seller's shop
    ['www.tmall.com', false, 'alipay'],
    ['m.taobao.com', false, 'alipay'],
    ['www.office.com', false, 'microsoft'],
    ['tmall.com', false, 'alipay'],
  ])('%s: user content %s, official owner %s', (host, user, owner) => {
    expect(isUserContentHost(host)).toBe(user);
    expect(findOfficialOwner(host)?.id ?? null).toBe(owner);
  });

  it('stores domains as lower-case hosts without scheme or path', () => {
    for (const d of rows.flatMap((r) => r.domains))
      expect(d).toMatch(/^[a-z0-9][a-z0-9.-]{0,252}$/);
  });

  it.each([
    ['10086', 'China Mobile'],
    ['10010', 'China Unicom'],
    ['10000', 'China Telecom'],
    ['95588', 'ICBC'],
    ['95533', 'China Construction Bank'],
    ['95599', 'Agricultural Bank of China'],
    ['95566', 'Bank of China'],
    ['95555', 'China Merchants Bank'],
    ['95580', 'Postal Savings Bank of China'],
    ['95516', 'China UnionPay'],
    ['12381', 'MIIT/MPS Anti-fraud Warning 12381'],
    // §3.3: the public lists got these wrong; the registry must not.
    ['95558', 'China CITIC Bank'],
    ['95559', 'Bank of Communications'],
    ['95561', 'Industrial Bank'],
    ['95577', 'Hua Xia Bank'],
    ['95595', 'China Everbright Bank'],
    ['95338', 'SF Express'],
  ])('number %s belongs to %s', (number, name) => {
    expect(findSenderByNumber(number)?.name).toBe(name);
  });

  it('does not give 95590 to any bank (a §3.3 error)', () => {
    expect(findSenderByNumber('95590')).toBeNull();
  });

  it('lists SF Express (95338) as a courier, not a bank', () => {
    expect(findSenderByNumber('95338')?.sector).toBe('courier');
  });

  it.each([
    ['cmbchina.com', 'cmb', true],
    ['cmb.com', 'cmb', false], // §3.3: a public allowlist's error
    ['jf.10086.cn', 'china-mobile', true],
    ['10086.cn', 'china-mobile', true],
    ['10086.com', 'china-mobile', false], // §3.1: NOT China Mobile
    ['tjf10086.com', 'china-mobile', false],
    ['base.95516.com', 'unionpay', true],
    ['fuwu.nhsa.gov.cn', 'nhsa', true],
    ['tools.usps.com', 'usps', true],
    ['usps.com.evil.top', 'usps', false],
    ['www.gov.uk', 'hmrc', true],
  ])('host %s official for %s: %s', (host, id, expected) => {
    const row = rows.find((r) => r.id === id)!;
    expect(isOfficialHostOf(host, row)).toBe(expected);
  });

  it('finds no owner for 10086.com or cmb.com', () => {
    expect(findOfficialOwner('10086.com')).toBeNull();
    expect(findOfficialOwner('cmb.com')).toBeNull();
  });

  it('carries the policies the sources state', () => {
    const policies = (id: string) => rows.find((r) => r.id === id)!.policies;
    expect(policies('anti-fraud-12381')).toEqual(
      expect.arrayContaining(['no_links', 'no_phone_numbers']),
    );
    expect(policies('usps')).toContain('no_links');
    expect(policies('etc')).toContain('no_links');
    expect(policies('hmrc')).toContain('no_tax_rebate_texts');
    expect(policies('china-mobile')).toEqual(
      expect.arrayContaining(['points_no_bank_card', 'points_no_cash']),
    );
  });
});

const digitString = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

test.prop([digitString(0, 20)])(
  'a phone key is digits, at most one longer than the number',
  (d) => {
    const k = toPhoneKey(d);
    expect(k).toMatch(/^\d*$/);
    expect(k.length).toBeLessThanOrEqual(d.length + 1);
  },
);

// A UK number after +44 starts with 1-9 and has 9 or 10 digits.
const ukNumber = fc
  .tuple(fc.constantFrom(...'123456789'), digitString(8, 9))
  .map(([a, b]) => a + b);

test.prop([ukNumber])('+44 / 0044 and the national 0 form of a UK number meet', (n) => {
  expect(toPhoneKey(`44${n}`)).toBe(toPhoneKey(`0${n}`));
  expect(toPhoneKey(`0044${n}`)).toBe(toPhoneKey(`44${n}`));
});

// A Hong Kong or Singapore number: 8 digits, never a leading 0 or 1. "6113 2221" is left out: as
// digits it is also Australia's "+61 13 22 21", which toPhoneKey reads so (its rule, by design).
const hkSgNumber = fc
  .tuple(fc.constantFrom(...'23456789'), digitString(7, 7))
  .map(([a, b]) => a + b)
  .filter((n) => !n.startsWith('6113'));

it('an 8-digit Hong Kong number that starts 8695 is no Chinese service line dialled from abroad', () => {
  expect(toPhoneKey('86951365')).toBe('86951365');
  expect(toPhoneKey('85286951365')).toBe('86951365');
  expect(toPhoneKey('8695588')).toBe('95588');
  expect(toPhoneKey('85388007777')).toBe(toPhoneKey('88007777'));
});

test.prop([hkSgNumber])('+852 / +65 and the 8-digit local form meet', (n) => {
  expect(toPhoneKey(`852${n}`)).toBe(toPhoneKey(n));
  expect(toPhoneKey(`00852${n}`)).toBe(toPhoneKey(n));
  expect(toPhoneKey(`65${n}`)).toBe(toPhoneKey(n));
});

// A South African (9 digits) or Philippine (10 digits) number after its country code.
test.prop([fc.constantFrom('27', '63'), fc.constantFrom(...'123456789'), digitString(8, 9)])(
  '+27 / +63 and the national 0 form meet',
  (cc, a, b) => {
    const n = cc === '27' ? (a + b).slice(0, 9) : (a + b + '0').slice(0, 10);
    expect(toPhoneKey(`${cc}${n}`)).toBe(toPhoneKey(`0${n}`));
    expect(toPhoneKey(`00${cc}${n}`)).toBe(toPhoneKey(`0${n}`));
  },
);

// A Kenyan number: 9 digits after +254, a trunk 0 at home.
test.prop([fc.constantFrom(...'17'), digitString(8, 8)])(
  '+254 and the national 0 form of a Kenyan number meet',
  (a, b) => {
    expect(toPhoneKey(`254${a}${b}`)).toBe(toPhoneKey(`0${a}${b}`));
    expect(toPhoneKey(`00254${a}${b}`)).toBe(toPhoneKey(`0${a}${b}`));
  },
);

test('a Chinese service number dialled from abroad meets its bare form', () => {
  expect(toPhoneKey('8610086')).toBe('10086');
  expect(toPhoneKey('8695588')).toBe('95588');
  expect(toPhoneKey('8613800138000')).toBe('13800138000');
});

test('a Malaysian number meets its national form, a 1300 line its bare form', () => {
  expect(toPhoneKey('60321788888')).toBe(toPhoneKey('0321788888'));
  expect(toPhoneKey('60123456789')).toBe('0123456789');
  expect(toPhoneKey('601300886688')).toBe(toPhoneKey('1300886688'));
  expect(toPhoneKey('886223831000')).toBe(toPhoneKey('0223831000'));
  expect(toPhoneKey('61132221')).toBe(toPhoneKey('132221'));
  expect(toPhoneKey('61491570110')).toBe(toPhoneKey('0491570110'));
  expect(toPhoneKey('971600540000')).toBe(toPhoneKey('600540000'));
  // ten digits from 60 may be a North American number: left alone
  expect(toPhoneKey('6095551234')).toBe('6095551234');
});
