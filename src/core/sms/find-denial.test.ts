import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDenied } from './find-denial.js';

function at(text: string, phrase: string): boolean {
  return isDenied(text, text.indexOf(phrase));
}

describe('isDenied', () => {
  it.each([
    ['中国移动不会通过短信链接让您兑换现金，谨防诈骗。', '兑换现金'],
    ['请勿向任何人（包括客服）提供验证码。', '提供验证码'],
    ['八達通職員不會要求你提供驗證碼。', '提供驗證碼'],
    ['We will never ask you to send the code to anyone.', 'send the code'],
  ])('reads %j as denying %j', (text, phrase) => {
    expect(at(text, phrase)).toBe(true);
  });

  it.each([
    ['您的积分可兑换现金，请登录领取。', '兑换现金'],
    ['请勿挂断。请把收到的验证码提供验证码给我', '提供验证码'],
    ['Never mind that. Please send the code now', 'send the code'],
  ])('reads %j as no denial of %j', (text, phrase) => {
    expect(at(text, phrase)).toBe(false);
  });

  it('never throws and stays within the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.nat(250), (text, i) => {
        expect(typeof isDenied(text, Math.min(i, text.length))).toBe('boolean');
      }),
    );
  });
});
