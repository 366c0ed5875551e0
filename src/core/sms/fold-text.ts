/**
 * Length-preserving text folding for the SMS rules: every UTF-16 unit maps to exactly one unit,
 * so an index into the folded text is an index into the original (no offset map needed).
 * Pure: imports only its generated data.
 */
import { TRADITIONAL_TO_SIMPLIFIED } from './data/traditional-chars.generated.js';

/** Units the scanners skip: zero-width characters scammers insert to break keywords. */
export const ZERO_WIDTH = 0x200b;

// Traditional characters fold to the simplified form the lexicons and the model use: OpenCC's
// character table (TRADITIONAL_TO_SIMPLIFIED, 2,966 pairs), then variant forms seen in obfuscated
// Chinese scam SMS that it lacks ("場外幸运用戸": 戸, the Japanese form of 户; "幸运覌众": 覌, a
// variant of 观). Each pair is one BMP unit -> one BMP unit.
const VARIANTS = '戸户覌观';

let table: Uint16Array | null = null;

function buildTable(): Uint16Array {
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) t[c] = c;
  // Full-width ASCII forms (U+FF01..U+FF5E) -> ASCII.
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  // Dots scammers use to defeat link filters: ideographic, halfwidth ideographic, small full stop.
  t[0x3002] = 46 /* . */;
  t[0xff61] = 46;
  t[0xfe52] = 46;
  // Typographic apostrophes (a phone's keyboard writes "it’s") -> ASCII: the lexicons write "it's".
  t[0x2018] = 39;
  t[0x2019] = 39;
  // Spaces of every width -> ASCII space.
  for (const c of [0x00a0, 0x1680, 0x202f, 0x205f, 0x3000]) t[c] = 32;
  for (let c = 0x2000; c <= 0x200a; c++) t[c] = 32;
  // Zero-width characters -> one marker the scanners skip.
  for (const c of [0x200c, 0x200d, 0x2060, 0xfeff]) t[c] = ZERO_WIDTH;
  for (const pairs of [TRADITIONAL_TO_SIMPLIFIED, VARIANTS]) {
    for (let i = 0; i + 1 < pairs.length; i += 2) t[pairs.charCodeAt(i)] = pairs.charCodeAt(i + 1);
  }
  return t;
}

/** The fold table, built on first use (128 KB). */
export function getFoldTable(): Uint16Array {
  if (table === null) table = buildTable();
  return table;
}

/**
 * Folds full-width ASCII, ideographic dots, odd spaces, zero-width characters and common
 * traditional characters. Case is kept (URL paths are case-sensitive). Same length as `text`;
 * idempotent.
 */
export function toFoldedText(text: string): string {
  const t = getFoldTable();
  const n = text.length;
  let i = 0;
  // Fast path: most SMS have nothing to fold (and nothing below U+00A0 ever folds).
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xa0 && t[c] !== c) break;
  }
  if (i === n) return text;
  const parts: string[] = [text.slice(0, i)];
  // Fold in chunks to keep String.fromCharCode's argument count bounded.
  const chunk: number[] = [];
  for (; i < n; i++) {
    chunk.push(t[text.charCodeAt(i)]!);
    if (chunk.length === 1024) {
      parts.push(String.fromCharCode(...chunk));
      chunk.length = 0;
    }
  }
  if (chunk.length > 0) parts.push(String.fromCharCode(...chunk));
  return parts.join('');
}

/** True for CJK ideographs, kana, hangul and CJK punctuation (a "Chinese context" neighbour). */
export function isCjkCode(c: number): boolean {
  return (
    (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xffef)
  );
}

/** ASCII letter or digit. */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** ASCII lower-case of one code unit (other units unchanged). */
export function toLowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c | 32 : c;
}
