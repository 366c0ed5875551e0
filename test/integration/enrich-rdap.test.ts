import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRdapClient } from '../../src/adapters/rdap/rdap-client.js';
import { SHIPPED_RDAP_BOOTSTRAP } from '../../src/adapters/rdap/data/bootstrap.generated.js';
import { rdapBaseForDomain, rdapBaseForIp } from '../../src/adapters/rdap/bootstrap.js';
import { toIpAddress } from '../../src/core/enrich/ip.js';
import type { IpAddress } from '../../src/core/enrich/ip.js';
import { classifyRdap } from '../../src/core/enrich/classify.js';
import { type RdapServer, startRdapServer } from '../support/rdap-server.js';

function ip(s: string): IpAddress {
  const a = toIpAddress(s);
  if (!a) throw new Error(`bad test address ${s}`);
  return a;
}

describe('RDAP client against the local fixture server', () => {
  let server: RdapServer;
  beforeAll(async () => {
    server = await startRdapServer();
  });
  afterAll(async () => {
    await server.stop();
  });
  const client = (base: string, timeoutMs = 1000) =>
    createRdapClient({
      bootstrap: SHIPPED_RDAP_BOOTSTRAP,
      baseUrl: base,
      timeoutMs,
      maxBytes: 100_000,
    });

  it('reads the registrant, network name and abuse contact of the seed block', async () => {
    const r = await client(server.baseUrl).lookup({ kind: 'ip', ip: ip('213.24.76.23') }, {});
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.record.name).toBe('FSB-NET');
    expect(r.record.registrant).toBe('Federal Security Service of Russian Federation (FSB)');
    expect(r.record.abuseEmail).toBe('abuse@rtcomm.example');
    expect(r.record.country).toBe('RU');
    const gov = classifyRdap('213.24.76.23', r);
    expect(gov[0]?.kind).toBe('government');
    expect(gov[0]?.label).toContain('Federal Security Service');
    expect(gov[0]?.evidence).toContain('Federal Security Service');
  });

  it('does not call a non-government registrant government', async () => {
    const r = await client(server.baseUrl).lookup({ kind: 'ip', ip: ip('192.0.2.10') }, {});
    expect(r.status).toBe('ok');
    expect(classifyRdap('192.0.2.10', r)).toEqual([]);
  });

  it('reads a domain answer', async () => {
    const r = await client(server.baseUrl).lookup({ kind: 'domain', name: 'c2.example.net' }, {});
    expect(r.status === 'ok' && r.record.name).toBe('c2.example.net');
  });

  it('maps 404 to not-found', async () => {
    const r = await client(server.baseUrl).lookup({ kind: 'ip', ip: ip('198.51.100.1') }, {});
    expect(r.status).toBe('not-found');
  });

  it.each([
    ['malformed', /not JSON/],
    ['wrong', /not an RFC 9083 answer/],
    ['huge', /larger than 100000 bytes/],
    ['deep', /nested deeper/],
    ['error', /HTTP 503/],
  ])('a %s answer is unavailable with a reason', async (mode, reason) => {
    const r = await client(`${server.baseUrl}${mode}/`).lookup(
      { kind: 'ip', ip: ip('213.24.76.23') },
      {},
    );
    expect(r.status).toBe('unavailable');
    expect(r.status === 'unavailable' && r.reason).toMatch(reason);
  });

  it('a slow answer times out instead of hanging', async () => {
    const t0 = Date.now();
    const r = await client(`${server.baseUrl}slow/`, 300).lookup(
      { kind: 'ip', ip: ip('213.24.76.23') },
      {},
    );
    expect(r.status).toBe('unavailable');
    expect(r.status === 'unavailable' && r.reason).toMatch(/no answer within 300 ms/);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('an unreachable server is unavailable, not a crash', async () => {
    const r = await client('http://127.0.0.1:1/').lookup(
      { kind: 'ip', ip: ip('213.24.76.23') },
      {},
    );
    expect(r.status).toBe('unavailable');
  });
});

describe('RDAP bootstrap (hand-written IANA files)', () => {
  it.each([
    ['213.24.76.23', 'https://rdap.db.ripe.net/'],
    ['8.8.8.8', 'https://rdap.arin.net/registry/'],
    ['1.1.1.1', 'https://rdap.apnic.net/'],
    ['200.1.2.3', 'https://rdap.lacnic.net/rdap/'],
    ['41.1.2.3', 'https://rdap.afrinic.net/rdap/'],
    ['2a02:6b8::1', 'https://rdap.db.ripe.net/'],
    ['2600::1', 'https://rdap.arin.net/registry/'],
  ])('%s -> %s', (a, base) => {
    expect(rdapBaseForIp(SHIPPED_RDAP_BOOTSTRAP, ip(a))).toBe(base);
  });

  it.each([
    ['systemsvc.net', 'https://rdap.verisign.com/net/v1/'],
    ['a.b.example.com', 'https://rdap.verisign.com/com/v1/'],
    ['example.invalidtld', null],
  ])('%s -> %s', (name, base) => {
    expect(rdapBaseForDomain(SHIPPED_RDAP_BOOTSTRAP, name)).toBe(base);
  });
});
