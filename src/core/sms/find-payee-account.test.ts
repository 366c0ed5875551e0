import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { findPayeeAccounts } from './find-payee-account.js';
import { toFoldedText } from './fold-text.js';

const accounts = (text: string, masked = false) =>
  findPayeeAccounts(toFoldedText(text), [], masked).map(({ span: [a, b] }) => text.slice(a, b));

describe('findPayeeAccounts', () => {
  it.each([
    ['农行 6228 4800 1234 5678 910 户名：张三', ['6228 4800 1234 5678 910']],
    ['你把房租打到建行卡上6217001234567890123牛森旗、谢了', ['6217001234567890123']],
    ['中国农业银行帐号：6228.4800.1234.5678.910 王波', ['6228.4800.1234.5678.910']],
    ['小王，我是房东，卡换了，房租打到这个卡：6222021234567890123 李建国', ['6222021234567890123']],
    ['6222０２１２３４５６７８９０１２３ 工行 刘伟', ['6222０２１２３４５６７８９０１２３']],
    [
      '我是房東，這個月房租請匯到新帳戶：中國信託 822-1234567890123，匯完傳截圖給我',
      ['822-1234567890123'],
    ],
    [
      '嫂子，我在医院交押金差3000，你先转这个卡：6217 0000 1234 5678 收款人 刘伟',
      ['6217 0000 1234 5678'],
    ],
    ['Mum pls send it to A/C no 123456789012 IFSC SBIN0001234 today', ['123456789012']],
    ['account number: 12345678 sort code 20-00-00, thanks', ['12345678']],
    // Taiwan's post office account (7 + 7 digits) after its Chinese label, the payee beside it
    [
      '阿明，這個月房租18,000，一樣匯到郵局帳號0001234-0567890 戶名林美玲，謝謝～',
      ['0001234-0567890'],
    ],
    // the company is where the money comes from, not the payee
    ['你先从公司账上转5万到6217 0031 8820 4413，户名陈志强，手续明天补。', ['6217 0031 8820 4413']],
  ])('finds the account in %j', (text, want) => {
    expect(accounts(text)).toEqual(want);
  });

  it.each([
    ['Pay me when u can, Starling 60-83-71 23456789 Tom Price', '60-83-71 23456789'],
    ['can you transfer me the $120? BSB 062-000 Acc 1234 5678, thx', '1234 5678'],
  ])('reads a sort code or BSB account in %j as a quiet payee', (text, want) => {
    const found = findPayeeAccounts(toFoldedText(text), [], false);
    expect(found.map((p) => [text.slice(...p.span), p.quiet])).toEqual([[want, true]]);
  });

  it('a card number beside its bank is no quiet payee', () => {
    const found = findPayeeAccounts(
      toFoldedText('农行 6228 4800 1234 5678 910 户名：张三'),
      [],
      false,
    );
    expect(found.map((p) => p.quiet)).toEqual([false]);
  });

  it('counts x as a digit only when masked (the zh-80w masking)', () => {
    const text = '工行；xxxxxxxxxxxxxxxxxxx何莉君';
    expect(accounts(text)).toEqual([]);
    expect(accounts(text, true)).toEqual(['xxxxxxxxxxxxxxxxxxx']);
  });

  it.each([
    '【工商银行】您尾号1234的卡3月5日支出100.00元，余额2,000.00元。', // a card's last digits
    '您的QQ账号1234567890于今日在新设备登录，如非本人操作请修改密码。', // a login, no bank or payee
    '物业费请转账至 户名：某某物业有限公司 开户行：建行 账号：6227001234567890123', // a company
    '【工商银行】交易流水号6222021234567890123，如有疑问请致电95588', // a reference
    '身份证号 110101199003071234 户名张三 开户行建行', // an ID card
    '订单6222021234567890123已发货', // no bank
    '请拨打13812345678 13987654321 联系', // two phone numbers, no bank
    'my account number is 12345678', // no bank details with it
    'Call 0161 496 0732 or 0161 496 0733 at the bank', // phone numbers, no account label
  ])('finds none in %j', (text) => {
    expect(accounts(text)).toEqual([]);
  });

  it('skips a number inside a link span', () => {
    const text = '农行 bit.ly/6228480012345678910 户名张三';
    const folded = toFoldedText(text);
    const link: [number, number] = [3, 30];
    expect(findPayeeAccounts(folded, [link], false)).toEqual([]);
  });

  test.prop([fc.string({ maxLength: 300 }), fc.boolean()])(
    'spans are in range, ordered, inside their context, never inside a word',
    (text, masked) => {
      const folded = toFoldedText(text);
      let last = -1;
      for (const { span, context } of findPayeeAccounts(folded, [], masked)) {
        expect(span[0]).toBeGreaterThan(last);
        expect(span[1]).toBeLessThanOrEqual(folded.length);
        expect(context[0]).toBeLessThanOrEqual(span[0]);
        expect(context[1]).toBeGreaterThanOrEqual(span[1]);
        last = span[1];
      }
    },
  );

  it('stays linear on 100 KB of digits and separators', () => {
    const text = `农行 ${'1 '.repeat(50_000)}`;
    const t0 = performance.now();
    findPayeeAccounts(toFoldedText(text), [], true);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
