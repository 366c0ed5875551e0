import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  findIpv4Range,
  findIpv4RangeIndexed,
  lookupAsn,
  lookupCountry,
  toIpv4Index,
} from './asn-table.js';
import { type AsnRow, buildAsnTable, decodeAsnTable, encodeAsnTable } from './asn-table-codec.js';
import { formatIpv4, type IpAddress, toIpAddress } from './ip.js';
import { parseAsnCsvLine, parseCountryCsvLine } from './parse-asn-csv.js';

function v4(n: number): IpAddress {
  return { family: 4, text: formatIpv4(n), value: n };
}

/** Disjoint IPv4 rows from sorted cut points. */
const arbRows = fc
  .uniqueArray(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 2, maxLength: 60 })
  .map((cuts) => {
    const c = [...cuts].sort((a, b) => a - b);
    const rows: AsnRow[] = [];
    for (let i = 0; i + 1 < c.length; i += 2) {
      rows.push({ start: v4(c[i]!), end: v4(c[i + 1]!), asn: 64_500 + i, name: `AS-${i}` });
    }
    return rows;
  });

/** The slow reference: scan every row. */
function slowLookup(rows: readonly AsnRow[], ip: number): number | null {
  for (const r of rows) {
    if (r.start.family === 4 && r.end.family === 4 && r.start.value <= ip && ip <= r.end.value)
      return r.asn;
  }
  return null;
}

/** Sorted disjoint ranges crowded around a few 65,536-address bucket edges. */
const arbCrowded = fc
  .uniqueArray(
    fc
      .tuple(fc.integer({ min: 0, max: 65_535 }), fc.integer({ min: -3, max: 3 }))
      .map(([k, d]) => Math.min(0xffffffff, Math.max(0, k * 65_536 + d))),
    { minLength: 0, maxLength: 40 },
  )
  .map((cuts) => [...cuts].sort((a, b) => a - b));

describe('AS table', () => {
  test.prop([arbCrowded, fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 30 })])(
    'the bucket index finds what the plain binary search finds',
    (cuts, probes) => {
      const starts: number[] = [];
      const ends: number[] = [];
      for (let i = 0; i + 1 < cuts.length; i += 2) {
        starts.push(cuts[i]!);
        ends.push(cuts[i + 1]!);
      }
      const s = Uint32Array.from(starts);
      const e = Uint32Array.from(ends);
      const index = toIpv4Index(s);
      for (const p of [...probes, ...cuts, ...cuts.map((c) => Math.min(c + 1, 0xffffffff))]) {
        expect(findIpv4RangeIndexed(s, e, index, p)).toBe(findIpv4Range(s, e, p));
      }
    },
  );

  test.prop([arbRows, fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 50 })])(
    'lookup after encode/decode agrees with a slow scan',
    (rows, probes) => {
      const { table } = buildAsnTable({ asn: rows, country: [], source: 'test' });
      const decoded = decodeAsnTable(encodeAsnTable(table));
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) return;
      // Probe the range edges too: that is where off-by-one errors live.
      const edges = rows.flatMap((r) =>
        r.start.family === 4 && r.end.family === 4
          ? [r.start.value, r.end.value, Math.min(r.end.value + 1, 0xffffffff)]
          : [],
      );
      for (const p of [...probes, ...edges]) {
        expect(lookupAsn(decoded.value, v4(p))?.asn ?? null).toBe(slowLookup(rows, p));
      }
    },
  );

  test.prop([fc.uint8Array({ maxLength: 400 })])('decoding random bytes never throws', (bytes) => {
    const r = decodeAsnTable(bytes);
    expect(typeof r.ok).toBe('boolean');
  });

  it('nested rows override the row that contains them', () => {
    const ip = (s: string) => toIpAddress(s)!;
    const { table } = buildAsnTable({
      asn: [],
      country: [
        { start: ip('10.0.0.0'), end: ip('10.0.255.255'), country: 'DE' },
        { start: ip('10.0.1.0'), end: ip('10.0.1.255'), country: 'FR' },
      ],
      source: 't',
    });
    expect(lookupCountry(table, ip('10.0.0.5'))).toBe('DE');
    expect(lookupCountry(table, ip('10.0.1.5'))).toBe('FR');
    expect(lookupCountry(table, ip('10.0.2.5'))).toBe('DE');
    expect(lookupCountry(table, ip('10.1.0.0'))).toBeNull();
  });

  it('IPv6 rows round-trip and answer with their prefix', () => {
    const row = parseAsnCsvLine(
      '2001:db8::,2001:db8:ffff:ffff:ffff:ffff:ffff:ffff,64496,"Example, Inc."',
    );
    expect(row.ok).toBe(true);
    if (!row.ok) return;
    const { table } = buildAsnTable({ asn: [row.value], country: [], source: 't' });
    const d = decodeAsnTable(encodeAsnTable(table));
    if (!d.ok) throw d.error;
    const hit = lookupAsn(d.value, toIpAddress('2001:db8:1::1')!);
    expect(hit).toMatchObject({ asn: 64496, name: 'Example, Inc.', prefix: '2001:db8::/32' });
    expect(lookupAsn(d.value, toIpAddress('2001:db9::1')!)).toBeNull();
  });
});

describe('ip-location-db CSV rows', () => {
  test.prop([fc.string({ maxLength: 300 })])('parsing never throws', (line) => {
    expect(typeof parseAsnCsvLine(line).ok).toBe('boolean');
    expect(typeof parseCountryCsvLine(line).ok).toBe('boolean');
  });

  it.each([
    ['1.0.0.0,1.0.0.255,13335,"Cloudflare, Inc."', true],
    ['1.0.0.255,1.0.0.0,13335,x', false],
    ['1.0.0.0,::1,1,x', false],
    ['1.0.0.0,1.0.0.255,AS13335,x', true],
    ['1.0.0.0,1.0.0.255,notanumber,x', false],
  ])('parseAsnCsvLine(%j).ok = %s', (line, ok) => {
    expect(parseAsnCsvLine(line).ok).toBe(ok);
  });
});
