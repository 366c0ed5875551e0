import { describe, expect, it } from 'vitest';
import { toRelationRow, toRelationRows } from './relations.js';

const domain = { type: 'domain', value: 'systemsvc.net' };
const ip = { type: 'ipv4', value: '213.24.76.23' };

describe('toRelationRow', () => {
  it.each([
    [
      'extraction shape',
      { source: domain, type: 'resolves-to', target: ip, evidence: 'now resolves to' },
      { from: domain, kind: 'resolves-to', to: ip, note: 'now resolves to' },
    ],
    [
      'extraction shape without evidence',
      { source: domain, type: 'resolves-to', target: ip },
      { from: domain, kind: 'resolves-to', to: ip, note: '' },
    ],
    [
      'knowledge-base shape',
      { from: domain, kind: 'resolves-to', to: ip, source: 'api:e2e', firstSeenMs: 1 },
      { from: domain, kind: 'resolves-to', to: ip, note: 'api:e2e' },
    ],
    ['neither shape', { from: 'systemsvc.net', to: ip }, null],
    ['not an object', 'systemsvc.net -> 213.24.76.23', null],
    ['null', null, null],
  ])('%s', (_name, input, expected) => {
    expect(toRelationRow(input)).toEqual(expected);
  });

  it('keeps the drawable relations of a list, in order', () => {
    const rows = toRelationRows([
      { from: ip, kind: 'belongs-to', to: { type: 'asn', value: 'AS8342' } },
      42,
      { source: domain, type: 'resolves-to', target: ip },
    ]);
    expect(rows.map((r) => r.kind)).toEqual(['belongs-to', 'resolves-to']);
  });

  it('reads an absent list as none', () => {
    expect(toRelationRows(undefined)).toEqual([]);
  });
});
