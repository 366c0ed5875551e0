import { describe, expect, it } from 'vitest';
import { classifyAddress, classifyDomain, classifyRdap } from './classify.js';
import { describeTarget } from './describe-target.js';
import { toIpAddress } from './ip.js';
import type { Enrichment, RdapRecord } from './types.js';

const ip = (s: string) => toIpAddress(s)!;
const offline = { status: 'offline' } as const;

function rdapWith(registrant: string): { status: 'ok'; url: string; record: RdapRecord } {
  return {
    status: 'ok',
    url: 'http://127.0.0.1/ip/x',
    record: {
      objectClass: 'ip network',
      handle: null,
      name: null,
      type: null,
      country: null,
      startAddress: null,
      endAddress: null,
      registrant,
      abuseEmail: null,
      entities: [],
      remarks: [],
    },
  };
}

describe('classifyAddress', () => {
  it.each([
    ['10.1.2.3', 'bogon', '10.0.0.0/8 in misp-warninglists/rfc1918'],
    ['8.8.8.8', 'public-dns', '8.8.8.8 in misp-warninglists/public-dns-v4'],
    ['104.16.0.1', 'cloud', '104.16.0.0/13 in misp-warninglists/cloudflare'],
    ['143.215.130.5', 'sinkhole', '143.215.130.0/24 in misp-warninglists/sinkholes'],
    ['2001:db8::1', 'bogon', '2001:db8::/32 in misp-warninglists/rfc3849'],
  ])('%s is %s (%s)', (addr, kind, evidence) => {
    const cs = classifyAddress(ip(addr), null, offline);
    expect(cs.find((c) => c.kind === kind && c.evidence === evidence)).toBeDefined();
  });

  it('names the sinkhole operator from the brakmic list', () => {
    const cs = classifyAddress(ip('195.22.26.200'), null, offline);
    expect(cs.map((c) => c.label)).toContain('sinkhole (Anubis)');
  });

  it('finds nothing for an ordinary address', () => {
    expect(classifyAddress(ip('213.24.76.23'), null, offline)).toEqual([]);
  });
});

describe('classifyRdap', () => {
  it.each([
    [
      'Federal Security Service of the Russian Federation',
      'intelligence-service registrant (Russian Federal Security Service (FSB))',
    ],
    ['ФСБ России', 'intelligence-service registrant (Russian Federal Security Service (FSB))'],
    ['DoD Network Information Center', 'government registrant (US Department of Defense)'],
  ])('%j -> %s', (registrant, label) => {
    expect(classifyRdap('x', rdapWith(registrant))[0]?.label).toBe(label);
  });

  it.each([['fsbank ltd'], ['FSBX Networks'], ['Example Hosting GmbH']])(
    '%j is not government',
    (registrant) => {
      expect(classifyRdap('x', rdapWith(registrant))).toEqual([]);
    },
  );
});

describe('classifyDomain', () => {
  it('recognises a public resolver hostname and a special-use name', () => {
    expect(classifyDomain('dns.google', null).map((c) => c.kind)).toContain('public-dns');
    expect(classifyDomain('foo.example.com', null).map((c) => c.kind)).toContain('bogon');
  });

  it('recognises a sinkhole nameserver', () => {
    const dns = {
      status: 'ok' as const,
      reason: null,
      resolver: 'r',
      a: [],
      aaaa: [],
      cname: [],
      ns: ['ns1.sinkdns.org'],
      mx: [],
      txt: [],
      failures: [],
      truncated: false,
    };
    expect(classifyDomain('c2.test-domain.com', dns).map((c) => c.kind)).toContain('sinkhole');
  });
});

describe('describeTarget', () => {
  it('renders the tracker sentence for an address', () => {
    const e: Enrichment = {
      indicator: '213.24.76.23',
      type: 'ipv4',
      enrichedAt: '2026-01-01T00:00:00.000Z',
      dns: null,
      asn: null,
      country: 'RU',
      rdap: offline,
      classifications: [],
      addresses: [
        {
          address: '213.24.76.23',
          family: 4,
          country: 'RU',
          rdap: offline,
          asn: {
            asn: 8342,
            name: 'JSC RTComm.RU',
            prefix: '213.24.76.0/23',
            rangeStart: '213.24.76.0',
            rangeEnd: '213.24.77.255',
            source: 't',
          },
          classifications: [
            {
              kind: 'state-owned',
              label: 'state-owned network',
              subject: '213.24.76.23',
              evidence: 'e',
              source: 's',
            },
          ],
        },
      ],
    };
    expect(describeTarget(e)).toBe('213.24.76.23 (AS8342 JSC RTComm.RU, RU; state-owned network)');
  });
});
