/**
 * Lookalikes of official domains: the brand's mark or number inside another host
 * (`10086wds.cn`, `tjf10086.com`, `usps-redelivery.top`), leet and homoglyph spellings
 * (`l0086`, Cyrillic `аpple`), one edit away (`paypa1`, `amazom`). dnstwist-class generators miss
 * "brand + random affix", the commonest Chinese pattern (sms-fraud-facts.md §2.5).
 * Pure: imports only core.
 */
import { getDomain } from 'tldts';
import { OFFICIAL_SENDERS, type OfficialSender } from './data/official-senders.js';
import type { SmsLink } from './extract-links.js';
import { findHostingOwner } from './official-registry.js';

/** A host that imitates an organisation. */
export interface Lookalike {
  readonly sender: OfficialSender;
  /** The brand token it imitates (`10086`, `usps`). */
  readonly mark: string;
  /** How: `contains`, `homoglyph`, `edit-distance`. */
  readonly how: 'contains' | 'homoglyph' | 'edit-distance';
}

interface Mark {
  readonly text: string;
  readonly sender: OfficialSender;
  readonly numeric: boolean;
  /** Position in registry order: of several matching marks the first one wins. */
  readonly order: number;
  /** Hashed character set (one bit per `code & 31`), for the edit-distance prefilter. */
  readonly charMask: number;
  /** Edits allowed by the edit-distance rule (0: the mark takes no part in it). */
  readonly maxEdits: number;
}

/** The marks, indexed for the three passes of findLookalike. */
interface MarkIndex {
  readonly all: readonly Mark[];
  /** Marks by first UTF-16 unit: candidates for an occurrence starting there. */
  readonly byFirst: ReadonlyMap<number, readonly Mark[]>;
  /** Alphabetic marks of at least 6 characters, in registry order (edit-distance pass). */
  readonly editable: readonly Mark[];
}

// Labels of official domains too generic to be a brand mark: Microsoft's live.com, office.com and
// outlook.com are its domains, but "redelivery" contains "live" and "offices" is one edit from
// "office". 10000 and 12345 are everyday numbers (prize amounts, examples), not brand marks.
export const GENERIC_MARK_LABELS: ReadonlySet<string> = new Set([
  'gov',
  'com',
  'www',
  'bank',
  'mail',
  'post',
  'miit',
  'live',
  'office',
  'outlook',
  // water.ie (Uisce Éireann), ontario.ca (ServiceOntario), hasil.gov.my (LHDN; "hasil" is Malay
  // for "result"): a city's water.gov.taipei or a college's ontariotech.ca imitates no one
  'water',
  'ontario',
  'hasil',
  // booking.com, trip.com, united.com, delta.com, blood.co.uk (NHSBT), fidelity.com and vanguard.com are
  // words too, and sec.gov, dec.org.uk, fca.org.uk and aia.com are inside other words ("secure")
  'booking',
  'trip',
  'united',
  'delta',
  'blood',
  'fidelity',
  'vanguard',
  'sec',
  'dec',
  'fca',
  'aia',
  // grab.com: "grab" is a verb
  'grab',
  '10000',
  '12345',
]);
const MIN_EDIT_MARK = 6;
const LONG_EDIT_MARK = 10;

let markIndex: MarkIndex | null = null;

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

function isSep(c: number): boolean {
  return c === 46 /* . */ || c === 45 /* - */;
}

function charMaskOf(s: string, from: number, to: number): number {
  let m = 0;
  for (let i = from; i < to; i++) m |= 1 << (s.charCodeAt(i) & 31);
  return m;
}

function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function buildMarks(): MarkIndex {
  const all: Mark[] = [];
  const seen = new Set<string>();
  for (const sender of OFFICIAL_SENDERS as readonly OfficialSender[]) {
    const texts = [...sender.marks, ...sender.numbers];
    // A domain's name is a mark unless the domain is a subdomain of a registrable one (the `maps`
    // of `maps.app.goo.gl`; `10086.cn` and the suffix `nhs.uk` keep theirs), and not for a platform (news sites: `people.com.cn` would make
    // every host with "people" in it a lookalike): a platform's marks are its explicit ones.
    for (const d of sender.platform === true ? [] : sender.domains) {
      const registrable = getDomain(d);
      if (registrable !== null && registrable !== d) continue;
      const first = d.split('.')[0]!;
      texts.push(first, first.replaceAll('-', ''));
    }
    for (const t of texts) {
      const numeric = isDigits(t);
      if (GENERIC_MARK_LABELS.has(t) || t.length < 3 || (numeric && t.length < 5)) continue;
      const key = `${sender.id}:${t}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const maxEdits = numeric || t.length < MIN_EDIT_MARK ? 0 : t.length >= LONG_EDIT_MARK ? 2 : 1;
      all.push({
        text: t,
        sender,
        numeric,
        order: all.length,
        charMask: charMaskOf(t, 0, t.length),
        maxEdits,
      });
    }
  }
  const byFirst = new Map<number, Mark[]>();
  for (const m of all) {
    // A three-letter mark counts only as a whole token, which never holds a separator.
    if (m.text.length === 3 && (m.text.includes('.') || m.text.includes('-'))) continue;
    const c = m.text.charCodeAt(0);
    const list = byFirst.get(c);
    if (list === undefined) byFirst.set(c, [m]);
    else list.push(m);
  }
  return { all, byFirst, editable: all.filter((m) => m.maxEdits > 0) };
}

function getMarks(): MarkIndex {
  if (markIndex === null) markIndex = buildMarks();
  return markIndex;
}

// Homoglyphs and leet digits -> the Latin letter they imitate (for alphabetic marks).
const TO_LETTER: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
  у: 'y',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ӏ: 'l',
  ο: 'o',
  α: 'a',
  ν: 'v',
  ρ: 'p',
  κ: 'k',
  τ: 't',
  ι: 'i',
  ɡ: 'g',
};
// Letters that imitate digits (for numeric marks such as 10086).
const TO_DIGIT: Readonly<Record<string, string>> = {
  l: '1',
  i: '1',
  '|': '1',
  o: '0',
  О: '0',
  о: '0',
  ο: '0',
  z: '2',
  s: '5',
  b: '6',
  g: '9',
};

/** The ASCII rows of a homoglyph table as codes (0: the character stands for itself). */
function asciiRows(table: Readonly<Record<string, string>>): Uint16Array {
  const rows = new Uint16Array(128);
  for (const [from, to] of Object.entries(table)) {
    if (from.charCodeAt(0) < 128) rows[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  return rows;
}

const ASCII_TO_LETTER = asciiRows(TO_LETTER);
const ASCII_TO_DIGIT = asciiRows(TO_DIGIT);

function fixDigraphs(s: string): string {
  return s.replaceAll('rn', 'm').replaceAll('vv', 'w');
}

/** What `s` reads as when its homoglyphs (`table`) are taken for what they imitate. */
function skeleton(s: string, table: Readonly<Record<string, string>>, ascii: Uint16Array): string {
  // ASCII (almost every host): NFD changes nothing and each unit maps on its own.
  let changed = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return skeletonOfUnicode(s, table);
    if (changed < 0 && ascii[c] !== 0) changed = i;
  }
  if (changed < 0) return fixDigraphs(s);
  const codes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    codes.push(ascii[c] === 0 ? c : ascii[c]!);
  }
  return fixDigraphs(String.fromCharCode(...codes));
}

function skeletonOfUnicode(s: string, table: Readonly<Record<string, string>>): string {
  let out = '';
  // NFD then drop combining marks: "àpple" -> "apple". Only hosts reach here (short strings).
  const base = s.normalize('NFD');
  for (const ch of base) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x300 && cp <= 0x36f) continue;
    out += table[ch] ?? ch;
  }
  return fixDigraphs(out);
}

// Three rows of the edit-distance table, reused by every call (synchronous, never returned).
let rows: [Int32Array, Int32Array, Int32Array] = [
  new Int32Array(32),
  new Int32Array(32),
  new Int32Array(32),
];

/**
 * Optimal-string-alignment (Damerau-Levenshtein) distance of `a` and `b` is at most `max`, with
 * an early exit once a whole row exceeds it; strings are short labels.
 */
function editDistanceWithin(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const m = a.length;
  const n = b.length;
  if (rows[0].length <= n)
    rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const ai = a.charCodeAt(i - 1);
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj)
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return false;
    const done = prev2;
    prev2 = prev;
    prev = cur;
    cur = done;
  }
  return prev[n]! <= max;
}

/**
 * The first mark (registry order) found in `s`; `numeric` limits the search to numeric (true) or
 * alphabetic (false) marks. A mark is found where it occurs in `s`, except that three-letter marks
 * (cmb, ups, dhl, boc) count only as a whole `.`/`-` separated token: "groups" is not UPS.
 */
function findMark(s: string, byFirst: MarkIndex['byFirst'], numeric: boolean | null): Mark | null {
  let best: Mark | null = null;
  for (let i = 0; i < s.length; i++) {
    const candidates = byFirst.get(s.charCodeAt(i));
    if (candidates === undefined) continue;
    for (const mark of candidates) {
      if (best !== null && mark.order >= best.order) break;
      if (numeric !== null && mark.numeric !== numeric) continue;
      if (!s.startsWith(mark.text, i)) continue;
      const end = i + mark.text.length;
      if (
        mark.text.length === 3 &&
        ((i > 0 && !isSep(s.charCodeAt(i - 1))) || (end < s.length && !isSep(s.charCodeAt(end))))
      )
        continue;
      best = mark;
    }
  }
  return best;
}

/**
 * The organisation `link`'s host imitates, or null. Official hosts (of any registry row) and
 * shorteners are never lookalikes. O(marks x host length). find-lookalike.prop.test.ts keeps the
 * plain version (every mark tried in turn) as the reference.
 */
export function findLookalike(link: SmsLink): Lookalike | null {
  if (link.isIp || link.isShortener || link.domain === null) return null;
  // A host on an organisation's own domain imitates nobody, even where anyone publishes
  // (docs.google.com): what is published there is judged as an unknown host, not a lookalike.
  if (findHostingOwner(link.host) !== null) return null;
  const suffix = link.publicSuffix ?? '';
  const host = link.unicodeHost.toLowerCase();
  const body =
    host.length > suffix.length + 1 ? host.slice(0, host.length - suffix.length - 1) : host;
  const { byFirst, editable } = getMarks();
  const contained = findMark(body, byFirst, null);
  if (contained !== null)
    return { sender: contained.sender, mark: contained.text, how: 'contains' };
  // A side whose skeleton is the body itself cannot find what the first pass did not.
  const letters = skeleton(body, TO_LETTER, ASCII_TO_LETTER);
  const digits = skeleton(body, TO_DIGIT, ASCII_TO_DIGIT);
  const byLetters = letters === body ? null : findMark(letters, byFirst, false);
  const byDigits = digits === body ? null : findMark(digits, byFirst, true);
  const glyph =
    byLetters === null || (byDigits !== null && byDigits.order < byLetters.order)
      ? byDigits
      : byLetters;
  if (glyph !== null) return { sender: glyph.sender, mark: glyph.text, how: 'homoglyph' };
  const label = link.domain.slice(0, link.domain.length - suffix.length - 1);
  for (let from = 0; from < label.length; ) {
    let to = from;
    while (to < label.length && !isSep(label.charCodeAt(to))) to++;
    if (to > from) {
      const token = label.slice(from, to);
      const mask = charMaskOf(label, from, to);
      for (const mark of editable) {
        // Each edit changes the character set by at most two: a cheap lower bound on distance.
        if (bitCount(mask ^ mark.charMask) > 2 * mark.maxEdits) continue;
        if (editDistanceWithin(token, mark.text, mark.maxEdits)) {
          return { sender: mark.sender, mark: mark.text, how: 'edit-distance' };
        }
      }
    }
    from = to + 1;
  }
  return null;
}
