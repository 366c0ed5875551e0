/**
 * Non-network indicators: file hashes, CVE ids, AS numbers, phone numbers, Bitcoin and Ethereum
 * addresses. Each pattern is bounded and refuses to start or end inside a longer run, so a hash is
 * never a slice of a longer hex string. Pure.
 */
import { isBase58Address, isBech32Address } from './crypto-address.js';
import type { IocType, Occurrence } from './types.js';

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

// 1: hex digit, 2: other ASCII letter or digit, 0: anything else
const HEX_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  HEX_CLASS[c] = /[0-9a-f]/i.test(ch) ? 1 : /[a-z]/i.test(ch) ? 2 : 0;
}

function pushHash(text: string, start: number, end: number, out: Occurrence[]): void {
  const type = HASH_BY_LENGTH[end - start];
  if (type === undefined) return;
  const s = text.slice(start, end);
  // a run of digits only is a number, and one letter repeated is filler, not a digest
  if (/^\d+$/.test(s) || /^(.)\1+$/.test(s)) return;
  out.push({ type, value: s.toLowerCase(), start, end });
}

/**
 * MD5, SHA-1, SHA-256 and SHA-512 digests written as hex: whole alphanumeric runs of exactly 32,
 * 40, 64 or 128 hex digits, so a digest is never a slice of a longer run. One pass, no regex.
 */
export function matchHashes(text: string, out: Occurrence[]): void {
  let runStart = 0;
  let allHex = true;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0;
    const cls = c < 128 ? HEX_CLASS[c]! : 0;
    if (cls !== 0) {
      if (cls === 2) allHex = false;
      continue;
    }
    if (allHex && i - runStart >= 32) pushHash(text, runStart, i, out);
    runStart = i + 1;
    allHex = true;
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
