/**
 * Address lists (warninglists, sinkhole lists) compiled into sorted ranges, and the matcher that
 * finds every entry holding an address. Data comes from data/range-lists.generated.ts (written by
 * scripts/enrich/build-lists.ts); decoding happens on first use, not at import.
 */
import { formatIpv4, formatIpv6, type IpAddress, type Ipv6Words } from './ip.js';
import type { ClassificationKind } from './types.js';

/** One compiled list as stored in the generated file. */
export interface RangeListData {
  /** e.g. `misp-warninglists/sinkholes`. */
  readonly id: string;
  readonly kind: ClassificationKind;
  /** Label of a hit, e.g. `sinkhole`, `cloud (Amazon AWS)`; `{label}` is replaced by the row label. */
  readonly label: string;
  /** Source with version, e.g. `misp-warninglists/sinkholes v2`. */
  readonly source: string;
  /** Row labels (operator names), indexed by the third / ninth word of each entry. */
  readonly rowLabels: readonly string[];
  /** base64 of u32 LE triples (start, end, label index), sorted by start. */
  readonly v4: string;
  /** base64 of u32 LE nonuples (start words ×4, end words ×4, label index), sorted by start. */
  readonly v6: string;
}

export interface RangeHit {
  /** The entry as a range or CIDR, e.g. `104.244.12.0/22`. */
  readonly entry: string;
  readonly rowLabel: string;
}

interface Compiled {
  readonly data: RangeListData;
  readonly v4: Uint32Array;
  /** Running maximum of ends, so overlapping entries are all found. */
  readonly v4MaxEnd: Uint32Array;
  readonly v6: Uint32Array;
}

function fromBase64(b64: string): Uint32Array {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const out = new Uint32Array(bytes.length >>> 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}

/** Encodes u32 words as the base64 the generated files hold (used by the build script). */
export function toBase64Words(words: readonly number[]): string {
  const bytes = new Uint8Array(words.length * 4);
  const view = new DataView(bytes.buffer);
  words.forEach((w, i) => {
    view.setUint32(i * 4, w, true);
  });
  let bin = '';
  for (let i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]!);
  return btoa(bin);
}

/** Decodes a list for matching. */
export function compileRangeList(data: RangeListData): Compiled {
  const v4 = fromBase64(data.v4);
  const n = v4.length / 3;
  const v4MaxEnd = new Uint32Array(n);
  let max = 0;
  for (let i = 0; i < n; i++) {
    max = Math.max(max, v4[i * 3 + 1]!);
    v4MaxEnd[i] = max;
  }
  return { data, v4, v4MaxEnd, v6: fromBase64(data.v6) };
}

function v4Entry(s: number, e: number): string {
  if (s === e) return formatIpv4(s);
  const size = e - s + 1;
  const len = 32 - Math.log2(size);
  if (Number.isInteger(len) && s % size === 0) return `${formatIpv4(s)}/${len}`;
  return `${formatIpv4(s)}-${formatIpv4(e)}`;
}

function cmpWords(arr: Uint32Array, o: number, w: Ipv6Words): number {
  for (let k = 0; k < 4; k++) {
    const x = arr[o + k]!;
    const y = w[k]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

function v6Entry(arr: Uint32Array, o: number): string {
  const s: Ipv6Words = [arr[o]!, arr[o + 1]!, arr[o + 2]!, arr[o + 3]!];
  const e: Ipv6Words = [arr[o + 4]!, arr[o + 5]!, arr[o + 6]!, arr[o + 7]!];
  let hostBits = 0;
  for (let k = 3; k >= 0; k--) {
    const diff = (s[k]! ^ e[k]!) >>> 0;
    if (diff === 0) break;
    hostBits = (3 - k) * 32 + (32 - Math.clz32(diff));
    if (diff !== 0xffffffff) break;
  }
  return hostBits === 0 ? formatIpv6(s) : `${formatIpv6(s)}/${128 - hostBits}`;
}

/** Every entry of the list holding ip (IPv4: binary search; IPv6 lists are short: a scan). */
export function matchRangeList(list: Compiled, ip: IpAddress): RangeHit[] {
  const hits: RangeHit[] = [];
  const labels = list.data.rowLabels;
  if (ip.family === 4) {
    const t = list.v4;
    let lo = 0;
    let hi = list.v4MaxEnd.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (t[mid * 3]! <= ip.value) lo = mid + 1;
      else hi = mid - 1;
    }
    for (let i = hi; i >= 0 && list.v4MaxEnd[i]! >= ip.value; i--) {
      if (t[i * 3 + 1]! >= ip.value) {
        hits.push({
          entry: v4Entry(t[i * 3]!, t[i * 3 + 1]!),
          rowLabel: labels[t[i * 3 + 2]!] ?? '',
        });
      }
    }
    return hits;
  }
  const t = list.v6;
  for (let o = 0; o < t.length; o += 9) {
    if (cmpWords(t, o, ip.words) <= 0 && cmpWords(t, o + 4, ip.words) >= 0) {
      hits.push({ entry: v6Entry(t, o), rowLabel: labels[t[o + 8]!] ?? '' });
    }
  }
  return hits;
}
