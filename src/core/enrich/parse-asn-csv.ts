/**
 * Parses rows of the ip-location-db CSV files (`start,end,asn,org` and `start,end,CC`), the
 * source of the offline AS table. Untrusted input: every row yields a Result, never a throw.
 */
import type { AsnRow, CountryRow } from './asn-table-codec.js';
import { compareIpv6, toIpAddress } from './ip.js';

export type RowResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const MAX_LINE_CHARS = 4096;
const MAX_NAME_CHARS = 256;

/** Splits one CSV line (RFC 4180 quoting, `""` escapes); null when a quote is left open. */
export function splitCsvLine(line: string): string[] | null {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"' && field.length === 0) {
      quoted = true;
    } else if (ch === ',') {
      out.push(field);
      field = '';
    } else {
      field += ch;
    }
  }
  if (quoted) return null;
  out.push(field);
  return out;
}

function parseRange(
  a: string | undefined,
  b: string | undefined,
): RowResult<Pick<AsnRow, 'start' | 'end'>> {
  const start = toIpAddress((a ?? '').trim());
  const end = toIpAddress((b ?? '').trim());
  if (!start || !end) return { ok: false, reason: 'start or end is not an IP address' };
  if (start.family !== end.family) return { ok: false, reason: 'start and end differ in family' };
  const order = start.family === 4 && end.family === 4 ? end.value - start.value : 0;
  const order6 = start.family === 6 && end.family === 6 ? compareIpv6(end.words, start.words) : 0;
  if (order < 0 || order6 < 0) return { ok: false, reason: 'end is before start' };
  return { ok: true, value: { start, end } };
}

/** One `start_ip,end_ip,asn,org` row. */
export function parseAsnCsvLine(line: string): RowResult<AsnRow> {
  if (line.length > MAX_LINE_CHARS) return { ok: false, reason: 'line too long' };
  const f = splitCsvLine(line.replace(/\r$/, ''));
  if (!f || f.length < 3) return { ok: false, reason: 'expected start,end,asn,org' };
  const range = parseRange(f[0], f[1]);
  if (!range.ok) return range;
  const asnText = (f[2] ?? '').trim().replace(/^AS/i, '');
  if (!/^\d{1,10}$/.test(asnText)) return { ok: false, reason: 'asn is not a number' };
  const asn = Number(asnText);
  if (asn > 0xffffffff) return { ok: false, reason: 'asn out of range' };
  const name = f.slice(3).join(',').trim().slice(0, MAX_NAME_CHARS);
  return { ok: true, value: { ...range.value, asn, name } };
}

/** One `start_ip,end_ip,CC` row. */
export function parseCountryCsvLine(line: string): RowResult<CountryRow> {
  if (line.length > MAX_LINE_CHARS) return { ok: false, reason: 'line too long' };
  const f = splitCsvLine(line.replace(/\r$/, ''));
  if (f?.length !== 3) return { ok: false, reason: 'expected start,end,CC' };
  const range = parseRange(f[0], f[1]);
  if (!range.ok) return range;
  const cc = (f[2] ?? '').trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(cc)) return { ok: false, reason: 'country is not two letters' };
  return { ok: true, value: { ...range.value, country: cc } };
}
