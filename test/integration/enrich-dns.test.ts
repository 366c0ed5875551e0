import { createSocket, type Socket } from 'node:dgram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDnsResolver } from '../../src/adapters/dns/dns-resolver.js';
import { createAsnLookup } from '../../src/adapters/asn/load-asn-table.js';
import { createEnrichService } from '../../src/services/enrich.js';
import { describeTarget } from '../../src/core/enrich/describe-target.js';
import { type Dnsmasq, type DnsRecords, startDnsmasq } from '../support/dnsmasq.js';
import { freePort } from '../support/free-port.js';

const RECORDS: DnsRecords = {
  addresses: {
    'c2.example.net': ['213.24.76.23', '2001:db8::1'],
    'parked.example.org': ['192.0.2.1'],
  },
  cnames: { 'www.example.net': 'c2.example.net' },
  txt: { 'c2.example.net': ['v=spf1 -all'] },
  mx: { 'c2.example.net': [{ exchange: 'mail.example.net', priority: 10 }] },
  ns: { 'parked.example.org': ['ns1.bodis.com'] },
};

describe('DNS enrichment against a real dnsmasq', () => {
  let dns: Dnsmasq;
  beforeAll(async () => {
    dns = await startDnsmasq({ records: RECORDS });
  });
  afterAll(async () => {
    await dns.stop();
  });

  const service = () =>
    createEnrichService({
      dns: createDnsResolver({ resolver: dns.resolver, timeoutMs: 500 }),
      rdap: { lookup: async () => ({ status: 'offline' }) },
      asn: createAsnLookup({}),
      clock: () => Date.UTC(2026, 0, 1),
    });

  it('answers A, AAAA, MX, TXT and enriches each address', async () => {
    const r = await service().enrich('c2.example.net');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const e = r.value;
    expect(e.dns?.status).toBe('ok');
    expect(e.dns?.a).toEqual(['213.24.76.23']);
    expect(e.dns?.aaaa).toEqual(['2001:db8::1']);
    expect(e.dns?.mx).toEqual([{ exchange: 'mail.example.net', priority: 10 }]);
    expect(e.dns?.txt).toEqual(['v=spf1 -all']);
    expect(e.addresses.map((a) => a.address)).toEqual(['213.24.76.23', '2001:db8::1']);
    expect(e.asn?.asn).toBe(8342);
    expect(e.classifications.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['state-owned', 'bogon']),
    );
    expect(describeTarget(e)).toBe(
      'c2.example.net (special-use domain name (RFC 6761)) -> 213.24.76.23 (AS8342 JSC RTComm.RU, RU; state-owned network), 2001:db8::1 (AS unknown, JP; reserved address, documentation prefix (RFC 3849))',
    );
    expect(e.enrichedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('follows a CNAME', async () => {
    const r = await service().enrich('www.example.net');
    expect(r.ok && r.value.dns?.cname).toEqual(['c2.example.net']);
  });

  it('classifies a domain parked by its NS', async () => {
    const r = await service().enrich('parked.example.org');
    expect(r.ok && r.value.dns?.ns).toEqual(['ns1.bodis.com']);
    const parked = r.ok ? r.value.classifications.find((c) => c.kind === 'parked') : undefined;
    expect(parked?.evidence).toBe(
      'NS ns1.bodis.com matches bodis.com in misp-warninglists/parking-domain-ns',
    );
  });

  it('reports NXDOMAIN as a state', async () => {
    const r = await service().enrich('gone.example.net');
    expect(r.ok && r.value.dns?.status).toBe('nxdomain');
    expect(r.ok && describeTarget(r.value)).toBe(
      'gone.example.net (special-use domain name (RFC 6761); nxdomain)',
    );
  });

  it('sees a domain move after setRecords (SIGHUP)', async () => {
    await dns.setRecords({
      ...RECORDS,
      addresses: { ...RECORDS.addresses, 'c2.example.net': ['8.8.8.8'] },
    });
    const r = await service().enrich('c2.example.net');
    expect(r.ok && r.value.dns?.a).toEqual(['8.8.8.8']);
    expect(r.ok && r.value.classifications.some((c) => c.kind === 'public-dns')).toBe(true);
    await dns.setRecords(RECORDS);
    const back = await service().enrich('c2.example.net');
    expect(back.ok && back.value.dns?.a).toEqual(['213.24.76.23']);
  });
});

/** A tiny UDP DNS server answering crafted packets: what dnsmasq cannot express. */
function craftedServer(
  answer: (query: Buffer) => Buffer | null,
): Promise<{ port: number; sock: Socket }> {
  return new Promise((resolve) => {
    const sock = createSocket('udp4');
    sock.on('message', (msg, rinfo) => {
      const out = answer(msg);
      if (out) sock.send(out, rinfo.port, rinfo.address);
    });
    void freePort().then((port) => sock.bind(port, '127.0.0.1', () => resolve({ port, sock })));
  });
}

function header(query: Buffer, ancount: number): Buffer {
  const h = Buffer.alloc(12);
  query.copy(h, 0, 0, 2); // id
  h.writeUInt16BE(0x8180, 2); // response, RD, RA, NOERROR
  h.writeUInt16BE(1, 4);
  h.writeUInt16BE(ancount, 6);
  return h;
}

function question(query: Buffer): Buffer {
  let i = 12;
  while (query[i] !== 0 && i < query.length) i += (query[i] ?? 0) + 1;
  return query.subarray(12, i + 5);
}

describe('DNS adapter against hostile answers', () => {
  const socks: Socket[] = [];
  afterAll(() => {
    for (const s of socks) s.close();
  });

  it('a malformed answer is a state, not a crash', async () => {
    const { port, sock } = await craftedServer((q) =>
      Buffer.concat([header(q, 3), question(q), Buffer.from([0xc0, 0x0c, 0, 1])]),
    );
    socks.push(sock);
    const r = await createDnsResolver({
      resolver: `127.0.0.1:${port}`,
      timeoutMs: 300,
      tries: 1,
    }).resolve('bad.example', {});
    expect(r.status).toBe('malformed');
    expect(r.a).toEqual([]);
  });

  it('a huge TXT answer is capped and flagged', async () => {
    const { port, sock } = await craftedServer((q) => {
      const qtype = q.readUInt16BE(question(q).length + 12 - 4);
      if (qtype !== 16) return Buffer.concat([header(q, 0), question(q)]);
      const strings = Buffer.concat(
        Array.from({ length: 12 }, () =>
          Buffer.concat([Buffer.from([255]), Buffer.alloc(255, 0x61)]),
        ),
      );
      const rr = Buffer.alloc(12);
      rr.writeUInt16BE(0xc00c, 0);
      rr.writeUInt16BE(16, 2);
      rr.writeUInt16BE(1, 4);
      rr.writeUInt32BE(60, 6);
      rr.writeUInt16BE(strings.length, 10);
      return Buffer.concat([header(q, 1), question(q), rr, strings]);
    });
    socks.push(sock);
    const r = await createDnsResolver({
      resolver: `127.0.0.1:${port}`,
      timeoutMs: 500,
      tries: 1,
      maxTxtChars: 1000,
    }).resolve('huge.example', {});
    expect(r.status).toBe('ok');
    expect(r.txt[0]?.length).toBe(1000);
    expect(r.truncated).toBe(true);
  });

  it('a silent resolver times out within the deadline', async () => {
    const { port, sock } = await craftedServer(() => null);
    socks.push(sock);
    const t0 = Date.now();
    const r = await createDnsResolver({
      resolver: `127.0.0.1:${port}`,
      timeoutMs: 200,
      tries: 1,
    }).resolve('slow.example', {});
    expect(r.status).toBe('timeout');
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
