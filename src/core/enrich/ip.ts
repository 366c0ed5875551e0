/**
 * IP addresses as numbers: IPv4 as one unsigned 32-bit value, IPv6 as four (big-endian words), so
 * lookups compare integers without BigInt or allocation. Pure: no I/O.
 */
import ipaddr from 'ipaddr.js';

/** An IPv6 address as four unsigned 32-bit words, most significant first. */
export type Ipv6Words = readonly [number, number, number, number];

export type IpAddress =
  | { readonly family: 4; readonly text: string; readonly value: number }
  | { readonly family: 6; readonly text: string; readonly words: Ipv6Words };

const DOT = 46; /* . */
const ZERO = 48; /* 0 */
const NINE = 57; /* 9 */

/** Strict dotted-quad IPv4 (no leading zeros, no shorthand) to its 32-bit value; null otherwise. */
export function toIpv4Number(s: string): number | null {
  if (s.length < 7 || s.length > 15) return null;
  let value = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === DOT) {
      if (digits === 0 || dots === 3) return null;
      value = value * 256 + part;
      part = 0;
      digits = 0;
      dots++;
    } else if (c >= ZERO && c <= NINE) {
      // "01" is octal to some parsers and decimal to others: refuse the ambiguity.
      if (digits === 1 && part === 0) return null;
      part = part * 10 + (c - ZERO);
      digits++;
      if (part > 255) return null;
    } else {
      return null;
    }
  }
  if (dots !== 3 || digits === 0) return null;
  return value * 256 + part;
}

/** An IPv6 address (RFC 4291 text, with embedded IPv4 allowed, no zone) to four words; null otherwise. */
export function toIpv6Words(s: string): Ipv6Words | null {
  if (s.length < 2 || s.length > 45 || s.includes('%') || !ipaddr.IPv6.isValid(s)) return null;
  const p = ipaddr.IPv6.parse(s).parts;
  return [
    ((p[0] ?? 0) * 65536 + (p[1] ?? 0)) >>> 0,
    ((p[2] ?? 0) * 65536 + (p[3] ?? 0)) >>> 0,
    ((p[4] ?? 0) * 65536 + (p[5] ?? 0)) >>> 0,
    ((p[6] ?? 0) * 65536 + (p[7] ?? 0)) >>> 0,
  ];
}

/** Parses an IPv4 or IPv6 address into its canonical text and numeric form; null when neither. */
export function toIpAddress(s: string): IpAddress | null {
  const v4 = toIpv4Number(s);
  if (v4 !== null) return { family: 4, text: formatIpv4(v4), value: v4 };
  const v6 = toIpv6Words(s);
  if (v6 !== null) return { family: 6, text: formatIpv6(v6), words: v6 };
  return null;
}

/** 32-bit value to dotted quad. */
export function formatIpv4(n: number): string {
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

/** Four words to the RFC 5952 canonical text. */
export function formatIpv6(w: Ipv6Words): string {
  const parts = [
    w[0] >>> 16,
    w[0] & 0xffff,
    w[1] >>> 16,
    w[1] & 0xffff,
    w[2] >>> 16,
    w[2] & 0xffff,
    w[3] >>> 16,
    w[3] & 0xffff,
  ];
  return new ipaddr.IPv6(parts).toRFC5952String();
}

/** Compares two IPv6 addresses word by word: negative, zero or positive. */
export function compareIpv6(a: Ipv6Words, b: Ipv6Words): number {
  for (let i = 0; i < 4; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The largest CIDR block that lies inside [start, end] and contains ip (IPv4). A range from the
 * dataset need not be one prefix; this is the announced-size block the address sits in.
 */
export function toIpv4Prefix(start: number, end: number, ip: number): string {
  for (let len = 0; len <= 32; len++) {
    const size = 2 ** (32 - len);
    const base = ip - (ip % size);
    if (base >= start && base + size - 1 <= end) return `${formatIpv4(base)}/${len}`;
  }
  return `${formatIpv4(ip)}/32`;
}

function toBig(w: Ipv6Words): bigint {
  return (BigInt(w[0]) << 96n) | (BigInt(w[1]) << 64n) | (BigInt(w[2]) << 32n) | BigInt(w[3]);
}

function fromBig(n: bigint): Ipv6Words {
  const m = 0xffffffffn;
  return [Number((n >> 96n) & m), Number((n >> 64n) & m), Number((n >> 32n) & m), Number(n & m)];
}

/** IPv6 counterpart of toIpv4Prefix (once per result, so BigInt is fine here). */
export function toIpv6Prefix(start: Ipv6Words, end: Ipv6Words, ip: Ipv6Words): string {
  const s = toBig(start);
  const e = toBig(end);
  const x = toBig(ip);
  for (let len = 0; len <= 128; len++) {
    const size = 1n << BigInt(128 - len);
    const base = x - (x % size);
    if (base >= s && base + size - 1n <= e) return `${formatIpv6(fromBig(base))}/${len}`;
  }
  return `${formatIpv6(ip)}/128`;
}
