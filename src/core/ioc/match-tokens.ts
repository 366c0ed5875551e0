/**
 * Non-network indicators: file hashes, CVE ids, AS numbers, phone numbers, Bitcoin and Ethereum
 * addresses. Each pattern is bounded and refuses to start or end inside a longer run, so a hash is
 * never a slice of a longer hex string. Pure.
 */
import { isBase58Address, isBech32Address } from './crypto-address.js';
import type { IocType, Occurrence } from './types.js';

const HEX_RE = /(?<![0-9A-Za-z])[0-9A-Fa-f]{32,128}(?![0-9A-Za-z])/g;
const ETH_RE = /(?<![0-9A-Za-z])0x[0-9A-Fa-f]{40}(?![0-9A-Za-z])/g;
const CVE_RE = /(?<![\w-])CVE-(\d{4})-(\d{4,7})(?![\w-])/gi;
const ASN_RE = /(?<![\w-])ASN?(?:[ :]\s?)?(\d{1,10})(?!\w|\.\d)/g;
const BTC_RE =
  /(?<![0-9A-Za-z])(?:[13][1-9A-HJ-NP-Za-km-z]{25,34}|bc1[02-9ac-hj-np-z]{11,71})(?![0-9A-Za-z])/g;
const PHONE_RE = /(?<![\w+])\+\d[\d ().-]{6,20}\d(?!\d|[.-]\d)/g;

const HASH_BY_LENGTH: Readonly<Record<number, IocType>> = {
  32: 'md5',
  40: 'sha1',
  64: 'sha256',
  128: 'sha512',
};

/** MD5, SHA-1, SHA-256 and SHA-512 digests written as hex. */
export function matchHashes(text: string, out: Occurrence[]): void {
  for (const m of text.matchAll(HEX_RE)) {
    const type = HASH_BY_LENGTH[m[0].length];
    // a run of digits only is a number, and one letter repeated is filler, not a digest
    if (type === undefined || /^\d+$/.test(m[0]) || /^(.)\1+$/.test(m[0])) continue;
    out.push({ type, value: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
}

/** CVE identifiers, upper-cased. */
export function matchCves(text: string, out: Occurrence[]): void {
  for (const m of text.matchAll(CVE_RE)) {
    out.push({
      type: 'cve',
      value: `CVE-${m[1]}-${m[2]}`,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
}

/** AS numbers written `AS8342`, `ASN 8342`, `AS 8342`; value `AS<number>`. */
export function matchAsns(text: string, out: Occurrence[]): void {
  if (!text.includes('AS')) return;
  for (const m of text.matchAll(ASN_RE)) {
    const n = Number(m[1]);
    if (n < 1 || n > 4_294_967_295 || (m[1] ?? '').startsWith('0')) continue;
    out.push({ type: 'asn', value: `AS${n}`, start: m.index, end: m.index + m[0].length });
  }
}

/** Bitcoin (checksum-verified) and Ethereum addresses. */
export function matchWallets(text: string, out: Occurrence[]): void {
  for (const m of text.matchAll(BTC_RE)) {
    const s = m[0];
    const isBech = s.slice(0, 3).toLowerCase() === 'bc1';
    if (isBech ? !isBech32Address(s) : !isBase58Address(s)) continue;
    out.push({
      type: 'btc',
      value: isBech ? s.toLowerCase() : s,
      start: m.index,
      end: m.index + s.length,
    });
  }
  if (!text.includes('0x')) return;
  for (const m of text.matchAll(ETH_RE)) {
    out.push({
      type: 'eth',
      value: m[0].toLowerCase(),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
}

/** International phone numbers (E.164, `+` and 8 to 15 digits); value `+<digits>`. */
export function matchPhones(text: string, out: Occurrence[]): void {
  if (!text.includes('+')) return;
  for (const m of text.matchAll(PHONE_RE)) {
    const digits = m[0].replace(/\D/g, '');
    // E.164 allows 15 digits; dotted runs are addresses or versions, double spaces are columns
    if (digits.length < 8 || digits.length > 15 || /\.\d+\./.test(m[0]) || m[0].includes('  '))
      continue;
    out.push({ type: 'phone', value: `+${digits}`, start: m.index, end: m.index + m[0].length });
  }
}
