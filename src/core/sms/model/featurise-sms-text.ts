/**
 * Text featuriser of the statistical SMS model: one charCodeAt pass that normalises a message
 * (links, e-mail addresses, phone numbers and digit runs become canonical tokens; the datasets'
 * placeholders map to the same tokens) and writes hashed n-gram features into a caller's buffer.
 * Chinese, Japanese and Korean text gives character 1-3-grams; Latin text gives word unigrams and
 * bigrams, character 3-grams of each word and, from a second pass over the raw characters,
 * character 2-5-grams across words. Pure: imports the official registry (a link to a brand's own
 * domain is a token of its own) and extractLinks' bare-host rule (a made-up name such as
 * `netflix-billing.help` is a link under any TLD) and the rules' fold table (a traditional Chinese
 * character is read as its simplified form). Training (scripts/sms) and inference run this same
 * code.
 */
import { endsInCapitalisedWord, isBareLinkHost } from '../extract-links.js';
import { getFoldTable } from '../fold-text.js';
import { findOfficialOwner } from '../official-registry.js';

/** Bump when the features change: a generated model records the version it was trained with. */
export const FEATURISER_VERSION = 16;
/** log2 of the hashed feature table size. */
export const HASH_BITS = 18;
const HASH_MASK = (1 << HASH_BITS) - 1;
/** Only the first code units of a message are read; SMS-sized input never reaches the cap. */
export const MAX_FEATURISED_CHARS = 4096;
/**
 * Upper bound on features from one message: at most 4 per code unit from words, n-grams and
 * symbols, 4 more per code unit from Latin character n-grams, plus the script features and the
 * character n-grams of the message's leading and trailing space.
 */
export const MAX_FEATURES = MAX_FEATURISED_CHARS * 8 + 16;

/**
 * Output of featuriseSmsText: bucket ids and the [start, end) source range of each feature, and
 * the message's script (`cjk` = isCjkText of the text, which the featuriser computes anyway).
 */
export interface FeatureBuffer {
  readonly buckets: Uint32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  cjk: boolean;
}

/** Allocates a buffer large enough for any message. */
export function createFeatureBuffer(): FeatureBuffer {
  return {
    buckets: new Uint32Array(MAX_FEATURES),
    starts: new Int32Array(MAX_FEATURES),
    ends: new Int32Array(MAX_FEATURES),
    cjk: false,
  };
}

// Canonical tokens. Real data and dataset placeholders both land here (docs/sms-model.md).
export const TOKEN_URL = 0x7f000001;
export const TOKEN_EMAIL = 0x7f000002;
export const TOKEN_PHONE = 0x7f000003; // 7-15 digits, FBS CELLPHONE / PHONE, zh-80w x-masked 7+
export const TOKEN_CODE = 0x7f000004; // 5-6 digits: short codes, amounts, verification codes
export const TOKEN_NUM = 0x7f000005; // 1-4 digits, FBS DIGIT, UCI &lt;#&gt; / DECIMAL / TIME
// A link whose host is an official domain of a registry organisation (or a subdomain of one). The
// training sets anonymised their links, so URL there stands for a host nobody knows; a link to the
// brand's own site is another thing, and a token of its own keeps it from reading as one.
export const TOKEN_OFFICIAL_URL = 0x7f000006;
// 16+ digits: longer than any phone number (E.164 caps them at 15): a parcel tracking number, a
// card or account number, an order reference. Read as PHONE, a USPS tracking number made the
// commonest parcel notification look like premium-rate spam.
export const TOKEN_LONG_NUMBER = 0x7f000007;
const LENGTH_TOKEN_BASE = 0x7f000100;
/** CJK text's length bands sit this far above Latin ones. */
const CJK_LENGTH_OFFSET = 16;
const SCRIPT_TOKEN_LATIN = LENGTH_TOKEN_BASE + 32;
const SCRIPT_TOKEN_CJK = LENGTH_TOKEN_BASE + 33;

const KIND_NONE = 0;
const KIND_WORD = 1; // Latin word or canonical token
const KIND_CJK = 2; // one CJK character (or a canonical token inside CJK text)

// Scanner state for the message being featurised (synchronous use only, never returned). The
// buffer's arrays are held apart: push runs for every feature.
let outBuckets: Uint32Array = new Uint32Array(0);
let outStarts: Int32Array = new Int32Array(0);
let outEnds: Int32Array = new Int32Array(0);
let count = 0;
let prev1 = 0;
let prev1Kind = KIND_NONE;
let prev1Start = 0;
let prev2 = 0;
let prev2Kind = KIND_NONE;
let prev2Start = 0;
let tokens = 0;
// Latin character n-grams (2-5) across word boundaries: the last four symbols fed, newest first.
let gram0 = 0;
let gram1 = 0;
let gram2 = 0;
let gram3 = 0;
let gramCount = 0;

/** murmur3 fmix32: spreads token ids over the table. */
function mix(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Added to a canonical token (0x7f0000xx) in CJK text, so its unigram is CJK text's own. */
const CJK_CANONICAL_SALT = 0x80;
let canonicalSalt = 0;

function push(hash: number, start: number, end: number): void {
  outBuckets[count] = hash & HASH_MASK;
  outStarts[count] = start;
  outEnds[count] = end;
  count++;
}

function resetContext(): void {
  prev1Kind = KIND_NONE;
  prev2Kind = KIND_NONE;
}

/**
 * Feeds one symbol of Latin text to the character n-grams: pushes the 2-, 3-, 4- and 5-grams
 * that end with it. They cross word boundaries (a space is a symbol), so their source range is
 * left empty: letters from two words make poor evidence, and topFeatures never picks an empty
 * range.
 */
function gram(symbol: number, at: number): void {
  let h = Math.imul(0x811c9dc5 ^ symbol, 0x01000193);
  if (gramCount > 0) {
    h = Math.imul(h ^ gram0, 0x01000193);
    push(mix(h ^ 0x2f0b3c9d), at, at);
    if (gramCount > 1) {
      h = Math.imul(h ^ gram1, 0x01000193);
      push(mix(h ^ 0x4e1c7a53), at, at);
      if (gramCount > 2) {
        h = Math.imul(h ^ gram2, 0x01000193);
        push(mix(h ^ 0x6d2b79f5), at, at);
        if (gramCount > 3) {
          h = Math.imul(h ^ gram3, 0x01000193);
          push(mix(h ^ 0x1b873593), at, at);
        }
      }
    }
  }
  gram3 = gram2;
  gram2 = gram1;
  gram1 = gram0;
  gram0 = symbol;
  if (gramCount < 4) gramCount++;
}

/**
 * Character 2-5-grams of Latin text across words, over the raw characters: lower-cased, every
 * digit read as 0 (the shape of a number, not its value) and a run of 16+ digits (LONG_NUMBER) as
 * one `#`, any run of spaces (or U+FFFD) one space,
 * with a space before and after the text, HTML entities (`&lt;`, `&gt;`, `&amp;`) decoded. Links
 * and numbers stay spelled out here: `www.`, `.co.uk` and `0000 000 0000` are evidence the word
 * tokens fold away.
 */
function emitTextGrams(text: string, n: number): void {
  gram0 = 32;
  gramCount = 1;
  let blank = true;
  let link = 0;
  for (let i = 0; i < n; i++) {
    // A link's scheme and path read as one blank; its host is spelled out (see LINK_STARTS).
    if (link < linkCount && i >= LINK_STARTS[link]!) {
      const hostStart = LINK_HOST_STARTS[link]!;
      const hostEnd = LINK_HOST_ENDS[link]!;
      const end = LINK_ENDS[link]!;
      const skipTo = i < hostStart ? hostStart : i >= hostEnd ? end : -1;
      if (skipTo > i) {
        if (!blank) gram(32, i);
        blank = true;
        if (skipTo >= end) link++;
        i = skipTo - 1;
        continue;
      }
      if (i >= end) link++;
    }
    let c = lower(text.charCodeAt(i));
    if (c === 38 /* & */) {
      // the UCI set keeps HTML entities (`&lt;#&gt;`): read them as the characters they stand for
      const len =
        startsAt(text, i, '&lt;') || startsAt(text, i, '&gt;') || startsAt(text, i, '&amp;');
      if (len > 0) {
        c = len === 5 ? 38 : text.charCodeAt(i + 1) === 108 /* l */ ? 60 : 62;
        i += len - 1;
      }
    }
    if (isSpace(c) || c === 0xfffd) {
      if (!blank) gram(32, i);
      blank = true;
    } else if (isDigit(c) && (i === 0 || !isDigit(fold(text.charCodeAt(i - 1))))) {
      // A run of 16+ digits (a tracking, card or account number; LONG_NUMBER) is one `#`: spelled
      // out, its `00000` grams are a phone number's, and a parcel notice read as premium-rate spam.
      const end = scanDigits(text, i, n);
      if (specialToken === TOKEN_LONG_NUMBER) {
        gram(35 /* # */, i);
        i = end - 1;
      } else gram(48, i);
      blank = false;
    } else {
      gram(isDigit(c) ? 48 : c, i);
      blank = false;
    }
  }
  if (!blank) gram(32, n);
}

/** Emits a token's unigram, its bigram with the previous token and, in CJK runs, the trigram. */
function emit(token: number, kind: number, start: number, end: number): void {
  tokens++;
  // A canonical token's unigram is its script's own: a phone number in Chinese text (in FBS mostly
  // spam) is not one in English text (in Mishra mostly smishing). Measured under 5-fold CV over
  // three fold seeds: all-en harmful F1 +0.002 on average, Chinese unchanged.
  push(mix((token >>> 8 === 0x7f0000 ? token + canonicalSalt : token) ^ 0x5bd1e995), start, end);
  if (prev1Kind !== KIND_NONE) {
    push(mix(Math.imul(prev1, 0x9e3779b1) ^ token ^ 0x27d4eb2f), prev1Start, end);
    if (kind === KIND_CJK && prev1Kind === KIND_CJK && prev2Kind === KIND_CJK) {
      push(
        mix(Math.imul(Math.imul(prev2, 0x9e3779b1) ^ prev1, 0x85ebca77) ^ token),
        prev2Start,
        end,
      );
    }
  }
  prev2 = prev1;
  prev2Kind = prev1Kind;
  prev2Start = prev1Start;
  prev1 = token;
  prev1Kind = kind;
  prev1Start = start;
}

/** A standalone symbol: unigram only, and it ends the n-gram context. */
function emitSymbol(code: number, start: number, end: number): void {
  push(mix((code + 0x3c6ef372) ^ 0x165667b1), start, end);
  resetContext();
}

/** The rules' fold table; here only its CJK part is read (traditional -> simplified). */
const FOLD = getFoldTable();

/** Folds full-width ASCII (U+FF01-FF5E) and the ideographic space to ASCII. */
function fold(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000) return 32;
  return c;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAsciiLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}
function isLatinLetter(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
function isCjk(c: number): boolean {
  return (
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0xac00 && c <= 0xd7af)
  );
}
function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff;
}
/** Characters of a bare host, an e-mail address or a URL start. */
function isHostChar(c: number): boolean {
  return (
    isAsciiLetter(c) ||
    isDigit(c) ||
    c === 46 /* . */ ||
    c === 45 /* - */ ||
    c === 95 /* _ */ ||
    c === 64
  ); /* @ */
}
/** Characters that may continue a URL after its host: printable ASCII minus closers and quotes. */
function isPathChar(c: number): boolean {
  return c > 32 && c < 127 && c !== 34 && c !== 39 && c !== 60 && c !== 62 && c !== 41 && c !== 93;
}
/** Symbols kept inside n-grams (money and percent are part of the offer). */
function isContextSymbol(c: number): boolean {
  return c === 36 || c === 37 || c === 0xa3 || c === 0xa5 || c === 0x20ac || c === 0xffe5;
}

/** FNV-1a over lower-cased letters of text[from, to). */
function hashLower(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) {
    let c = fold(text.charCodeAt(k));
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

// Top-level domains that mark a bare host such as `10086wds.cn`. Words that double as English
// words (me, in, so, to, it, at, us, be, no) are left out: "ok.so" is chat, not a link.
const TLD_HASHES = new Set<number>(
  [
    'com',
    'net',
    'org',
    'cn',
    'ly',
    'info',
    'biz',
    'xyz',
    'top',
    'vip',
    'cc',
    'io',
    'co',
    'uk',
    'club',
    'site',
    'online',
    'shop',
    'app',
    'link',
    'ru',
    'hk',
    'tw',
    'tk',
    'ml',
    'ga',
    'cf',
    'gq',
    'work',
    'ink',
    'pw',
    'win',
    'bid',
    'loan',
    'mobi',
    'asia',
    'tv',
    'wang',
    'ren',
    'cz',
    'icu',
    'live',
    'fun',
    'store',
    'tech',
    'cloud',
    'gov',
    'edu',
    'de',
    'fr',
    'jp',
    'kr',
    'sg',
  ].map((t) => hashLower(t, 0, t.length)),
);

/**
 * The end of 拒收请回复R at i, else -1. China Mobile's platform appends it to every message of a 106
 * code (a pickup code and a bill as much as an advert), so it is no evidence of either; none of
 * the public sets' messages holds it, and there it would read as the marketing opt-out 退订.
 */
function carrierRiderEnd(text: string, i: number, n: number): number {
  if (!text.startsWith('拒收请回复', i)) return -1;
  let j = i + 5;
  if (j < n && text.charCodeAt(j) === 32) j++;
  if (j >= n || (fold(text.charCodeAt(j)) | 32) !== 114 /* r */) return -1;
  j++;
  return j < n && isAsciiLetter(fold(text.charCodeAt(j))) ? -1 : j;
}

/** Length of `p` if text at i starts with it (case-sensitive), else 0. */
function startsAt(text: string, i: number, p: string): number {
  return text.startsWith(p, i) ? p.length : 0;
}

/**
 * Recognises a link, e-mail address or raw IP starting at i. Returns the end index, or -1.
 * Writes the token to `specialToken`.
 */
let specialToken = 0;
/** The host within the link scanSpecial last read (a link's scheme and path are not its host). */
let linkHostStart = 0;
let linkHostEnd = 0;
/**
 * The links of the message being featurised, in text order: [start, end) and the host within.
 * emitTextGrams spells out a link's host (`www.`, `.co.uk` are evidence) but not its scheme and
 * path: `https://` and a meeting id or a tracking token only tell that a message is newer than the
 * public sets, whose few raw links are nearly all spam (measured: a Zoom invitation with its
 * `https://…/j/…` scored 0.96 smishing, without them 0.01).
 */
const MAX_LINKS = 64;
const LINK_STARTS = new Int32Array(MAX_LINKS);
const LINK_ENDS = new Int32Array(MAX_LINKS);
const LINK_HOST_STARTS = new Int32Array(MAX_LINKS);
const LINK_HOST_ENDS = new Int32Array(MAX_LINKS);
let linkCount = 0;
function scanSpecial(text: string, i: number, n: number): number {
  const c0 = text.charCodeAt(i) | 32;
  if (c0 === 104 /* h */ && (startsAt(text, i, 'http://') || startsAt(text, i, 'https://'))) {
    const host = i + ((text.charCodeAt(i + 4) | 32) === 115 /* s */ ? 8 : 7);
    let end = host;
    while (end < n && end < host + 256 && isHostNameChar(text.charCodeAt(end))) end++;
    specialToken = toLinkToken(text, host, end);
    linkHostStart = host;
    linkHostEnd = end;
    return scanPath(text, i + 7, n);
  }
  let j = i;
  let dots = 0;
  let lastDot = -1;
  let at = -1;
  let allDigits = true;
  let madeUp = false; // a hyphen or a digit: the host may be a made-up name (isBareLinkHost)
  const limit = Math.min(n, i + 256);
  while (j < limit) {
    const c = text.charCodeAt(j);
    if (!isHostChar(c)) break;
    if (c === 46) {
      dots++;
      lastDot = j;
    } else if (c === 64) {
      if (at >= 0) return -1;
      at = j;
    } else if (!isDigit(c)) {
      allDigits = false;
      if (c === 45) madeUp = true;
    } else madeUp = true;
    j++;
  }
  while (j > i && (text.charCodeAt(j - 1) === 46 || text.charCodeAt(j - 1) === 45)) j--;
  if (lastDot >= j) {
    dots = 0;
    lastDot = -1;
    for (let k = i; k < j; k++) {
      if (text.charCodeAt(k) === 46) {
        dots++;
        lastDot = k;
      }
    }
  }
  if (dots === 0 || lastDot <= i || lastDot < at) return -1;
  if (at > i) {
    specialToken = TOKEN_EMAIL;
    return j;
  }
  if (at >= 0) return -1;
  const www =
    c0 === 119 &&
    (text.charCodeAt(i + 1) | 32) === 119 &&
    (text.charCodeAt(i + 2) | 32) === 119 &&
    text.charCodeAt(i + 3) === 46;
  const ip = allDigits && dots === 3 && j - i <= 15;
  const next = j < n ? text.charCodeAt(j) : 0;
  const path = next === 47 /* / */ || next === 58 /* : */ || next === 63; /* ? */
  if (
    www ||
    ip ||
    ((TLD_HASHES.has(hashLower(text, lastDot + 1, j)) ||
      (madeUp && isBareLinkHost(text.slice(i, j).toLowerCase()))) &&
      (path || !endsInCapitalisedWord(text.slice(i, j))))
  ) {
    specialToken = ip ? TOKEN_URL : toLinkToken(text, i, j);
    linkHostStart = i;
    linkHostEnd = j;
    return path ? scanPath(text, j, n) : j;
  }
  return -1;
}

/** ASCII letters, digits, '-' and '.': what a host name is made of. */
function isHostNameChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 46
  );
}

/** OFFICIAL_URL when text[start, end) is a host on a registry organisation's domains, else URL. */
function toLinkToken(text: string, start: number, end: number): number {
  if (end <= start) return TOKEN_URL;
  return findOfficialOwner(text.slice(start, end).toLowerCase()) === null
    ? TOKEN_URL
    : TOKEN_OFFICIAL_URL;
}

function scanPath(text: string, from: number, n: number): number {
  let j = from;
  const limit = Math.min(n, from + 512);
  while (j < limit && isPathChar(text.charCodeAt(j))) j++;
  while (j > from && isTrailingPunct(text.charCodeAt(j - 1))) j--;
  return j;
}
function isTrailingPunct(c: number): boolean {
  return c === 46 || c === 44 || c === 33 || c === 63 || c === 59 || c === 58;
}

/** UCI SMS Spam Collection keeps masks as HTML entities: &lt;#&gt; and friends. */
function scanEntity(text: string, i: number, n: number): number {
  if (startsAt(text, i, '&lt;')) {
    const close = findEntityClose(text, i + 4, Math.min(n, i + 16));
    if (close > i) {
      const word = text.charCodeAt(i + 4);
      specialToken =
        word === 69 /* E */ ? TOKEN_EMAIL : word === 85 /* U */ ? TOKEN_URL : TOKEN_NUM;
      return close + 4;
    }
    specialToken = 60; // '<'
    return i + 4;
  }
  if (startsAt(text, i, '&gt;')) {
    specialToken = 62;
    return i + 4;
  }
  if (startsAt(text, i, '&amp;')) {
    specialToken = 38;
    return i + 5;
  }
  specialToken = 38;
  return Math.min(n, i + 1);
}

/** Index of `&gt;` in text[from, to), or -1 (bounded: no scan to the end of a long text). */
function findEntityClose(text: string, from: number, to: number): number {
  for (let k = from; k + 4 <= to; k++) if (startsAt(text, k, '&gt;')) return k;
  return -1;
}

/** Digit run with single space or hyphen separators (phone numbers are written `0845 281 0075`). */
function scanDigits(text: string, i: number, n: number): number {
  let j = i;
  let digits = 0;
  const limit = Math.min(n, i + 40);
  while (j < limit) {
    const c = fold(text.charCodeAt(j));
    if (isDigit(c)) {
      digits++;
      j++;
    } else if (
      (c === 32 || c === 45) &&
      j + 1 < n &&
      isDigit(fold(text.charCodeAt(j + 1))) &&
      digits > 0
    ) {
      j++;
    } else break;
  }
  specialToken =
    digits >= 16
      ? TOKEN_LONG_NUMBER
      : digits >= 7
        ? TOKEN_PHONE
        : digits >= 5
          ? TOKEN_CODE
          : TOKEN_NUM;
  return j;
}

/** zh-80w masks digits as x: an x-run next to CJK text or digits stands for that many digits. */
function isMaskedDigits(text: string, i: number, j: number, n: number): boolean {
  for (let k = i; k < j; k++) if (text.charCodeAt(k) !== 120 /* x */) return false;
  const before = i > 0 ? fold(text.charCodeAt(i - 1)) : 32;
  const after = j < n ? fold(text.charCodeAt(j)) : 32;
  return isDigitContext(before) || isDigitContext(after);
}
/** CJK text, digits, or the punctuation of dates, times and amounts (`.`, `:`, `/`, `-`). */
function isDigitContext(c: number): boolean {
  return c >= 0x2e80 || isDigit(c) || c === 46 || c === 58 || c === 47 || c === 45;
}

// FBS placeholders: the authors replaced contacts by upper-case words glued to the text, e.g.
// `点击URLdfge` (the URL's leftover letters follow) or `CELLPHONEWECHAT`. NAME, PLACE, BANK and
// WECHAT stand for words whose real surface form (a name, a bank, a WeChat id) has no canonical
// token, so they are dropped rather than learned.
const PLACEHOLDERS = [
  'CELLPHONE',
  'PHONE',
  'HOTLINE',
  'DIGIT',
  'URL',
  'NAME',
  'PLACE',
  'BANK',
  'WECHAT',
] as const;
const PLACEHOLDER_TOKENS = [
  TOKEN_PHONE,
  TOKEN_PHONE,
  TOKEN_PHONE,
  TOKEN_NUM,
  TOKEN_URL,
  0,
  0,
  0,
  0,
] as const;
const PLACEHOLDER_FIRST = PLACEHOLDERS.map((p) => p.charCodeAt(0));

/** Length of the placeholder at i (within a run ending at j), writing its token; 0 if none. */
function placeholderAt(text: string, i: number, j: number): number {
  // Most capitalised words start no placeholder: compare the first letter before the whole word.
  const c = text.charCodeAt(i);
  for (let p = 0; p < PLACEHOLDERS.length; p++) {
    if (PLACEHOLDER_FIRST[p] !== c) continue;
    const len = startsAt(text, i, PLACEHOLDERS[p]!);
    if (len === 0 || i + len > j) continue;
    specialToken = PLACEHOLDER_TOKENS[p]!;
    return len;
  }
  return 0;
}

/** A run made only of placeholders, optionally followed by lower-case leftovers: emits them. */
function emitPlaceholders(text: string, i: number, j: number, cjkContext: boolean): boolean {
  let k = i;
  while (k < j) {
    const len = placeholderAt(text, k, j);
    if (len === 0) break;
    k += len;
  }
  if (k === i) return false;
  for (let r = k; r < j; r++) {
    const c = text.charCodeAt(r);
    if (c < 97 || c > 122) return false;
  }
  for (let p = i; p < k; ) {
    p += placeholderAt(text, p, k);
    if (specialToken !== 0) emit(specialToken, cjkContext ? KIND_CJK : KIND_WORD, i, j);
  }
  return true;
}

/** Scans a Latin letter run from i to j and emits it (a placeholder, masked digits or a word). */
function emitWord(text: string, i: number, j: number, n: number, cjkContext: boolean): void {
  if (text.charCodeAt(i) <= 90 && emitPlaceholders(text, i, j, cjkContext)) return;
  if (isMaskedDigits(text, i, j, n)) {
    const len = j - i;
    emit(len >= 7 ? TOKEN_PHONE : len >= 5 ? TOKEN_CODE : TOKEN_NUM, KIND_CJK, i, j);
    return;
  }
  emit(hashLower(text, i, j), KIND_WORD, i, j);
  if (CHAR_GRAMS) emitCharGrams(text, i, j);
}

const CHAR_GRAMS = true;
/** Character 3-grams of a Latin word with boundary marks (`^wi`, `win`, `in$`): spelling variants. */
function emitCharGrams(text: string, i: number, j: number): void {
  if (j - i < 2) return;
  let a = 94; // ^
  let b = lower(text.charCodeAt(i));
  for (let k = i + 1; k <= j; k++) {
    const c = k < j ? lower(text.charCodeAt(k)) : 36; // $
    push(mix((((a * 0x3ff) ^ b) * 0x3ff) ^ c ^ 0x61c88647), Math.max(i, k - 2), Math.min(j, k + 1));
    a = b;
    b = c;
  }
}
function lower(code: number): number {
  const c = fold(code);
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
}

/** Inside CJK text: the n-gram context is CJK, or the next non-space character is. */
function inCjkText(text: string, end: number, n: number): boolean {
  if (prev1Kind === KIND_CJK) return true;
  let k = end;
  while (k < n && k < end + 4 && isSpace(text.charCodeAt(k))) k++;
  return k < n && isCjk(text.charCodeAt(k));
}

/**
 * Featurises one message into `buffer` and returns the number of features written. Deterministic;
 * never throws (lone surrogates, control characters and empty text are fine); allocates nothing.
 */
export function featuriseSmsText(text: string, buffer: FeatureBuffer): number {
  outBuckets = buffer.buckets;
  outStarts = buffer.starts;
  outEnds = buffer.ends;
  count = 0;
  tokens = 0;
  linkCount = 0;
  resetContext();
  const n = Math.min(text.length, MAX_FEATURISED_CHARS);
  // The FBS set has no punctuation at all: in CJK text punctuation would only teach the model
  // which dataset a message came from, so there it is skipped like a space.
  const keepPunctuation = !isCjkText(text);
  buffer.cjk = !keepPunctuation;
  canonicalSalt = keepPunctuation ? 0 : CJK_CANONICAL_SALT;
  let i = 0;
  while (i < n) {
    const c = fold(text.charCodeAt(i));
    if (isSpace(c) || c === 0xfffd) {
      i++; // U+FFFD stands where a copy lost a character (Mishra & Soni): no evidence either way
    } else if (c === 0x62d2 /* 拒 */ && carrierRiderEnd(text, i, n) > i) {
      i = carrierRiderEnd(text, i, n); // China Mobile's rider on every 106 message: no evidence
    } else if (isCjk(c)) {
      // traditional -> simplified (OpenCC's table): 「積分」 is the same feature as 「积分」
      emit(FOLD[c]! + 0x10000000, KIND_CJK, i, i + 1);
      i++;
    } else if (isDigit(c) || isAsciiLetter(c)) {
      i = scanAlnum(text, i, n);
    } else if (c === 43 /* + */ && i + 1 < n && isDigit(fold(text.charCodeAt(i + 1)))) {
      const end = scanDigits(text, i + 1, n);
      emit(TOKEN_PHONE, KIND_WORD, i, end);
      i = end;
    } else if (isLatinLetter(c)) {
      let j = i + 1;
      while (j < n && isLatinLetter(fold(text.charCodeAt(j)))) j++;
      emit(hashLower(text, i, j), KIND_WORD, i, j);
      i = j;
    } else if (c === 38 /* & */) {
      const end = scanEntity(text, i, n);
      if (specialToken >= 0x7f000000) emit(specialToken, KIND_WORD, i, end);
      else if (keepPunctuation) emitSymbol(specialToken, i, end);
      i = end;
    } else if (
      c >= 0xd800 &&
      c <= 0xdbff &&
      i + 1 < n &&
      (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    ) {
      emitSymbol(text.codePointAt(i) ?? c, i, i + 2); // emoji and other astral symbols
      i += 2;
    } else if (isContextSymbol(c)) {
      emit(c + 0x20000000, KIND_WORD, i, i + 1);
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      i++; // a broken surrogate carries nothing
    } else {
      if (keepPunctuation) emitSymbol(c, i, i + 1);
      i++;
    }
  }
  if (keepPunctuation) emitTextGrams(text, n);
  // Every message carries its script and its length band within that script: English and Chinese
  // share one weight table, and these give each script its own bias and length prior (the sets
  // differ: short English chat is mostly ham, while every FBS message is harmful).
  const cjk = !keepPunctuation;
  push(mix(LENGTH_TOKEN_BASE + lengthBand(tokens) + (cjk ? CJK_LENGTH_OFFSET : 0)), 0, 0);
  push(mix(cjk ? SCRIPT_TOKEN_CJK : SCRIPT_TOKEN_LATIN), 0, 0);
  return count;
}

/** Length in tokens, not characters: a link or a placeholder is one token either way. */
function lengthBand(tokenCount: number): number {
  return tokenCount < 5
    ? 0
    : tokenCount < 12
      ? 1
      : tokenCount < 25
        ? 2
        : tokenCount < 45
          ? 3
          : tokenCount < 80
            ? 4
            : 5;
}

/** An ASCII letter or digit starts a link, an e-mail, a number or a word. */
function scanAlnum(text: string, i: number, n: number): number {
  const special = scanSpecial(text, i, n);
  if (special > i) {
    if (
      (specialToken === TOKEN_URL || specialToken === TOKEN_OFFICIAL_URL) &&
      linkCount < MAX_LINKS
    ) {
      LINK_STARTS[linkCount] = i;
      LINK_ENDS[linkCount] = special;
      LINK_HOST_STARTS[linkCount] = linkHostStart;
      LINK_HOST_ENDS[linkCount] = Math.min(linkHostEnd, special);
      linkCount++;
    }
    emit(specialToken, inCjkText(text, special, n) ? KIND_CJK : KIND_WORD, i, special);
    return special;
  }
  const c = fold(text.charCodeAt(i));
  if (isDigit(c)) {
    const end = scanDigits(text, i, n);
    emit(specialToken, inCjkText(text, end, n) ? KIND_CJK : KIND_WORD, i, end);
    return end;
  }
  let j = i + 1;
  while (j < n && isAsciiLetter(fold(text.charCodeAt(j)))) j++;
  emitWord(text, i, j, n, inCjkText(text, j, n));
  return j;
}

/** True when the message is written in CJK script (any CJK character): picks the thresholds. */
export function isCjkText(text: string): boolean {
  const n = Math.min(text.length, MAX_FEATURISED_CHARS);
  for (let i = 0; i < n; i++) if (isCjk(text.charCodeAt(i))) return true;
  return false;
}
