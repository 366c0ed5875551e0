/**
 * The tracking service end to end in process: a real dnsmasq whose answers change between polls,
 * the real DNS adapter, SQLite and PostgreSQL stores, a webhook receiver on 127.0.0.1.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDnsResolver } from '../../src/adapters/dns/dns-resolver.js';
import { createWebhookSender } from '../../src/adapters/webhook/post-json-webhook.js';
import type { KbStore } from '../../src/core/kb/ports.js';
import { toObservation } from '../../src/core/track/from-dns-answers.js';
import type { TrackResolverPort } from '../../src/core/track/ports.js';
import { createTrackService, type TrackOptions } from '../../src/services/track.js';
import { createFakeTargetDescriber } from '../fakes/fake-target-describer.js';
import { type DnsRecords, type Dnsmasq, startDnsmasq } from '../support/dnsmasq.js';
import { freePort } from '../support/postgres.js';
import { storeKinds } from '../support/store-kinds.js';

/** Records in test/support/dnsmasq.ts form: names with addresses, plus names that are NXDOMAIN. */
function served(
  list: readonly { name: string; a: readonly string[] }[],
  nxdomain: readonly string[] = [],
): DnsRecords {
  return { addresses: Object.fromEntries(list.map((r) => [r.name, r.a])), nxdomain };
}

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

function resolverAt(
  server: string,
  timeoutMs = 500,
): TrackResolverPort & { maxInFlight: () => number } {
  const dns = createDnsResolver({ resolver: server, timeoutMs, tries: 1 });
  let inFlight = 0;
  let max = 0;
  return {
    maxInFlight: () => max,
    async resolveTracked(name, { signal }) {
      inFlight++;
      max = Math.max(max, inFlight);
      try {
        return toObservation(await dns.resolve(name, { signal }));
      } finally {
        inFlight--;
      }
    },
  };
}

/** A clock the test moves: polls are minutes apart without waiting. */
function steppingClock(startMs: number, stepMs: number): () => number {
  let t = startMs;
  return () => {
    t += stepMs;
    return t;
  };
}

describe.each(storeKinds())('track service on $name', (kind) => {
  let dns: Dnsmasq;
  let store: KbStore;
  beforeAll(async () => {
    await kind.setup();
    dns = await startDnsmasq({ records: {} });
  });
  afterAll(async () => {
    await dns.stop();
    await kind.teardown();
  });
  beforeEach(async () => {
    store = await kind.open();
  });
  afterEach(() => store.close());

  const service = (resolver: TrackResolverPort, options: Partial<TrackOptions> = {}) =>
    createTrackService({
      store,
      resolver,
      describer: createFakeTargetDescriber(),
      webhook: createWebhookSender({ userAgent: 'tocsin-test' }),
      logger: silent,
      now: steppingClock(Date.UTC(2015, 5, 1), 60_000),
      options: { concurrency: 4, ...options },
    });

  it('raises exactly one alert, with one sentence, when systemsvc.test moves', async () => {
    await dns.setRecords(
      served([
        { name: 'systemsvc.test', a: ['198.51.100.7'] },
        { name: 'quiet.test', a: ['192.0.2.1'] },
      ]),
    );
    const t = service(resolverAt(dns.resolver));
    const r = await t.addWatches(['systemsvc.test', 'quiet.test', 'not a domain'], {
      intervalSeconds: 60,
      webhookUrl: null,
    });
    expect(r.added).toEqual(['systemsvc.test', 'quiet.test']);
    expect(r.rejected.map((e) => e.code)).toEqual(['TRACK_DOMAIN_INVALID']);
    expect(await t.runRound({ all: true })).toMatchObject({
      polled: 2,
      moves: 0,
      alertsCreated: 0,
    });
    await dns.setRecords(
      served([
        { name: 'systemsvc.test', a: ['213.24.76.23'] },
        { name: 'quiet.test', a: ['192.0.2.1'] },
      ]),
    );
    expect(await t.runRound({ all: true })).toMatchObject({
      polled: 2,
      moves: 1,
      alertsCreated: 1,
    });
    expect(await t.runRound({ all: true })).toMatchObject({ moves: 0, alertsCreated: 0 });
    const alerts = await t.alerts({});
    expect(alerts.map((a) => a.sentence)).toEqual([
      'systemsvc.test now resolves to 213.24.76.23 (AS8342 JSC RTComm.RU, RU; state-owned network) instead of 198.51.100.7 (AS64500 Example Hosting, US).',
    ]);
    expect(alerts[0]?.payload).toMatchObject({
      domain: 'systemsvc.test',
      to: { A: ['213.24.76.23'] },
      from: { A: ['198.51.100.7'] },
    });
    const history = await t.history('systemsvc.test');
    expect(history.map((h) => [h.rrtype, h.rdata, h.count])).toEqual([
      ['A', '198.51.100.7', 1],
      ['A', '213.24.76.23', 2],
    ]);
  });

  it('does not flood when a domain flaps, and keeps both answers in the history', async () => {
    const t = service(resolverAt(dns.resolver));
    await t.addWatches(['flap.test'], { intervalSeconds: 60, webhookUrl: null });
    let created = 0;
    for (let i = 0; i < 6; i++) {
      await dns.setRecords(
        served([{ name: 'flap.test', a: [i % 2 === 0 ? '192.0.2.10' : '192.0.2.20'] }]),
      );
      created += (await t.runRound({ all: true })).alertsCreated;
    }
    expect(created).toBe(1);
    expect((await t.history('flap.test')).map((h) => [h.rdata, h.count])).toEqual([
      ['192.0.2.10', 3],
      ['192.0.2.20', 3],
    ]);
  });

  it('records NXDOMAIN and timeouts as states, not errors, and does not alert on a timeout', async () => {
    await dns.setRecords(served([{ name: 'gone.test', a: ['192.0.2.30'] }], ['never.test']));
    const t = service(resolverAt(dns.resolver));
    await t.addWatches(['gone.test', 'never.test'], { intervalSeconds: 60, webhookUrl: null });
    await t.runRound({ all: true });
    const dead = `127.0.0.1:${await freePort()}`;
    const blind = service(resolverAt(dead, 100), { queryTimeoutMs: 1000 });
    expect(await blind.runRound({ all: true })).toMatchObject({
      polled: 2,
      moves: 0,
      alertsCreated: 0,
    });
    await dns.setRecords(served([], ['gone.test', 'never.test']));
    expect(await t.runRound({ all: true })).toMatchObject({ moves: 1, alertsCreated: 1 });
    const states = (await t.history('gone.test')).map((h) => `${h.rrtype}:${h.state}:${h.rdata}`);
    expect(states).toContain('A:ok:192.0.2.30');
    expect(states).toContain('A:TIMEOUT:');
    expect(states).toContain('A:NXDOMAIN:');
    expect((await t.history('never.test')).every((h) => h.state !== 'ok')).toBe(true);
    expect((await t.alerts({}))[0]?.sentence).toBe(
      'gone.test no longer exists (NXDOMAIN); it pointed to 192.0.2.30.',
    );
  });

  it('keeps concurrency bounded over many domains', async () => {
    const names = Array.from({ length: 40 }, (_, i) => `bulk${i}.test`);
    await dns.setRecords(served(names.map((name) => ({ name, a: ['192.0.2.40'] }))));
    const resolver = resolverAt(dns.resolver);
    const t = service(resolver, { concurrency: 3, batchSize: 7 });
    await t.addWatches(names, { intervalSeconds: 60, webhookUrl: null });
    expect(await t.runRound({ all: true })).toMatchObject({ polled: 40, historyRows: 40 });
    expect(resolver.maxInFlight()).toBeLessThanOrEqual(3);
    expect(resolver.maxInFlight()).toBeGreaterThan(1);
  });

  describe('webhooks', () => {
    let server: Server;
    let url = '';
    const received: { status: number; body: { key: string } }[] = [];
    let failFirst = 0;
    beforeAll(async () => {
      server = createServer((req, res) => {
        let body = '';
        req.on('data', (c: Buffer) => {
          body += c.toString();
        });
        req.on('end', () => {
          const status = failFirst > 0 ? 500 : 204;
          if (failFirst > 0) failFirst--;
          received.push({ status, body: JSON.parse(body) });
          res.writeHead(status).end();
        });
      });
      const port = await freePort();
      await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
      url = `http://127.0.0.1:${port}/hook`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    it('retries a receiver that fails twice, then delivers the alert', async () => {
      received.length = 0;
      failFirst = 2;
      await dns.setRecords(served([{ name: 'hooked.test', a: ['198.51.100.7'] }]));
      const t = createTrackService({
        store,
        resolver: resolverAt(dns.resolver),
        describer: createFakeTargetDescriber(),
        webhook: createWebhookSender({ userAgent: 'tocsin-test' }),
        logger: silent,
        now: Date.now,
        options: { retryPolicy: { baseMs: 20, maxMs: 100, maxAttempts: 5 } },
      });
      await t.addWatches(['hooked.test'], { intervalSeconds: 60, webhookUrl: url });
      await t.runRound({ all: true });
      await dns.setRecords(served([{ name: 'hooked.test', a: ['213.24.76.23'] }]));
      await t.runRound({ all: true });
      await t.runWatcher({ once: true, signal: AbortSignal.timeout(10_000), drainMs: 5000 });
      expect(received.map((r) => r.status)).toEqual([500, 500, 204]);
      expect(new Set(received.map((r) => r.body.key)).size).toBe(1);
      expect(await store.countPendingOutbox()).toBe(0);
    });
  });
});

describe('parseWebhookUrl via addWatches', () => {
  it.each([['ftp://x.example/hook'], ['not a url'], ['file:///etc/passwd']])(
    'refuses %j',
    async (webhookUrl) => {
      const t = createTrackService({
        store: {} as KbStore, // never reached: the URL is refused first
        resolver: {
          resolveTracked: async () => {
            throw new Error('unused');
          },
        },
        describer: createFakeTargetDescriber(),
        webhook: createWebhookSender({ userAgent: 't' }),
        logger: silent,
        now: Date.now,
      });
      await expect(
        t.addWatches(['a.example'], { intervalSeconds: 60, webhookUrl }),
      ).rejects.toMatchObject({
        code: 'TRACK_WEBHOOK_INVALID',
      });
    },
  );
});
