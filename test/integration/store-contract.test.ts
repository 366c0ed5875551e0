/** The KbStore contract, run against SQLite (temp file) and PostgreSQL (started here). */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/adapters/store/open-store.js';
import type { KbStore } from '../../src/core/kb/ports.js';
import type { AlertInput, RoundWrite } from '../../src/core/kb/types.js';
import type { WatchState } from '../../src/core/track/types.js';
import { storeKinds } from '../support/store-kinds.js';

const silent = { info: () => undefined };
const T0 = Date.UTC(2015, 5, 1);

const stateFor = (ip: string, changes = 0): WatchState => ({
  current: { kind: 'records', A: [ip], AAAA: [], CNAME: [], NS: [] },
  sinceMs: T0,
  changes,
  recent: [],
});

const alertFor = (domain: string, key: string): AlertInput => ({
  key,
  domain,
  createdAtMs: T0 + 60_000,
  sentence: `${domain} now resolves to 213.24.76.23 instead of 198.51.100.7.`,
  payload: { domain, to: ['213.24.76.23'], nested: { ok: true, n: 1.5, none: null } },
});

const round = (domain: string, over: Partial<RoundWrite> = {}): RoundWrite => ({
  domain,
  observedAtMs: T0,
  history: [{ rrtype: 'A', rdata: '198.51.100.7', state: 'ok' }],
  state: stateFor('198.51.100.7'),
  nextDueAtMs: T0 + 600_000,
  alert: null,
  deliverTo: [],
  ...over,
});

describe.each(storeKinds())('KbStore on $name', (kind) => {
  let store: KbStore;
  beforeAll(() => kind.setup());
  afterAll(() => kind.teardown());
  beforeEach(async () => {
    store = await kind.open();
  });
  afterEach(() => store.close());

  it('keeps one row per normalised (type, value)', async () => {
    const ids = await store.upsertIndicators(
      [
        { type: 'domain', value: 'SystemSvc.NET.' },
        { type: 'domain', value: 'systemsvc.net' },
        { type: 'ipv4', value: '213.24.76.23' },
        { type: 'asn', value: 'as8342' },
      ],
      T0,
    );
    expect(ids[0]).toBe(ids[1]);
    expect(new Set(ids).size).toBe(3);
    await store.upsertIndicators([{ type: 'domain', value: 'systemsvc.net' }], T0 + 5);
    const got = await store.getIndicator({ type: 'domain', value: 'SYSTEMSVC.net' });
    expect(got).toMatchObject({ value: 'systemsvc.net', firstSeenMs: T0, lastSeenMs: T0 + 5 });
    expect(await store.getIndicator({ type: 'asn', value: 'AS8342' })).not.toBeNull();
    expect(await store.countIndicators()).toBe(3);
  });

  it('counts sightings per source with first and last seen', async () => {
    const d = { type: 'domain', value: 'systemsvc.net' } as const;
    await store.recordSightings([
      { ...d, source: 'trendmicro', seenAtMs: T0 + 10 },
      { ...d, source: 'trendmicro', seenAtMs: T0 },
      { ...d, source: 'misp', seenAtMs: T0 + 3 },
    ]);
    expect(await store.listSightings(d)).toEqual([
      { source: 'misp', firstSeenMs: T0 + 3, lastSeenMs: T0 + 3, count: 1 },
      { source: 'trendmicro', firstSeenMs: T0, lastSeenMs: T0 + 10, count: 2 },
    ]);
    expect(await store.listSightings({ type: 'domain', value: 'never.example' })).toEqual([]);
  });

  it('finds a relation from either end', async () => {
    const from = { type: 'domain', value: 'systemsvc.net' } as const;
    const to = { type: 'ipv4', value: '213.24.76.23' } as const;
    await store.addRelations([{ from, to, kind: 'resolves-to', source: 'article', seenAtMs: T0 }]);
    await store.addRelations([
      { from, to, kind: 'resolves-to', source: 'article', seenAtMs: T0 + 1 },
    ]);
    const fromIp = await store.listRelations(to);
    expect(fromIp).toEqual([
      { from, to, kind: 'resolves-to', source: 'article', firstSeenMs: T0, lastSeenMs: T0 + 1 },
    ]);
    expect(await store.listRelations(from)).toEqual(fromIp);
  });

  it('ingests a report once, with its indicators in order', async () => {
    const report = {
      id: 'report--abc',
      title: 'Carbanak C2 points to the FSB',
      source: 'seed-article',
      content: 'systemsvc.net resolves to 213.24.76.23 (AS8342)',
      ingestedAtMs: T0,
      indicators: [
        { type: 'domain', value: 'systemsvc.net' },
        { type: 'ipv4', value: '213.24.76.23' },
      ] as const,
    };
    expect(await store.saveReport(report)).toEqual({ created: true });
    expect(await store.saveReport({ ...report, ingestedAtMs: T0 + 99 })).toEqual({
      created: false,
    });
    const got = await store.getReport('report--abc');
    expect(got).toEqual({ ...report, indicators: [...report.indicators], statedRelations: null });
    expect(await store.getReport('report--none')).toBeNull();
    // Stated relations round-trip as the JSON document they were given as.
    const stated = [
      {
        source: { type: 'domain', value: 'systemsvc.net' },
        type: 'resolves-to',
        target: { type: 'ipv4', value: '213.24.76.23' },
        evidence: 'systemsvc.net resolves to 213.24.76.23 — «引号» \u2028',
      },
    ];
    await store.saveReport({ ...report, id: 'report--def', statedRelations: stated });
    expect((await store.getReport('report--def'))?.statedRelations).toEqual(stated);
  });

  it('returns the latest enrichment of each kind, JSON intact', async () => {
    const ip = { type: 'ipv4', value: '213.24.76.23' } as const;
    await store.saveEnrichment({ indicator: ip, kind: 'asn', observedAtMs: T0, data: { asn: 1 } });
    await store.saveEnrichment({
      indicator: ip,
      kind: 'asn',
      observedAtMs: T0 + 1,
      data: { asn: 8342, org: 'JSC RTComm.RU', tags: ['state-owned'] },
    });
    await store.saveEnrichment({
      indicator: ip,
      kind: 'rdap',
      observedAtMs: T0,
      data: 'plain string',
    });
    expect(await store.latestEnrichments(ip)).toEqual([
      {
        indicator: ip,
        kind: 'asn',
        observedAtMs: T0 + 1,
        data: { asn: 8342, org: 'JSC RTComm.RU', tags: ['state-owned'] },
      },
      { indicator: ip, kind: 'rdap', observedAtMs: T0, data: 'plain string' },
    ]);
  });

  it('adds, updates, lists, schedules and removes watch entries', async () => {
    await store.addWatches([
      { domain: 'b.example', intervalSeconds: 600, webhookUrl: null, addedAtMs: T0 },
      {
        domain: 'a.example',
        intervalSeconds: 60,
        webhookUrl: 'http://127.0.0.1:9/hook',
        addedAtMs: T0 + 1,
      },
    ]);
    await store.addWatches([
      { domain: 'b.example', intervalSeconds: 120, webhookUrl: null, addedAtMs: T0 + 50 },
    ]);
    const all = await store.listWatches();
    expect(all.map((w) => [w.domain, w.intervalSeconds, w.addedAtMs])).toEqual([
      ['a.example', 60, T0 + 1],
      ['b.example', 120, T0],
    ]);
    expect((await store.dueWatches(T0, 10)).map((w) => w.domain)).toEqual(['b.example']);
    expect((await store.dueWatches(T0 + 1, 10)).map((w) => w.domain)).toEqual([
      'b.example',
      'a.example',
    ]);
    expect(await store.removeWatches(['b.example', 'zzz.example'])).toBe(1);
    expect((await store.listWatches()).map((w) => w.domain)).toEqual(['a.example']);
  });

  it('records a round: history counts, state, schedule', async () => {
    await store.addWatches([
      { domain: 'c2.example', intervalSeconds: 600, webhookUrl: null, addedAtMs: T0 },
    ]);
    await store.recordRound([round('c2.example')]);
    await store.recordRound([
      round('c2.example', {
        observedAtMs: T0 + 600_000,
        nextDueAtMs: T0 + 1_200_000,
        history: [
          { rrtype: 'A', rdata: '198.51.100.7', state: 'ok' },
          { rrtype: 'AAAA', rdata: '', state: 'TIMEOUT' },
        ],
      }),
    ]);
    expect(await store.listHistory('c2.example')).toEqual([
      {
        domain: 'c2.example',
        rrtype: 'A',
        rdata: '198.51.100.7',
        state: 'ok',
        firstSeenMs: T0,
        lastSeenMs: T0 + 600_000,
        count: 2,
      },
      {
        domain: 'c2.example',
        rrtype: 'AAAA',
        rdata: '',
        state: 'TIMEOUT',
        firstSeenMs: T0 + 600_000,
        lastSeenMs: T0 + 600_000,
        count: 1,
      },
    ]);
    const w = await store.getWatch('c2.example');
    expect(w).toMatchObject({
      nextDueAtMs: T0 + 1_200_000,
      lastPolledAtMs: T0 + 600_000,
      state: stateFor('198.51.100.7'),
    });
    await store.recordRound([round('c2.example', { state: null, nextDueAtMs: T0 + 5 })]);
    expect((await store.getWatch('c2.example'))?.state).toEqual(stateFor('198.51.100.7'));
    expect(await store.countHistory()).toBe(2);
  });

  it('creates one alert and one outbox row per key, however often the round is replayed', async () => {
    await store.addWatches([
      { domain: 'c2.example', intervalSeconds: 600, webhookUrl: null, addedAtMs: T0 },
    ]);
    const w = round('c2.example', {
      alert: alertFor('c2.example', 'k1'),
      deliverTo: ['http://127.0.0.1:9/a'],
    });
    const [first, second, third] = await Promise.all([
      store.recordRound([w]),
      store.recordRound([w]),
      store.recordRound([w]),
    ]);
    const created = [first, second, third].flat().filter((id) => id !== null);
    expect(created).toHaveLength(1);
    expect(await store.saveAlert(alertFor('c2.example', 'k1'))).toBe(created[0]);
    const alerts = await store.listAlerts({});
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.payload).toEqual(alertFor('c2.example', 'k1').payload);
    expect(await store.countPendingOutbox()).toBe(1);
    expect(await store.listAlerts({ sinceMs: T0 + 60_001 })).toEqual([]);
  });

  it('walks an outbox row through failure, retry and delivery', async () => {
    await store.addWatches([
      { domain: 'c2.example', intervalSeconds: 600, webhookUrl: null, addedAtMs: T0 },
    ]);
    await store.recordRound([
      round('c2.example', {
        alert: alertFor('c2.example', 'k2'),
        deliverTo: ['http://127.0.0.1:9/a', 'http://127.0.0.1:9/b'],
      }),
    ]);
    const due = await store.dueOutbox(T0, 10);
    expect(due.map((o) => [o.url, o.attempts])).toEqual([
      ['http://127.0.0.1:9/a', 0],
      ['http://127.0.0.1:9/b', 0],
    ]);
    const [a, b] = due;
    if (!a || !b) throw new Error('expected two outbox rows');
    await store.markFailed(a.id, { error: 'HTTP 500', nextAttemptAtMs: T0 + 1000 });
    await store.markFailed(b.id, { error: 'gave up', nextAttemptAtMs: null });
    expect(await store.dueOutbox(T0 + 999, 10)).toEqual([]);
    const retry = await store.dueOutbox(T0 + 1000, 10);
    expect(retry.map((o) => [o.id, o.attempts])).toEqual([[a.id, 1]]);
    expect(await store.countPendingOutbox()).toBe(1);
    await store.markDelivered(a.id, T0 + 1001);
    expect(await store.dueOutbox(T0 + 10_000_000, 10)).toEqual([]);
    expect(await store.countPendingOutbox()).toBe(0);
  });

  it('keeps notes in order and one vote per voter', async () => {
    const target = { kind: 'report', id: 'report--abc' } as const;
    const n1 = await store.addNote({ target, author: 'ana', text: 'FSB block', createdAtMs: T0 });
    await store.addNote({ target, author: 'bo', text: 'or a prank', createdAtMs: T0 + 1 });
    expect((await store.listNotes(target)).map((n) => [n.id === n1.id, n.text])).toEqual([
      [true, 'FSB block'],
      [false, 'or a prank'],
    ]);
    await store.vote(target, 'ana', 1);
    await store.vote(target, 'bo', 1);
    await store.vote(target, 'bo', -1);
    expect(await store.tallyVotes(target)).toEqual({ up: 1, down: 1 });
    expect(await store.tallyVotes({ kind: 'indicator', id: 'x' })).toEqual({ up: 0, down: 0 });
  });

  it('finds API keys by hash and revokes them once', async () => {
    const key = {
      id: 'k1',
      name: 'ci',
      role: 'analyst',
      keyHash: 'h'.repeat(64),
      createdAtMs: T0,
      revokedAtMs: null,
    } as const;
    await store.saveApiKey(key);
    expect(await store.findApiKeyByHash(key.keyHash)).toEqual(key);
    expect(await store.findApiKeyByHash('nope')).toBeNull();
    expect(await store.revokeApiKey('k1', T0 + 1)).toBe(true);
    expect(await store.revokeApiKey('k1', T0 + 2)).toBe(false);
    expect(await store.listApiKeys()).toEqual([{ ...key, revokedAtMs: T0 + 1 }]);
  });

  it('lists reports newest first with their published flag, tags and indicator count', async () => {
    const base = { source: 'analyst', content: 'c', indicators: [] as const };
    await store.saveReport({ ...base, id: 'r1', title: 'one', ingestedAtMs: T0 });
    await store.saveReport({
      ...base,
      id: 'r2',
      title: 'two',
      ingestedAtMs: T0 + 10,
      published: true,
      tags: ['smishing', 'cn'],
      indicators: [{ type: 'domain', value: 'tagged.example' }],
      relations: [],
    });
    expect((await store.listReports({ limit: 10 })).map((r) => r.id)).toEqual(['r2', 'r1']);
    expect(await store.listReports({ limit: 10, published: true })).toEqual([
      {
        id: 'r2',
        title: 'two',
        source: 'analyst',
        ingestedAtMs: T0 + 10,
        published: true,
        tags: ['cn', 'smishing'],
        indicatorCount: 1,
      },
    ]);
    expect((await store.listReports({ limit: 10, beforeMs: T0 + 10 })).map((r) => r.id)).toEqual([
      'r1',
    ]);
    expect(await store.setReportPublished('r1', true)).toBe(true);
    expect(await store.setReportPublished('nope', true)).toBe(false);
    expect((await store.getReportSummary('r1'))?.published).toBe(true);
    expect(await store.getReportSummary('nope')).toBeNull();
    const ref = { type: 'domain', value: 'tagged.example' } as const;
    expect((await store.listReportsOf(ref, 5)).map((r) => r.id)).toEqual(['r2']);
    expect(await store.listIndicatorTags(ref)).toEqual(['cn', 'smishing']);
    expect((await store.listSightings(ref)).map((x) => x.source)).toEqual(['analyst']);
  });

  it('writes a report with its relations in one go', async () => {
    const from = { type: 'domain', value: 'c2.example' } as const;
    const to = { type: 'ipv4', value: '192.0.2.7' } as const;
    await store.saveReport({
      id: 'r-rel',
      title: 't',
      source: 'analyst',
      content: 'c2.example resolves to 192.0.2.7',
      ingestedAtMs: T0,
      indicators: [from, to],
      relations: [{ from, to, kind: 'resolves-to', source: 'analyst', seenAtMs: T0 }],
    });
    expect((await store.listRelations(to)).map((r) => r.kind)).toEqual(['resolves-to']);
  });

  it('searches indicators by value, type, tag and time, most recent first', async () => {
    await store.upsertIndicators([{ type: 'domain', value: 'old.example' }], T0);
    await store.upsertIndicators(
      [
        { type: 'domain', value: 'new.example' },
        { type: 'ipv4', value: '192.0.2.1' },
        { type: 'url', value: 'http://x.example/100%_off' },
      ],
      T0 + 100,
    );
    await store.saveReport({
      id: 'rt',
      title: 't',
      source: 's',
      content: 'c',
      ingestedAtMs: T0 + 200,
      indicators: [{ type: 'domain', value: 'new.example' }],
      relations: [],
      tags: ['c2'],
    });
    const values = async (q: Parameters<KbStore['searchIndicators']>[0]) =>
      (await store.searchIndicators(q)).map((i) => i.value);
    expect(await values({ limit: 10, value: 'EXAMPLE', type: 'domain' })).toEqual([
      'new.example',
      'old.example',
    ]);
    expect(await values({ limit: 10, tag: 'c2' })).toEqual(['new.example']);
    expect(await values({ limit: 10, untilMs: T0 + 50 })).toEqual(['old.example']);
    expect(await values({ limit: 10, sinceMs: T0 + 150 })).toEqual(['new.example']);
    expect(await values({ limit: 10, value: '%_' })).toEqual(['http://x.example/100%_off']);
    expect(await values({ limit: 1 })).toHaveLength(1);
  });

  it('migrates once: reopening the same database applies nothing and keeps the data', async () => {
    const url = await kind.url();
    const infos: unknown[] = [];
    const log = { info: (o: unknown) => void infos.push(o) };
    const a = await openStore(url, log);
    await a.upsertIndicators([{ type: 'domain', value: 'kept.example' }], T0);
    await a.close();
    const b = await openStore(url, log);
    expect(await b.getIndicator({ type: 'domain', value: 'kept.example' })).not.toBeNull();
    await b.close();
    expect(infos.length).toBeLessThanOrEqual(1); // PostgreSQL clones come pre-migrated
  });
});

describe('openStore', () => {
  it.each([['mysql://x'], ['sqlite:'], ['']])('rejects %j with STORE_URL_INVALID', async (url) => {
    await expect(openStore(url, silent)).rejects.toMatchObject({ code: 'STORE_URL_INVALID' });
  });
});
