import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { AppError } from '../core/shared/app-error.js';
import { createSmsService } from './sms.js';

const sms = createSmsService({ maxTextChars: 200 });
const SEED = '【中国移动】尊敬的客户，您的积分即将清零，可兑换现金礼包，请登录 10086wds.cn 领取';

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return e instanceof AppError ? e.code : `not an AppError: ${String(e)}`;
  }
  return 'no error';
}

describe('classifyBody (the POST /v1/sms/classify body, text in, text out)', () => {
  it('answers one message with the record classify gives', () => {
    const input = { id: 's1', text: SEED, sender: '10086' };
    expect(JSON.parse(sms.classifyBody(JSON.stringify(input)))).toEqual(
      JSON.parse(JSON.stringify(sms.classify(input))),
    );
  });

  it('answers a batch in order, a bad text reported in its place', () => {
    const body = JSON.stringify({
      messages: [{ id: 'a', text: SEED }, { id: 'b', text: '  ' }, { text: 'x'.repeat(201) }],
    });
    const { results } = JSON.parse(sms.classifyBody(body)) as {
      results: Array<{ id: string | null; verdict?: string; error?: { code: string } }>;
    };
    expect(results.map((r) => r.id)).toEqual(['a', 'b', null]);
    expect(results[0]?.verdict).toBe('smishing');
    expect(results[1]?.error?.code).toBe('SMS_TEXT_MISSING');
    expect(results[2]?.error?.code).toBe('SMS_TEXT_TOO_LONG');
  });

  it.each([
    ['not JSON', '{"text":', 'INPUT_INVALID'],
    ['no text', '{"sender":"10086"}', 'INPUT_INVALID'],
    ['a batch with one invalid message', '{"messages":[{"text":"a"},{"text":1}]}', 'INPUT_INVALID'],
    ['an empty batch', '{"messages":[]}', 'INPUT_INVALID'],
    ['an empty text', '{"text":""}', 'SMS_TEXT_MISSING'],
    ['a text over the limit', JSON.stringify({ text: 'y'.repeat(201) }), 'SMS_TEXT_TOO_LONG'],
  ])('rejects %s with %s', (_, body, code) => {
    expect(codeOf(() => sms.classifyBody(body))).toBe(code);
  });

  it('lists every schema issue with its path', () => {
    try {
      sms.classifyBody('{"messages":[{"text":"a"},{"text":1}]}');
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).details['issues']).toEqual([
        expect.objectContaining({ path: expect.stringContaining('messages.1.text') }),
      ]);
    }
  });
});

describe('classifyLine (one batch line)', () => {
  it('takes a null sender, id or receivedAt as absent, as pandas and SQL exports write them', () => {
    const line = JSON.stringify({ id: null, text: SEED, sender: null, receivedAt: null });
    const r = sms.classifyLine(line, 'json');
    expect(r.ok && r.value.verdict).toBe('smishing');
    expect(r.ok && r.value.id).toBeNull();
    const withId = sms.classifyLine(JSON.stringify({ id: 'k', text: SEED, sender: null }), 'json');
    expect(withId.ok && withId.value.id).toBe('k');
  });

  it('still rejects a sender of the wrong type, naming it', () => {
    const r = sms.classifyLine(JSON.stringify({ id: 'k', text: SEED, sender: 10086 }), 'json');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatchObject({ id: 'k', code: 'INPUT_INVALID' });
    expect(!r.ok && r.error.message).toMatch(/^sender:/);
  });
});

test.prop([
  fc.oneof(
    fc.string({ maxLength: 300, unit: 'binary' }),
    fc.json({ maxDepth: 3 }),
    fc
      .record({ text: fc.string({ maxLength: 250, unit: 'binary' }) })
      .map((o) => JSON.stringify(o)),
  ),
])('any body gives a JSON answer or an AppError, never anything else', (body) => {
  let out: string | undefined;
  try {
    out = sms.classifyBody(body);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return;
  }
  expect(() => JSON.parse(out)).not.toThrow();
});
