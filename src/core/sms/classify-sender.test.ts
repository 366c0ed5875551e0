import { describe, expect, it } from 'vitest';
import { isPromotionalDltHeader, toSenderInfo } from './classify-sender.js';

describe('toSenderInfo', () => {
  it.each([
    ['VM-HDFCBK', 'HDFC Bank'],
    ['JD-ICICIB', 'ICICI Bank'],
    ['AD-SBIINB-S', 'State Bank of India'],
    ['VM-NOTBNK', null],
  ])('reads the header of the Indian DLT sender ID %s', (raw, name) => {
    expect(toSenderInfo(raw).claimed?.name ?? null).toBe(name);
  });

  it.each([
    [undefined, 'none', ''],
    ['  ', 'none', ''],
    ['10086', 'official', '10086'],
    ['+86 10086', 'official', '10086'],
    ['0086-95588', 'official', '95588'],
    ['１００８６', 'official', '10086'],
    ['1065795555', 'a2p', '1065795555'],
    ['95500', 'service', '95500'],
    ['4001234567', 'service', '4001234567'],
    ['138 1234 5678', 'personal_mobile', '13812345678'],
    ['+86 138-1234-5678', 'personal_mobile', '13812345678'],
    ['8613812345678', 'personal_mobile', '13812345678'],
    ['07700 900123', 'personal_mobile', '07700900123'],
    ['+447700900123', 'personal_mobile', '+447700900123'],
    ['(202) 555-0143', 'personal_mobile', '2025550143'],
    ['+1 202 555 0143', 'personal_mobile', '+12025550143'],
    ['00886912345678', 'personal_mobile', '+886912345678'],
    ['+63 917 123 4567', 'personal_mobile', '+639171234567'],
    ['+852 5530 2718', 'personal_mobile', '+85255302718'],
    ['+254 711 555 220', 'personal_mobile', '+254711555220'],
    ['+852 2183 0417', 'international', '+85221830417'],
    ['+44 20 7946 0000', 'international', '+442079460000'],
    ['87121', 'short_code', '87121'],
    ['02112345678', 'landline', '02112345678'],
    // mobiles as their own country prints them
    ['0917 123 4567', 'personal_mobile', '09171234567'],
    ['0722 334 556', 'personal_mobile', '0722334556'],
    ['08031234567', 'personal_mobile', '08031234567'],
    ['0412 345 678', 'personal_mobile', '0412345678'],
    ['0321 4567123', 'personal_mobile', '03214567123'],
    ['024 412 3456', 'personal_mobile', '0244123456'],
    ['98102 34567', 'personal_mobile', '9810234567'],
    ['6123 4567', 'personal_mobile', '61234567'],
    // Taipei's and Taichung's landlines, and Taiwan's 09xx (business gateways send from them)
    ['02-2745-8080', 'landline', '0227458080'],
    ['04-2345-6789', 'landline', '0423456789'],
    ['0911510880', 'landline', '0911510880'],
    ['USPS', 'alphanumeric', 'USPS'],
    ['scam@icloud.com', 'email', 'scam@icloud.com'],
  ])('toSenderInfo(%j) is %s', (raw, kind, normalized) => {
    const s = toSenderInfo(raw);
    expect(s.kind).toBe(kind);
    expect(s.normalized).toBe(normalized);
  });

  it.each([
    ['10086', 'China Mobile'],
    ['1065795555', 'China Merchants Bank'],
    ['USPS', 'USPS'],
    ['hmrc', 'HMRC'],
    ['95500', null],
  ])('%s names %s', (raw, name) => {
    expect(toSenderInfo(raw).claimed?.name ?? null).toBe(name);
  });
});

describe('toSenderInfo: sender IDs that imitate registered ones', () => {
  it.each([
    ['PayPaI', 'PayPal'],
    ['Amaz0n', 'Amazon'],
    ['NETFLlX', 'Netflix'],
    ['rnaybank', 'Maybank'],
  ])('%s imitates %s', (id, name) => {
    const s = toSenderInfo(id);
    expect(s.claimed).toBeNull();
    expect(s.imitates?.name).toBe(name);
  });

  it.each(['PayPal', 'Amazon', 'HSBC', 'CIMB', 'Citi', 'HSBC-UK', 'Bolt', 'MyShop'])(
    '%s imitates nothing',
    (id) => {
      expect(toSenderInfo(id).imitates).toBeUndefined();
    },
  );
});

describe('isPromotionalDltHeader', () => {
  it.each([
    ['VM-AIRTEL-P', true],
    ['ad-myntra-p', true],
    [' JD-FLPKRT-P ', true],
    ['VM-HDFCBK', false],
    ['VM-HDFCBK-S', false],
    ['VM-HDFCBK-T', false],
    ['AIRTEL-P', false],
    ['+91 98765 43210', false],
    [undefined, false],
  ])('%s: %s', (raw, expected) => {
    expect(isPromotionalDltHeader(raw)).toBe(expected);
  });
});
