/** One row per (type, value): the canonical spelling of an indicator value before it is stored. */
import ipaddr from 'ipaddr.js';
import { assertNever } from '../shared/assert-never.js';
import type { IndicatorRef, IndicatorType } from './types.js';

/** The canonical form of an indicator: trimmed, case-folded where case means nothing. */
export function normalizeIndicator(ref: IndicatorRef): IndicatorRef {
  const v = ref.value.trim();
  return { type: ref.type, value: normalizeValue(ref.type, v) };
}

function normalizeValue(type: IndicatorType, v: string): string {
  switch (type) {
    case 'domain':
      return v.toLowerCase().replace(/\.$/, '');
    case 'email':
    case 'md5':
    case 'sha1':
    case 'sha256':
    case 'sha512':
    case 'eth':
      return v.toLowerCase();
    case 'ipv4':
    case 'ipv6':
      return ipaddr.isValid(v) ? ipaddr.parse(v).toString() : v.toLowerCase();
    case 'cve':
      return v.toUpperCase();
    case 'asn': {
      const m = /^(?:as)?\s*(\d{1,10})$/i.exec(v);
      return m ? `AS${Number(m[1])}` : v.toUpperCase();
    }
    case 'url':
      return normalizeUrl(v);
    case 'cidr':
      return v.toLowerCase();
    case 'phone':
    case 'btc':
      return v;
    default:
      return assertNever(type);
  }
}

/** Scheme and host are case-insensitive; the path is not. */
function normalizeUrl(v: string): string {
  const m = /^([a-z][a-z0-9+.-]{0,15}):\/\/([^/?#]{1,300})(.*)$/is.exec(v);
  if (!m) return v;
  return `${(m[1] ?? '').toLowerCase()}://${(m[2] ?? '').toLowerCase()}${m[3] ?? ''}`;
}
