/**
 * The v1 API in process on a real SQLite file: both seed stories, access (keys, roles, revocation,
 * rate limits), validation that changes nothing, and the security cases of issue #6.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/http-app.js';

const SEED = readFileSync(new URL('../fixtures/web/seed-article.txt', import.meta.url), 'utf8');
const json = (body: unknown) => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('the seed stories over HTTP', () => {
  it('classifies the 10086 points lure as smishing, China Mobile', async () => {
    const res = await t.request(
      '/v1/sms/classify',
      json({
        text: '【中国移动】尊敬的客户，您的积分即将清零，可兑换现金礼包，请登录 10086wds.cn 领取',
        sender: '10086',
      }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      verdict: 'smishing',
      brand: 'China Mobile',
      lure: 'points_redemption',
    });
  });

  it('extracts systemsvc.net -> 213.24.76.23 -> AS8342 and speaks STIX on request', async () => {
    const res = await t.request('/v1/ioc/extract', json({ text: SEED }));
    const body = (await res.json()) as {
      iocs: { value: string }[];
      relations: { source: { value: string }; target: { value: string } }[];
    };
    expect(body.iocs.map((i) => i.value)).toEqual(
      expect.arrayContaining(['systemsvc.net', '213.24.76.23', 'AS8342']),
    );
    const pairs = body.relations.map((r) => `${r.source.value}>${r.target.value}`);
    expect(pairs).toEqual(
      expect.arrayContaining(['systemsvc.net>213.24.76.23', '213.24.76.23>AS8342']),
    );
    const stix = await t.request('/v1/ioc/extract', {
      ...json({ text: SEED }),
      headers: { 'content-type': 'application/json', accept: 'application/stix+json' },
    });
    expect(stix.headers.get('content-type')).toContain('application/stix+json');
    expect(((await stix.json()) as { type: string }).type).toBe('bundle');
  });

  it('stores a report once, links its indicators, and enriches the address offline', async () => {
    const first = await t.request('/v1/reports?published=true&tags=carbanak', {
      method: 'POST',
      body: SEED,
      headers: { 'content-type': 'text/plain' },
      key: t.keys.analyst,
    });
    expect(first.status).toBe(201);
    const again = await t.request('/v1/reports?published=true', {
      method: 'POST',
      body: SEED,
      headers: { 'content-type': 'text/plain' },
      key: t.keys.analyst,
    });
    expect(again.status).toBe(200);
    const { report } = (await first.json()) as { report: { id: string } };
    const read = await t.request(`/v1/reports/${report.id}`);
    expect(read.status).toBe(200); // published: no key needed
    const r = (await read.json()) as {
      indicators: { value: string }[];
      tags: string[];
      relations: { source: { value: string }; target: { value: string } }[];
    };
    expect(r.relations.map((x) => `${x.source.value}>${x.target.value}`)).toContain(
      'systemsvc.net>213.24.76.23',
    );
    // The relations were kept with the report at ingestion: reading serves them, evidence and all.
    const stored = await t.store.getReport(report.id);
    expect(stored?.statedRelations).toEqual(r.relations);
    expect(
      r.relations.every((x) => typeof (x as { evidence?: unknown }).evidence === 'string'),
    ).toBe(true);
    expect(r.indicators.map((i) => i.value)).toEqual(
      expect.arrayContaining(['systemsvc.net', '213.24.76.23', 'AS8342']),
    );
    expect(r.tags).toEqual(['carbanak']);
    const detail = await t.request('/v1/indicators/domain/systemsvc.net', { key: t.keys.reader });
    const d = (await detail.json()) as { relations: unknown[]; reports: { id: string }[] };
    expect(d.reports.map((x) => x.id)).toContain(report.id);
    expect(d.relations.length).toBeGreaterThan(0);
    const enrich = await t.request('/v1/enrich/213.24.76.23?offline=true', { key: t.keys.reader });
    const e = (await enrich.json()) as {
      asn: { asn: number; name: string };
      classifications: { kind: string }[];
    };
    expect(e.asn).toMatchObject({ asn: 8342, name: 'JSC RTComm.RU' });
    expect(e.classifications.map((c) => c.kind)).toContain('state-owned');
  });
});

describe('access', () => {
  it.each([
    ['no key', undefined, 401, 'UNAUTHORIZED'],
    ['an unknown key', 'tocsin_not-a-real-key', 401, 'UNAUTHORIZED'],
    ['garbage', 'x'.repeat(500), 401, 'UNAUTHORIZED'],
  ])('refuses %s on a reader route', async (_name, key, status, code) => {
    const res = await t.request('/v1/indicators', key === undefined ? {} : { key });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ code, requestId: expect.any(String) });
  });

  it('reads the relations of a report stored before they were kept from its text', async () => {
    await t.store.saveReport({
      id: 'report--aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      title: 'stored by an older version',
      source: 'legacy',
      content: 'The C2 domain systemsvc.net resolved to 213.24.76.23.',
      ingestedAtMs: 1,
      indicators: [
        { type: 'domain', value: 'systemsvc.net' },
        { type: 'ipv4', value: '213.24.76.23' },
      ],
      published: true,
    });
    const read = await t.request('/v1/reports/report--aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
    expect(read.status).toBe(200);
    const r = (await read.json()) as {
      relations: { source: { value: string }; type: string; target: { value: string } }[];
    };
    expect(r.relations.map((x) => `${x.source.value} ${x.type} ${x.target.value}`)).toEqual([
      'systemsvc.net resolves-to 213.24.76.23',
    ]);
  });

  it('refuses a malformed Authorization header', async () => {
    const res = await t.request('/v1/indicators', { headers: { authorization: 'Basic abc' } });
    expect(res.status).toBe(401);
  });

  it.each([
    ['reader', 'POST', '/v1/reports', 'reader'],
    ['reader', 'POST', '/v1/watches', 'reader'],
    ['analyst', 'POST', '/v1/keys', 'analyst'],
    ['analyst', 'GET', '/v1/keys', 'analyst'],
  ] as const)('a %s key cannot %s %s', async (_n, method, path, role) => {
    const res = await t.request(path, {
      method,
      key: t.keys[role],
      ...(method === 'POST'
        ? {
            body: JSON.stringify({ role: 'admin', name: 'x', text: 'x', domain: 'a.example' }),
            headers: { 'content-type': 'application/json' },
          }
        : {}),
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('stops accepting a key as soon as it is revoked', async () => {
    const created = await t.request('/v1/keys', {
      ...json({ role: 'reader', name: 'short-lived' }),
      key: t.keys.admin,
    });
    expect(created.status).toBe(201);
    const { key, id } = (await created.json()) as { key: string; id: string };
    expect((await t.request('/v1/indicators', { key })).status).toBe(200);
    const listed = (await (await t.request('/v1/keys', { key: t.keys.admin })).json()) as {
      keys: object[];
    };
    expect(JSON.stringify(listed)).not.toContain(key); // secrets are never listed
    expect(
      (await t.request(`/v1/keys/${id}`, { method: 'DELETE', key: t.keys.admin })).status,
    ).toBe(200);
    expect((await t.request('/v1/indicators', { key })).status).toBe(401);
  });

  it('hides unpublished reports from anonymous readers', async () => {
    const res = await t.request('/v1/reports', {
      ...json({ text: 'internal note: evil-internal.example resolves to 198.51.100.7' }),
      key: t.keys.analyst,
    });
    const { report } = (await res.json()) as { report: { id: string } };
    expect((await t.request(`/v1/reports/${report.id}`)).status).toBe(404);
    expect((await t.request(`/v1/reports/${report.id}`, { key: t.keys.reader })).status).toBe(200);
    const list = (await (await t.request('/v1/reports')).json()) as { reports: { id: string }[] };
    expect(list.reports.map((r) => r.id)).not.toContain(report.id);
  });
});

describe('validation changes nothing', () => {
  it('rejects a watch request with a bad field and adds nothing', async () => {
    const before = await t.kb.track.listWatches();
    const res = await t.request('/v1/watches', {
      ...json({ domains: ['good.example'], intervalSeconds: 1 }),
      key: t.keys.analyst,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      code: 'INPUT_INVALID',
      issues: [expect.objectContaining({ path: 'intervalSeconds' })],
    });
    expect(await t.kb.track.listWatches()).toEqual(before);
  });

  it('rejects a report with an unknown field and stores nothing', async () => {
    const before = await t.kb.reports.list({ limit: 500 });
    const res = await t.request('/v1/reports', {
      ...json({ text: 'a.example', evil: true }),
      key: t.keys.analyst,
    });
    expect(res.status).toBe(400);
    expect(await t.kb.reports.list({ limit: 500 })).toEqual(before);
  });

  it.each([
    ['not JSON', '{"text":', 'application/json', 400],
    ['binary', '\u0000\u0001\u0002PK\u0003\u0004', 'application/octet-stream', 415],
  ])('answers %s with a problem', async (_n, body, type, status) => {
    const res = await t.request('/v1/ioc/extract', {
      method: 'POST',
      body,
      headers: { 'content-type': type },
    });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it('refuses an oversized body with 413', async () => {
    const small = await createTestApp({ TOCSIN_SERVER__BODY_LIMIT_BYTES: '2048' });
    try {
      const res = await small.request('/v1/reports', {
        method: 'POST',
        body: 'a.example '.repeat(1000),
        headers: { 'content-type': 'text/plain' },
        key: small.keys.analyst,
      });
      expect(res.status).toBe(413);
      expect(await small.kb.reports.list({ limit: 10 })).toEqual([]);
    } finally {
      await small.close();
    }
  });
});

describe('security', () => {
  it.each([
    '/assets/../../package.json',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/assets/..%2f..%2fpackage.json',
    '/..%2f..%2fpackage.json',
    '/assets/%2e%2e%5c%2e%2e%5cpackage.json',
    '/index.html/../../../etc/passwd',
  ])('serves no file outside the UI for %s', async (path) => {
    const res = await t.request(path);
    expect(res.status).toBe(404);
    const text = await res.text();
    expect(text).not.toContain('"devDependencies"');
    expect(text).not.toContain('root:');
  });

  it.each([
    '//evil.example/x',
    'javascript:alert(1)',
    '/\\evil.example',
    'https:\\\\evil.example',
    'https://user:pw@evil.example/',
    'data:text/html,<script>alert(1)</script>',
    'ftp://evil.example/',
    ` https://evil.example/`,
  ])('/go never forwards %j', async (url) => {
    const res = await t.request(`/go?url=${encodeURIComponent(url)}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect(await res.json()).toMatchObject({ code: 'GO_URL_INVALID' });
  });

  it('/go shows a browser a refusal page, never a redirect', async () => {
    const res = await t.request(`/go?url=${encodeURIComponent('javascript:alert(1)')}`, {
      headers: { accept: 'text/html,application/xhtml+xml' },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    const html = await res.text();
    expect(html).toContain('data-verdict="refused"');
    expect(html).not.toContain('href="javascript');
  });

  it('/go asks before leaving and escapes what it shows', async () => {
    const res = await t.request(
      `/go?url=${encodeURIComponent('http://10086wds.cn/a?q="><script>alert(1)</script>')}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('location')).toBeNull();
    const html = await res.text();
    expect(html).toContain('data-verdict="lookalike"');
    expect(html).not.toContain('<script>');
    expect(html).toContain('id="continue"');
  });

  it('stores a note with markup as text and never renders it server-side', async () => {
    await t.request('/v1/reports', {
      ...json({ text: 'xss.example resolves to 192.0.2.44', published: true }),
      key: t.keys.analyst,
    });
    const list = (await (await t.request('/v1/reports')).json()) as {
      reports: { id: string; title: string }[];
    };
    const id = list.reports.find((r) => r.title.includes('xss.example'))?.id ?? '';
    const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const added = await t.request(`/v1/reports/${id}/notes`, {
      ...json({ text: payload }),
      key: t.keys.reader,
    });
    expect(added.status).toBe(201);
    const notes = await t.request(`/v1/reports/${id}/notes`);
    expect(notes.headers.get('content-type')).toContain('application/json');
    expect(((await notes.json()) as { notes: { text: string }[] }).notes[0]?.text).toBe(payload);
    const votes = await t.request(`/v1/reports/${id}/votes`, {
      ...json({ value: 1 }),
      key: t.keys.reader,
    });
    expect(await votes.json()).toEqual({ up: 1, down: 0 });
    const again = await t.request(`/v1/reports/${id}/votes`, {
      ...json({ value: -1 }),
      key: t.keys.reader,
    });
    expect(await again.json()).toEqual({ up: 0, down: 1 }); // one vote per key
  });

  it('sends secure headers and a CSP, and no CORS unless configured', async () => {
    const res = await t.request('/healthz', { headers: { origin: 'https://evil.example' } });
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    // the API's answers: the OWASP REST set, never cached, never framed
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('strict-transport-security')).toContain('max-age=');
    // pages keep the whole set for what a browser renders
    const page = await t.request('/go?url=https://example.com/', {
      headers: { accept: 'text/html' },
    });
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
  });

  it('rate-limits per address and says when to retry', async () => {
    const limited = await createTestApp({ TOCSIN_SERVER__RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++)
        codes.push((await limited.request('/v1/sms/classify', json({ text: 'hi' }))).status);
      expect(codes).toEqual([200, 200, 200, 429]);
      const res = await limited.request('/v1/sms/classify', json({ text: 'hi' }));
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      // a key has its own budget
      expect(
        (
          await limited.request('/v1/sms/classify', {
            ...json({ text: 'hi' }),
            key: limited.keys.reader,
          })
        ).status,
      ).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('tracking and alerts', () => {
  it('lists watches, history (JSON and COF) and alerts, and streams new alerts as SSE', async () => {
    expect(
      (
        await t.request('/v1/watches', {
          ...json({ domain: 'systemsvc.net', intervalSeconds: 600 }),
          key: t.keys.analyst,
        })
      ).status,
    ).toBe(201);
    const watches = (await (await t.request('/v1/watches', { key: t.keys.reader })).json()) as {
      watches: { domain: string }[];
    };
    expect(watches.watches.map((w) => w.domain)).toContain('systemsvc.net');
    const cof = await t.request('/v1/watches/systemsvc.net/history?format=cof', {
      key: t.keys.reader,
    });
    expect(cof.headers.get('content-type')).toContain('application/x-ndjson');

    const stream = await t.request('/v1/alerts/stream', { key: t.keys.reader });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reader = stream.body?.getReader();
    if (!reader) throw new Error('no body');
    const decoder = new TextDecoder();
    let seen = '';
    const readUntil = async (needle: string) => {
      const until = Date.now() + 10_000;
      while (!seen.includes(needle) && Date.now() < until) {
        const { value, done } = await reader.read();
        if (done) break;
        seen += decoder.decode(value);
      }
    };
    await readUntil('event: ready');
    await t.store.saveAlert({
      key: 'test-move-1',
      domain: 'systemsvc.net',
      createdAtMs: Date.now(),
      sentence:
        'systemsvc.net now resolves to 213.24.76.23 (AS8342 JSC RTComm.RU, RU; state-owned network)',
      payload: { domain: 'systemsvc.net' },
    });
    await readUntil('event: alert');
    expect(seen).toContain('213.24.76.23 (AS8342 JSC RTComm.RU');
    await reader.cancel();
    const alerts = (await (await t.request('/v1/alerts', { key: t.keys.reader })).json()) as {
      alerts: { sentence: string }[];
    };
    expect(alerts.alerts.some((a) => a.sentence.includes('AS8342'))).toBe(true);
  });
});

describe('the API describes itself', () => {
  it('serves OpenAPI 3.1 with every route and its request schemas', async () => {
    const doc = (await (await t.request('/openapi.json')).json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          { requestBody?: { content: Record<string, { schema: { properties?: object } }> } }
        >
      >;
    };
    expect(doc.openapi).toBe('3.1.0');
    for (const p of [
      '/v1/sms/classify',
      '/v1/ioc/extract',
      '/v1/reports',
      '/v1/reports/{id}',
      '/v1/indicators/{type}/{value}',
      '/v1/watches',
      '/v1/alerts/stream',
      '/v1/keys',
      '/go',
    ]) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
    const body =
      doc.paths['/v1/reports']?.['post']?.requestBody?.content['application/json']?.schema;
    expect(body?.properties).toHaveProperty('text');
    const html = await (await t.request('/docs')).text();
    expect(html).toContain('/v1/alerts/stream');
  });
});
