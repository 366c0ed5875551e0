/**
 * Parses what a user hands to `tocsin enrich`: a domain name or an IPv4 / IPv6 address, refanged
 * (`example[.]com`, `hxxp://…` hosts are not URLs here: pass the host). Untrusted input -> Result.
 */
import { type IpAddress, toIpAddress } from './ip.js';

export type Indicator =
  | { readonly type: 'domain'; readonly value: string }
  | { readonly type: 'ipv4' | 'ipv6'; readonly value: string; readonly ip: IpAddress };

export type IndicatorResult =
  | { readonly ok: true; readonly value: Indicator }
  | { readonly ok: false; readonly reason: string };

const MAX_INPUT_CHARS = 300;
const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** Undoes the common defangs: [.] (.) {.} [dot] and [:] . */
function refang(s: string): string {
  return s.replace(/\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)/gi, '.').replace(/\[:\]/g, ':');
}

/** A domain name or an IP address, normalised (lower case, no trailing dot, canonical IP). */
export function parseIndicator(input: string): IndicatorResult {
  if (input.length > MAX_INPUT_CHARS)
    return { ok: false, reason: `longer than ${MAX_INPUT_CHARS} characters` };
  let s = refang(input.trim());
  if (s.length === 0) return { ok: false, reason: 'empty' };
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  const ip = toIpAddress(s);
  if (ip)
    return { ok: true, value: { type: ip.family === 4 ? 'ipv4' : 'ipv6', value: ip.text, ip } };
  const name = s.toLowerCase().replace(/\.$/, '');
  if (name.length > 253) return { ok: false, reason: 'domain longer than 253 characters' };
  const labels = name.split('.');
  if (labels.length < 2) return { ok: false, reason: 'not a domain name or IP address' };
  if (!labels.every((l) => LABEL.test(l)))
    return { ok: false, reason: 'not a domain name or IP address' };
  if (!TLD.test(labels[labels.length - 1] ?? ''))
    return { ok: false, reason: 'not a domain name or IP address' };
  return { ok: true, value: { type: 'domain', value: name } };
}
