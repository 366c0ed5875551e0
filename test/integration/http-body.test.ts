/**
 * Request bodies on a real Node socket (readBodyBytes reads them from the socket stream, not
 * through a WHATWG Request): whole, in pieces, chunked, empty, and refused past the body limit
 * whether the size was declared or not.
 */
import { request } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeServer } from '../../src/http/node-server.js';
import { createTestApp, type TestApp } from '../support/http-app.js';

const LIMIT = 2000;
let t: TestApp;
let server: ReturnType<typeof createNodeServer>;
let port = 0;

beforeAll(async () => {
  t = await createTestApp({ TOCSIN_SERVER__BODY_LIMIT_BYTES: String(LIMIT) });
  server = createNodeServer(t.app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  await t.close();
});

/** POSTs `parts` to /v1/sms/classify, waiting `gapMs` between them; chunked when `chunked`. */
function post(
  parts: readonly string[],
  opts: { gapMs?: number; chunked?: boolean } = {},
): Promise<{ status: number; type: string; requestId: string; body: string }> {
  const total = parts.reduce((n, p) => n + Buffer.byteLength(p), 0);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/v1/sms/classify',
        headers: {
          'content-type': 'application/json',
          ...(opts.chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': total }),
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => {
          body += d;
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type']),
            requestId: String(res.headers['x-request-id']),
            body,
          }),
        );
      },
    );
    req.on('error', reject);
    const send = async () => {
      for (const [i, p] of parts.entries()) {
        if (i > 0 && opts.gapMs) await new Promise((r) => setTimeout(r, opts.gapMs));
        if (!req.destroyed) req.write(p);
      }
      req.end();
    };
    void send();
  });
}

/** Sends a whole request in one socket write (as load generators do) and reads the answer. */
function postRaw(body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => {
      data += d;
    });
    socket.on('end', () => {
      const [head = '', ...rest] = data.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), body: rest.join('\r\n\r\n') });
    });
    socket.on('error', reject);
    socket.write(
      'POST /v1/sms/classify HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n' +
        `content-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  });
}

const SEED = JSON.stringify({
  text: '【中国移动】尊敬的客户，您的积分即将清零，可兑换现金礼包，请登录 10086wds.cn 领取',
  sender: '10086',
});

describe('request bodies on a real socket', () => {
  it('reads a body sent in one write with its headers', async () => {
    const r = await postRaw(SEED);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ verdict: 'smishing', brand: 'China Mobile' });
  });

  it('waits for a body that arrives in pieces', async () => {
    const r = await post([SEED.slice(0, 20), SEED.slice(20, 60), SEED.slice(60)], { gapMs: 30 });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ verdict: 'smishing', lure: 'points_redemption' });
  });

  it('reads a chunked body (no content-length)', async () => {
    const r = await post([SEED], { chunked: true });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ verdict: 'smishing' });
  });

  it('refuses an undeclared body past the limit, whole or in pieces', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(LIMIT * 2) });
    for (const parts of [[big], [big.slice(0, 1500), big.slice(1500)]]) {
      const r = await post(parts, { chunked: true, gapMs: 20 });
      expect(r.status).toBe(413);
      expect(r.type).toContain('application/problem+json');
      expect(JSON.parse(r.body)).toMatchObject({ code: 'INPUT_TOO_LARGE', requestId: r.requestId });
      expect(r.requestId).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('answers an empty body with a clear 400', async () => {
    const r = await post([]);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toMatchObject({ code: 'INPUT_INVALID' });
  });

  it('keeps serving on the same connections after refusals', async () => {
    const rs = await Promise.all(Array.from({ length: 20 }, () => post([SEED])));
    expect(rs.map((r) => r.status)).toEqual(Array(20).fill(200));
  });
});
