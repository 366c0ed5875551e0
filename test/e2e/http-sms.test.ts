import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/http-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ TOCSIN_SERVER__BODY_LIMIT_BYTES: '100000' });
});
afterAll(async () => {
  await t.close();
});

const post = (body: string, type = 'application/json') =>
  t.request('/v1/sms/classify', { method: 'POST', body, headers: { 'content-type': type } });

describe('POST /v1/sms/classify', () => {
  it('answers one record for one message', async () => {
    const res = await post(JSON.stringify({ text: 'hello', sender: '10086' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      id: null,
      verdict: expect.any(String),
      signals: expect.any(Array),
    });
  });

  it('answers a batch in order, with errors in place', async () => {
    const res = await post(
      JSON.stringify({
        messages: [
          { id: 'a', text: 'one' },
          { id: 'b', text: ' ' },
          { id: 'c', text: 'three' },
        ],
      }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { results: Array<{ id: string; error?: { code: string } }> };
    expect(body.results.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(body.results[1]?.error?.code).toBe('SMS_TEXT_MISSING');
  });

  it.each([
    ['not json', 'INPUT_INVALID'],
    ['{"txt":"x"}', 'INPUT_INVALID'],
    [
      JSON.stringify({ messages: Array.from({ length: 1001 }, () => ({ text: 'x' })) }),
      'INPUT_INVALID',
    ],
  ])('rejects %s with problem+json', async (body, code) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await res.json()) as { code: string; requestId: string };
    expect(problem).toMatchObject({ code });
    expect(problem.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('rejects an oversized body with 413', async () => {
    const res = await post(JSON.stringify({ text: 'x'.repeat(200_000) }));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: 'INPUT_TOO_LARGE' });
  });

  it('answers unknown routes with a 404 problem', async () => {
    const res = await t.request('/nope');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});
