/**
 * Lookalikes of official domains: the brand's mark or number inside another host
 * (`10086wds.cn`, `tjf10086.com`, `usps-redelivery.top`), leet and homoglyph spellings
 * (`l0086`, Cyrillic `аpple`), one edit away (`paypa1`, `amazom`). dnstwist-class generators miss
 * "brand + random affix", the commonest Chinese pattern (sms-fraud-facts.md §2.5).
 * Pure: imports only core.
 */
import { OFFICIAL_SENDERS, type OfficialSender } from './data/official-senders.js';
import type { SmsLink } from './extract-links.js';
import { findOfficialOwner } from './official-registry.js';

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
}

// Labels of official domains too generic to be a brand mark.
// 10000 and 12345 are everyday numbers (prize amounts, examples), not brand marks.
const GENERIC = new Set(['gov', 'com', 'www', 'bank', 'mail', 'post', 'miit', '10000', '12345']);
const TOKEN_SEP = /[.-]/;

let marks: readonly Mark[] | null = null;

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

function buildMarks(): Mark[] {
  const out: Mark[] = [];
  const seen = new Set<string>();
  for (const sender of OFFICIAL_SENDERS as readonly OfficialSender[]) {
    const texts = [...sender.marks, ...sender.numbers];
    for (const d of sender.domains) {
      const first = d.split('.')[0]!;
      texts.push(first, first.replaceAll('-', ''));
    }
    for (const t of texts) {
      const numeric = isDigits(t);
      if (GENERIC.has(t) || t.length < 3 || (numeric && t.length < 5)) continue;
      const key = `${sender.id}:${t}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ text: t, sender, numeric });
    }
  }
  return out;
}

function getMarks(): readonly Mark[] {
  if (marks === null) marks = buildMarks();
  return marks;
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

function skeleton(s: string, table: Readonly<Record<string, string>>): string {
  let out = '';
  // NFD then drop combining marks: "àpple" -> "apple". Only hosts reach here (short strings).
  const base = s.normalize('NFD');
  for (const ch of base) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x300 && cp <= 0x36f) continue;
    out += table[ch] ?? ch;
  }
  return out.replaceAll('rn', 'm').replaceAll('vv', 'w');
}

/** Damerau-Levenshtein distance with an early exit above `max`; strings are short labels. */
function editDistanceWithin(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const m = a.length;
  const n = b.length;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return false;
    prev2 = prev;
    prev = cur;
  }
  return prev[n]! <= max;
}

function tokensOf(s: string): string[] {
  return s.split(TOKEN_SEP).filter((t) => t.length > 0);
}

function containsMark(body: string, tokens: readonly string[], mark: Mark): boolean {
  // Three-letter marks (cmb, ups, dhl, boc) only as a whole token: "groups" is not UPS.
  if (mark.text.length === 3) return tokens.includes(mark.text);
  return body.includes(mark.text);
}

/**
 * The organisation `link`'s host imitates, or null. Official hosts (of any registry row) and
 * shorteners are never lookalikes. O(marks x host length).
 */
export function findLookalike(link: SmsLink): Lookalike | null {
  if (link.isIp || link.isShortener || link.domain === null) return null;
  if (findOfficialOwner(link.host) !== null) return null;
  const suffix = link.publicSuffix ?? '';
  const host = link.unicodeHost.toLowerCase();
  const body =
    host.length > suffix.length + 1 ? host.slice(0, host.length - suffix.length - 1) : host;
  const tokens = tokensOf(body);
  const all = getMarks();
  for (const mark of all) {
    if (containsMark(body, tokens, mark))
      return { sender: mark.sender, mark: mark.text, how: 'contains' };
  }
  const letters = skeleton(body, TO_LETTER);
  const digits = skeleton(body, TO_DIGIT);
  const letterTokens = tokensOf(letters);
  const digitTokens = tokensOf(digits);
  for (const mark of all) {
    const hit = mark.numeric
      ? containsMark(digits, digitTokens, mark)
      : containsMark(letters, letterTokens, mark);
    if (hit) return { sender: mark.sender, mark: mark.text, how: 'homoglyph' };
  }
  const label = link.domain.slice(0, link.domain.length - suffix.length - 1);
  for (const t of tokensOf(label)) {
    for (const mark of all) {
      if (mark.numeric || mark.text.length < 6) continue;
      if (editDistanceWithin(t, mark.text, mark.text.length >= 10 ? 2 : 1)) {
        return { sender: mark.sender, mark: mark.text, how: 'edit-distance' };
      }
    }
  }
  return null;
}
