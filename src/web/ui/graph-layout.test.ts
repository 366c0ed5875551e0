import { describe, expect, it } from 'vitest';
import { toAsLabel, toGraphLayout } from './graph-layout.js';

describe('toGraphLayout', () => {
  it('draws the seed chain domain → address → AS → organisation', () => {
    const layout = toGraphLayout({
      iocs: [
        { type: 'domain', value: 'systemsvc.net' },
        { type: 'ipv4', value: '213.24.76.23' },
        { type: 'asn', value: 'AS8342' },
        { type: 'cve', value: 'CVE-2024-0001' },
      ],
      relations: [
        {
          source: { type: 'domain', value: 'systemsvc.net' },
          type: 'resolves-to',
          target: { type: 'ipv4', value: '213.24.76.23' },
        },
      ],
      enrichments: new Map([
        [
          '213.24.76.23',
          { asn: { asn: 8342, name: 'RTCOMM-AS' }, classifications: ['state-owned network'] },
        ],
      ]),
    });
    expect(layout.nodes.map((n) => [n.column, n.label, n.row])).toEqual([
      ['domain', 'systemsvc.net', 0],
      ['address', '213.24.76.23', 0],
      ['as', 'AS8342', 0],
      ['org', 'RTCOMM-AS', 0],
    ]);
    expect(layout.nodes[1]?.tags).toEqual(['state-owned network']);
    expect(layout.edges).toEqual([
      { from: 'domain:systemsvc.net', to: 'address:213.24.76.23', kind: 'resolves-to' },
      { from: 'address:213.24.76.23', to: 'as:as8342', kind: 'enrichment' },
      { from: 'as:as8342', to: 'org:rtcomm-as', kind: 'enrichment' },
    ]);
    expect(layout.rows).toBe(1);
  });

  it('orders a column by its parents and ignores backward relations', () => {
    const layout = toGraphLayout({
      iocs: [
        { type: 'ipv4', value: '192.0.2.9' },
        { type: 'domain', value: 'a.example' },
        { type: 'domain', value: 'b.example' },
        { type: 'ipv4', value: '192.0.2.1' },
      ],
      relations: [
        {
          source: { type: 'domain', value: 'a.example' },
          type: 'resolves-to',
          target: { type: 'ipv4', value: '192.0.2.1' },
        },
        {
          source: { type: 'ipv4', value: '192.0.2.9' },
          type: 'related-to',
          target: { type: 'domain', value: 'b.example' },
        },
      ],
      enrichments: new Map(),
    });
    const addresses = layout.nodes.filter((n) => n.column === 'address').map((n) => n.label);
    expect(addresses).toEqual(['192.0.2.1', '192.0.2.9']);
    expect(layout.edges).toHaveLength(1);
    expect(layout.rows).toBe(2);
  });

  it.each([
    ['AS8342', 'AS8342'],
    ['as8342', 'AS8342'],
    [8342, 'AS8342'],
  ])('toAsLabel(%j)', (input, expected) => {
    expect(toAsLabel(input)).toBe(expected);
  });
});
