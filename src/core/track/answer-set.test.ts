import { describe, expect, it } from 'vitest';
import { toAnswerSet, toAnswerSetKey, toHistoryObservations } from './answer-set.js';
import { toRetryDelayMs } from './retry-delay.js';
import { toCofRecords } from './to-cof.js';
import type { Observation } from './types.js';

const o: Observation = {
  A: { kind: 'records', rdata: ['213.24.76.23', '213.24.76.23'] },
  AAAA: { kind: 'nodata' },
  CNAME: { kind: 'servfail' },
  NS: { kind: 'records', rdata: ['NS1.Example.'] },
};

describe('answer sets and history rows', () => {
  it('canonicalises and keys an observation', () => {
    const s = toAnswerSet(o, null);
    expect(s).toEqual({
      kind: 'records',
      A: ['213.24.76.23'],
      AAAA: [],
      CNAME: [],
      NS: ['ns1.example'],
    });
    expect(s && toAnswerSetKey(s)).toBe('A=213.24.76.23;AAAA=;CNAME=;NS=ns1.example');
  });

  it('yields one row per record and per failed query, none for NODATA', () => {
    expect(toHistoryObservations(o)).toEqual([
      { rrtype: 'A', rdata: '213.24.76.23', state: 'ok' },
      { rrtype: 'CNAME', rdata: '', state: 'SERVFAIL' },
      { rrtype: 'NS', rdata: 'ns1.example', state: 'ok' },
    ]);
  });

  it('renders passive-DNS COF with seconds and without failure states', () => {
    expect(
      toCofRecords([
        {
          domain: 'systemsvc.net',
          rrtype: 'A',
          rdata: '213.24.76.23',
          state: 'ok',
          firstSeenMs: 1_433_116_800_999,
          lastSeenMs: 1_433_203_200_000,
          count: 3,
        },
        {
          domain: 'systemsvc.net',
          rrtype: 'A',
          rdata: '',
          state: 'TIMEOUT',
          firstSeenMs: 1,
          lastSeenMs: 2,
          count: 1,
        },
      ]),
    ).toEqual([
      {
        rrname: 'systemsvc.net',
        rrtype: 'A',
        rdata: '213.24.76.23',
        time_first: 1_433_116_800,
        time_last: 1_433_203_200,
        count: 3,
      },
    ]);
  });

  it.each([
    [1, 1000],
    [2, 2000],
    [5, 16_000],
    [30, 3_600_000],
  ])('retry delay after %i failures is %i ms', (n, ms) => {
    expect(toRetryDelayMs(n, { baseMs: 1000, maxMs: 3_600_000, maxAttempts: 20 })).toBe(ms);
  });
});
