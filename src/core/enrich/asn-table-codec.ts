/**
 * Builds the AS table from dataset rows and (de)serialises it as one little-endian buffer of u32
 * sections plus a UTF-8 name blob. Pure; gzip and files are the adapter's job.
 *
 * Layout: header u32[10] = magic 'TASN', version, n4, n6, nAs, nC4, nC6, namesBytes, sourceBytes,
 * reserved; then v4Gaps[n4] v4Lens[n4] v4As[n4] v6Gaps[4n6] v6Lens[4n6] v6As[n6]
 * asNumbers[nAs] nameOffsets[nAs+1] c4Gaps[nC4] c4Lens[nC4] c4Cc[nC4] c6Gaps[4nC6]
 * c6Lens[4nC6] c6Cc[nC6]; then names, then source, zero-padded to 4 bytes.
 * Ranges are stored as (gap from the previous end + 1, end - start): small numbers that gzip
 * well (8.2 MB -> see scripts/build-asn-table.ts output) and that cannot encode an unsorted or
 * overlapping table, so decoding only has to check for overflow.
 */
import { AppError } from '../shared/app-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { type AsnTable, toIpv4Index } from './asn-table.js';
import { compareIpv6, type IpAddress } from './ip.js';

const MAGIC = 0x4e534154; // 'TASN' little-endian
const VERSION = 1;
const HEADER_WORDS = 10;

export interface AsnRow {
  readonly start: IpAddress;
  readonly end: IpAddress;
  readonly asn: number;
  readonly name: string;
}

export interface CountryRow {
  readonly start: IpAddress;
  readonly end: IpAddress;
  /** ISO 3166 alpha-2, upper case. */
  readonly country: string;
}

type Range<T> = { s: bigint; e: bigint; v: T };

function cmpAddr(a: IpAddress, b: IpAddress): number {
  if (a.family === 4 && b.family === 4) return a.value - b.value;
  if (a.family === 6 && b.family === 6) return compareIpv6(a.words, b.words);
  return a.family - b.family;
}

function toBigint(a: IpAddress): bigint {
  if (a.family === 4) return BigInt(a.value);
  const w = a.words;
  return (BigInt(w[0]) << 96n) | (BigInt(w[1]) << 64n) | (BigInt(w[2]) << 32n) | BigInt(w[3]);
}

/**
 * Sorts ranges and flattens overlaps so that the more specific (nested) range wins, as the
 * datasets nest geofeed rows inside whois blocks; then merges touching ranges with equal values.
 * Returns disjoint sorted ranges and how many input ranges were partly overridden.
 */
function flatten<T>(ranges: Range<T>[]): { kept: Range<T>[]; overridden: number } {
  ranges.sort((x, y) => (x.s < y.s ? -1 : x.s > y.s ? 1 : x.e > y.e ? -1 : x.e < y.e ? 1 : 0));
  const out: Range<T>[] = [];
  const emit = (s: bigint, e: bigint, v: T): void => {
    if (s > e) return;
    const last = out[out.length - 1];
    if (last && last.v === v && last.e + 1n === s) last.e = e;
    else out.push({ s, e, v });
  };
  const stack: Range<T>[] = [];
  let cursor = 0n;
  let overridden = 0;
  for (const r of ranges) {
    let top = stack[stack.length - 1];
    while (top && top.e < r.s) {
      emit(cursor, top.e, top.v);
      cursor = top.e + 1n;
      stack.pop();
      top = stack[stack.length - 1];
    }
    if (top) {
      overridden++;
      emit(cursor, r.s - 1n, top.v);
      // A range that starts inside top but ends past it cuts top short.
      while (top && top.e <= r.e) {
        stack.pop();
        top = stack[stack.length - 1];
      }
    }
    stack.push({ s: r.s, e: r.e, v: r.v });
    cursor = r.s;
  }
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (top.e >= cursor) {
      emit(cursor, top.e, top.v);
      cursor = top.e + 1n;
    }
  }
  return { kept: out, overridden };
}

function put(
  ranges: readonly Range<number>[],
  words: 1 | 4,
): { s: Uint32Array; e: Uint32Array; v: Uint32Array } {
  const out = {
    s: new Uint32Array(ranges.length * words),
    e: new Uint32Array(ranges.length * words),
    v: new Uint32Array(ranges.length),
  };
  ranges.forEach((r, i) => {
    for (let k = 0; k < words; k++) {
      const shift = BigInt(32 * (words - 1 - k));
      out.s[i * words + k] = Number((r.s >> shift) & 0xffffffffn);
      out.e[i * words + k] = Number((r.e >> shift) & 0xffffffffn);
    }
    out.v[i] = r.v;
  });
  return out;
}

function packCc(cc: string): number {
  return (cc.charCodeAt(0) << 8) | cc.charCodeAt(1);
}

/** Builds a table from rows in any order; nested rows override the rows that contain them. */
export function buildAsnTable(input: {
  readonly asn: Iterable<AsnRow>;
  readonly country: Iterable<CountryRow>;
  readonly source: string;
}): { table: AsnTable; overridden: number } {
  const asIndex = new Map<string, number>();
  const asNumbers: number[] = [];
  const asNames: string[] = [];
  const r4: Range<number>[] = [];
  const r6: Range<number>[] = [];
  for (const row of input.asn) {
    if (row.start.family !== row.end.family) continue;
    const key = `${row.asn}\t${row.name}`;
    let idx = asIndex.get(key);
    if (idx === undefined) {
      idx = asNumbers.length;
      asIndex.set(key, idx);
      asNumbers.push(row.asn);
      asNames.push(row.name);
    }
    if (cmpAddr(row.start, row.end) > 0) continue;
    (row.start.family === 4 ? r4 : r6).push({
      s: toBigint(row.start),
      e: toBigint(row.end),
      v: idx,
    });
  }
  const c4: Range<number>[] = [];
  const c6: Range<number>[] = [];
  for (const row of input.country) {
    if (row.start.family !== row.end.family) continue;
    if (cmpAddr(row.start, row.end) > 0) continue;
    (row.start.family === 4 ? c4 : c6).push({
      s: toBigint(row.start),
      e: toBigint(row.end),
      v: packCc(row.country),
    });
  }
  const parts = [flatten(r4), flatten(r6), flatten(c4), flatten(c6)] as const;
  const a4 = put(parts[0].kept, 1);
  const a6 = put(parts[1].kept, 4);
  const k4 = put(parts[2].kept, 1);
  const k6 = put(parts[3].kept, 4);
  const table: AsnTable = {
    v4Starts: a4.s,
    v4Ends: a4.e,
    v4As: a4.v,
    v4Index: toIpv4Index(a4.s),
    v6Starts: a6.s,
    v6Ends: a6.e,
    v6As: a6.v,
    asNumbers: Uint32Array.from(asNumbers),
    asNames,
    c4Starts: k4.s,
    c4Ends: k4.e,
    c4Index: toIpv4Index(k4.s),
    c4Cc: k4.v,
    c6Starts: k6.s,
    c6Ends: k6.e,
    c6Cc: k6.v,
    source: input.source,
  };
  return { table, overridden: parts.reduce((n, p) => n + p.overridden, 0) };
}

/** Serialises a table (see the layout above). Deterministic: same table, same bytes. */
export function encodeAsnTable(t: AsnTable): Uint8Array {
  const enc = new TextEncoder();
  const nameBytes = t.asNames.map((n) => enc.encode(n));
  const offsets = new Uint32Array(t.asNames.length + 1);
  let total = 0;
  nameBytes.forEach((b, i) => {
    offsets[i] = total;
    total += b.length;
  });
  offsets[t.asNames.length] = total;
  const sourceBytes = enc.encode(t.source);
  const d4 = toDeltas(t.v4Starts, t.v4Ends, 1);
  const d6 = toDeltas(t.v6Starts, t.v6Ends, 4);
  const e4 = toDeltas(t.c4Starts, t.c4Ends, 1);
  const e6 = toDeltas(t.c6Starts, t.c6Ends, 4);
  const sections = [
    d4.gaps,
    d4.lens,
    t.v4As,
    d6.gaps,
    d6.lens,
    t.v6As,
    t.asNumbers,
    offsets,
    e4.gaps,
    e4.lens,
    t.c4Cc,
    e6.gaps,
    e6.lens,
    t.c6Cc,
  ];
  const words = HEADER_WORDS + sections.reduce((n, s) => n + s.length, 0);
  const tail = total + sourceBytes.length;
  const out = new Uint8Array(words * 4 + Math.ceil(tail / 4) * 4);
  const view = new DataView(out.buffer);
  const header = [
    MAGIC,
    VERSION,
    t.v4Starts.length,
    t.v6Starts.length / 4,
    t.asNumbers.length,
    t.c4Starts.length,
    t.c6Starts.length / 4,
    total,
    sourceBytes.length,
    0,
  ];
  let at = 0;
  for (const w of header) {
    view.setUint32(at, w, true);
    at += 4;
  }
  for (const s of sections) {
    for (let i = 0; i < s.length; i++) {
      view.setUint32(at, s[i]!, true);
      at += 4;
    }
  }
  for (const b of nameBytes) {
    out.set(b, at);
    at += b.length;
  }
  out.set(sourceBytes, at);
  return out;
}

function invalid(message: string): Result<AsnTable> {
  return err(new AppError('ASN_TABLE_INVALID', `AS table: ${message}`));
}

function isLittleEndian(): boolean {
  return new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
}

/**
 * Decodes a serialised table, checking sizes, sort order and indexes, so a corrupted or hand-made
 * file is refused instead of answering wrongly. Views share the input buffer (no copy) when it is
 * 4-byte aligned.
 */
export function decodeAsnTable(bytes: Uint8Array): Result<AsnTable> {
  if (!isLittleEndian()) return invalid('big-endian platforms are not supported');
  if (bytes.length < HEADER_WORDS * 4 || bytes.length % 4 !== 0) return invalid('truncated header');
  const buf = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const all = new Uint32Array(buf.buffer, buf.byteOffset, buf.length / 4);
  const [magic, version, n4, n6, nAs, nC4, nC6, namesBytes, sourceBytes] = all;
  if (magic !== MAGIC) return invalid('not an AS table (bad magic)');
  if (version !== VERSION) return invalid(`unsupported version ${version}`);
  const counts = [n4, n6, nAs, nC4, nC6, namesBytes, sourceBytes].map((n) => n ?? 0);
  const [c4, c6, cAs, cC4, cC6, cNames, cSource] = counts as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const words = HEADER_WORDS + 3 * c4 + 9 * c6 + 2 * cAs + 1 + 3 * cC4 + 9 * cC6;
  if (words * 4 + cNames + cSource > buf.length) return invalid('truncated sections');
  let at = HEADER_WORDS;
  const take = (n: number): Uint32Array => {
    const s = all.subarray(at, at + n);
    at += n;
    return s;
  };
  const v4 = fromDeltas(take(c4), take(c4), 1);
  const v4As = take(c4);
  const v6 = fromDeltas(take(4 * c6), take(4 * c6), 4);
  const v6As = take(c6);
  const asNumbers = take(cAs),
    offsets = take(cAs + 1);
  const k4 = fromDeltas(take(cC4), take(cC4), 1);
  const c4Cc = take(cC4);
  const k6 = fromDeltas(take(4 * cC6), take(4 * cC6), 4);
  const c6Cc = take(cC6);
  if (!v4 || !v6 || !k4 || !k6) return invalid('a range runs past the end of the address space');
  const blob = buf.subarray(at * 4, at * 4 + cNames);
  const dec = new TextDecoder('utf-8', { fatal: false });
  const asNames: string[] = new Array<string>(cAs);
  for (let i = 0; i < cAs; i++) {
    const a = offsets[i]!;
    const b = offsets[i + 1]!;
    if (b < a || b > cNames) return invalid(`name offset ${i} out of bounds`);
    asNames[i] = dec.decode(blob.subarray(a, b));
  }
  const source = dec.decode(buf.subarray(at * 4 + cNames, at * 4 + cNames + cSource));
  if (!below(v4As, cAs) || !below(v6As, cAs)) return invalid('AS index out of bounds');
  return ok({
    v4Starts: v4.starts,
    v4Ends: v4.ends,
    v4As,
    v4Index: toIpv4Index(v4.starts),
    v6Starts: v6.starts,
    v6Ends: v6.ends,
    v6As,
    asNumbers,
    asNames,
    c4Starts: k4.starts,
    c4Ends: k4.ends,
    c4Index: toIpv4Index(k4.starts),
    c4Cc,
    c6Starts: k6.starts,
    c6Ends: k6.ends,
    c6Cc,
    source,
  });
}

function below(idx: Uint32Array, n: number): boolean {
  for (let i = 0; i < idx.length; i++) if (idx[i]! >= n) return false;
  return true;
}

/** Subtracts b[bo..] - a[ao..] - borrowIn over `words` words into out[o..]. */
function sub(
  out: Uint32Array,
  o: number,
  b: Uint32Array,
  bo: number,
  a: Uint32Array,
  ao: number,
  words: number,
  borrowIn: number,
): void {
  let borrow = borrowIn;
  for (let k = words - 1; k >= 0; k--) {
    let d = b[bo + k]! - a[ao + k]! - borrow;
    borrow = d < 0 ? 1 : 0;
    if (d < 0) d += 0x100000000;
    out[o + k] = d;
  }
}

/** out[o..] = a[ao..] + b[bo..] + carryIn; returns the carry out (1 = overflow). */
function add(
  out: Uint32Array,
  o: number,
  a: Uint32Array,
  ao: number,
  b: Uint32Array,
  bo: number,
  words: number,
  carryIn: number,
): number {
  let carry = carryIn;
  for (let k = words - 1; k >= 0; k--) {
    const s = a[ao + k]! + b[bo + k]! + carry;
    carry = s > 0xffffffff ? 1 : 0;
    out[o + k] = s >>> 0;
  }
  return carry;
}

/** Sorted disjoint ranges to (gap, length) pairs; the tables are built sorted and disjoint. */
function toDeltas(
  starts: Uint32Array,
  ends: Uint32Array,
  words: 1 | 4,
): { gaps: Uint32Array; lens: Uint32Array } {
  const gaps = new Uint32Array(starts.length);
  const lens = new Uint32Array(starts.length);
  const n = starts.length / words;
  for (let i = 0; i < n; i++) {
    const o = i * words;
    if (i === 0) gaps.set(starts.subarray(0, words), 0);
    else sub(gaps, o, starts, o, ends, o - words, words, 1);
    sub(lens, o, ends, o, starts, o, words, 0);
  }
  return { gaps, lens };
}

const ZEROS = new Uint32Array(4);

/** Inverse of toDeltas; null when a value overflows the address space (corrupted input). */
function fromDeltas(
  gaps: Uint32Array,
  lens: Uint32Array,
  words: 1 | 4,
): { starts: Uint32Array; ends: Uint32Array } | null {
  const starts = new Uint32Array(gaps.length);
  const ends = new Uint32Array(gaps.length);
  const n = gaps.length / words;
  for (let i = 0; i < n; i++) {
    const o = i * words;
    if (i === 0) {
      starts.set(gaps.subarray(0, words), 0);
    } else {
      // start = previous end + 1 + gap
      if (add(starts, o, ends, o - words, ZEROS, 0, words, 1) === 1) return null;
      if (add(starts, o, starts, o, gaps, o, words, 0) === 1) return null;
    }
    if (add(ends, o, starts, o, lens, o, words, 0) === 1) return null;
  }
  return { starts, ends };
}
