import { fc, test } from '@fast-check/vitest';
import { getDomain } from 'tldts';
import { expect, it } from 'vitest';
import { OFFICIAL_SENDERS, type OfficialSender } from './data/official-senders.js';
import { extractLinks, type SmsLink } from './extract-links.js';
import { findLookalike, GENERIC_MARK_LABELS, type Lookalike } from './find-lookalike.js';
import { findHostingOwner } from './official-registry.js';

// The plain version findLookalike was optimised from: every mark tried in turn, in registry order.

interface Mark {
  readonly text: string;
  readonly sender: OfficialSender;
  readonly numeric: boolean;
}

const TOKEN_SEP = /[.-]/;

function referenceMarks(): Mark[] {
  const out: Mark[] = [];
  const seen = new Set<string>();
  for (const sender of OFFICIAL_SENDERS as readonly OfficialSender[]) {
    const texts = [...sender.marks, ...sender.numbers];
    for (const d of sender.platform === true ? [] : sender.domains) {
      const registrable = getDomain(d);
      if (registrable !== null && registrable !== d) continue;
      const first = d.split('.')[0]!;
      texts.push(first, first.replaceAll('-', ''));
    }
    for (const t of texts) {
      const numeric = /^\d+$/.test(t);
      if (GENERIC_MARK_LABELS.has(t) || t.length < 3 || (numeric && t.length < 5)) continue;
      const key = `${sender.id}:${t}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ text: t, sender, numeric });
    }
  }
  return out;
}

const MARKS = referenceMarks();

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
  for (const ch of s.normalize('NFD')) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x300 && cp <= 0x36f) continue;
    out += table[ch] ?? ch;
  }
  return out.replaceAll('rn', 'm').replaceAll('vv', 'w');
}

/** Full Damerau (optimal string alignment) table, no early exit. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const tokensOf = (s: string): string[] => s.split(TOKEN_SEP).filter((t) => t.length > 0);

function containsMark(body: string, tokens: readonly string[], mark: Mark): boolean {
  return mark.text.length === 3 ? tokens.includes(mark.text) : body.includes(mark.text);
}

function findLookalikeReference(link: SmsLink): Lookalike | null {
  if (link.isIp || link.isShortener || link.domain === null) return null;
  if (findHostingOwner(link.host) !== null) return null;
  const suffix = link.publicSuffix ?? '';
  const host = link.unicodeHost.toLowerCase();
  const body =
    host.length > suffix.length + 1 ? host.slice(0, host.length - suffix.length - 1) : host;
  const tokens = tokensOf(body);
  for (const mark of MARKS) {
    if (containsMark(body, tokens, mark))
      return { sender: mark.sender, mark: mark.text, how: 'contains' };
  }
  const letters = skeleton(body, TO_LETTER);
  const digits = skeleton(body, TO_DIGIT);
  for (const mark of MARKS) {
    const hit = mark.numeric
      ? containsMark(digits, tokensOf(digits), mark)
      : containsMark(letters, tokensOf(letters), mark);
    if (hit) return { sender: mark.sender, mark: mark.text, how: 'homoglyph' };
  }
  const label = link.domain.slice(0, link.domain.length - suffix.length - 1);
  for (const t of tokensOf(label)) {
    for (const mark of MARKS) {
      if (mark.numeric || mark.text.length < 6) continue;
      if (editDistance(t, mark.text) <= (mark.text.length >= 10 ? 2 : 1)) {
        return { sender: mark.sender, mark: mark.text, how: 'edit-distance' };
      }
    }
  }
  return null;
}

// Host pieces: real marks, their parts, leet digits, homoglyphs, digraphs and separators.
const markPiece = fc
  .constantFrom(...MARKS.map((m) => m.text))
  .chain((t) =>
    fc
      .tuple(fc.nat(t.length), fc.nat(t.length))
      .map(([a, b]) => (a === b ? t : t.slice(Math.min(a, b), Math.max(a, b)))),
  );
// Characters that imitate a mark's characters (leet digits, letters for digits, Cyrillic, rn).
const IMITATORS: Readonly<Record<string, readonly string[]>> = {
  o: ['0', 'о', 'ο'],
  l: ['1', 'ӏ'],
  e: ['3', 'е'],
  a: ['4', 'а', 'à'],
  s: ['5', 'ѕ'],
  t: ['7'],
  b: ['8'],
  p: ['р'],
  c: ['с'],
  m: ['rn'],
  w: ['vv'],
  '1': ['l', 'i'],
  '0': ['o', 'О'],
  '2': ['z'],
  '5': ['s'],
  '6': ['b'],
  '9': ['g'],
};
const disguisedMark = fc
  .tuple(fc.constantFrom(...MARKS.map((m) => m.text)), fc.array(fc.nat(), { maxLength: 14 }))
  .map(([t, picks]) =>
    [...t]
      .map((ch, i) => {
        const alt = IMITATORS[ch];
        const pick = picks[i] ?? 0;
        return alt === undefined || pick % 3 === 0 ? ch : alt[pick % alt.length]!;
      })
      .join(''),
  );
const glyph = fc.constantFrom(
  ...'abcdegilmnoprstuvwxyz0123456789'.split(''),
  'rn',
  'vv',
  'а',
  'о',
  'е',
  'р',
  'ο',
  'à',
  'é',
  'О',
);
const label = fc
  .array(fc.oneof(markPiece, disguisedMark, glyph, fc.constant('-')), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => parts.join(''));
const suffix = fc.constantFrom('com', 'cn', 'com.cn', 'top', 'xyz', 'co.uk', 'vip', 'cc', 'net');
const hostText = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), suffix)
  .map(([labels, s]) => `${labels.join('.')}.${s}`);

test.prop([hostText], { numRuns: 1000 })('agrees with the plain version', (host) => {
  for (const link of extractLinks(`http://${host}/x`)) {
    expect(findLookalike(link)).toEqual(findLookalikeReference(link));
  }
});

it('agrees with the plain version on the registry marks, one edit away and in other hosts', () => {
  const hosts: string[] = [];
  for (const m of MARKS) {
    hosts.push(`${m.text}.top`, `x${m.text}y.cn`, `a-${m.text}.com`, `${m.text.slice(1)}.net`);
    hosts.push(`${m.text.slice(0, 2)}q${m.text.slice(3)}.com`, `${m.text}${m.text.at(-1)}.xyz`);
  }
  // Fully disguised marks, alone and in pairs (a leet number next to a leet name).
  const disguise = (t: string): string => [...t].map((ch) => IMITATORS[ch]?.[0] ?? ch).join('');
  const numeric = MARKS.filter((m) => m.numeric);
  const named = MARKS.filter((m) => !m.numeric).slice(0, 12);
  for (const m of MARKS) hosts.push(`${disguise(m.text)}.com`);
  for (const n of numeric) {
    for (const m of named) {
      hosts.push(
        `${disguise(n.text)}-${disguise(m.text)}.com`,
        `${disguise(m.text)}${disguise(n.text)}.cn`,
      );
    }
  }
  let found = 0;
  for (const host of hosts) {
    for (const link of extractLinks(`http://${host}/`)) {
      const want = findLookalikeReference(link);
      if (want !== null) found++;
      expect(findLookalike(link)).toEqual(want);
    }
  }
  expect(found).toBeGreaterThan(hosts.length / 2);
});
