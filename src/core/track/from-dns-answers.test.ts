import { describe, expect, it } from 'vitest';
import { toObservation } from './from-dns-answers.js';

describe('toObservation', () => {
  it('reads the enrichment resolver answer: NXDOMAIN, failures, records', () => {
    const base = { reason: null, resolver: 'system', mx: [], txt: [], truncated: false } as const;
    expect(
      toObservation({
        ...base,
        status: 'nxdomain',
        a: [],
        aaaa: [],
        cname: [],
        ns: [],
        failures: [],
      }),
    ).toEqual({
      A: { kind: 'nxdomain' },
      AAAA: { kind: 'nxdomain' },
      CNAME: { kind: 'nxdomain' },
      NS: { kind: 'nxdomain' },
    });
    expect(
      toObservation({
        ...base,
        status: 'ok',
        a: ['192.0.2.1'],
        aaaa: [],
        cname: [],
        ns: [],
        failures: [
          { type: 'AAAA', status: 'timeout' },
          { type: 'NS', status: 'refused' },
        ],
      }),
    ).toEqual({
      A: { kind: 'records', rdata: ['192.0.2.1'] },
      AAAA: { kind: 'timeout' },
      CNAME: { kind: 'nodata' },
      NS: { kind: 'servfail' },
    });
  });
});
