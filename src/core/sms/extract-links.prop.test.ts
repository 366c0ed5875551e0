import { fc, test } from '@fast-check/vitest';
import { parse } from 'tldts';
import { expect } from 'vitest';
import { extractLinks, findEmailAddresses, isBareLinkHost } from './extract-links.js';

const label = fc.stringMatching(/^[a-z0-9]{1,12}$/);
const tld = fc.constantFrom('com', 'cn', 'top', 'net', 'xyz', 'co.uk');
const host = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), tld)
  .map(([ls, t]) => `${ls.join('.')}.${t}`)
  // A host that is itself a public suffix (ha.cn: Henan) has no registrable domain: not a link.
  .filter((h) => parse(h).domain !== null);
const anyText = fc.string({
  maxLength: 400,
  unit: fc.constantFrom(
    'a',
    '.',
    ' ',
    '1',
    '/',
    ':',
    '。',
    'ｃ',
    '中',
    'h',
    't',
    'p',
    '[',
    ']',
    '-',
    '\uD800',
    'x',
    '@',
  ),
});

test.prop([fc.string({ maxLength: 2_000 })])('never throws and spans stay inside the text', (s) => {
  for (const l of extractLinks(s)) {
    expect(l.start).toBeGreaterThanOrEqual(0);
    expect(l.end).toBeLessThanOrEqual(s.length);
    expect(l.start).toBeLessThan(l.end);
  }
});

test.prop([anyText])('link-ish noise never throws; spans are ordered and disjoint', (s) => {
  let last = 0;
  for (const l of extractLinks(s)) {
    expect(l.start).toBeGreaterThanOrEqual(last);
    last = l.end;
  }
});

test.prop([host])('a plain host in Chinese text is found again', (h) => {
  expect(extractLinks(`请登录${h}领取`).map((l) => l.host)).toEqual([h]);
});

test.prop([host, fc.stringMatching(/^\/[A-Za-z0-9]{0,10}$/)])(
  'canonical URLs are fixed points',
  (h, path) => {
    const [first] = extractLinks(`see ${h}${path} now`);
    expect(first).toBeDefined();
    const again = extractLinks(first!.url);
    expect(again.map((l) => l.url)).toEqual([first!.url]);
  },
);

test.prop([host])('full-width writing gives the same link', (h) => {
  const wide = [...h]
    .map((c) => (c === '.' ? '．' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)))
    .join('');
  expect(extractLinks(`登录${wide}领取`).map((l) => l.host)).toEqual([h]);
});

// isBareLinkHost is the rule the featuriser borrows: it must say what extractLinks does of the
// same host written bare between spaces.
const bareLabel = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}[a-z0-9]$/);
const anyTld = fc.constantFrom(
  'com',
  'help',
  'support',
  'now',
  'love',
  'so',
  'pm',
  'cn',
  'zz',
  'bit',
);
test.prop([fc.array(bareLabel, { minLength: 1, maxLength: 3 }), anyTld])(
  'isBareLinkHost agrees with extractLinks on a bare host',
  (labels, t) => {
    const h = `${labels.join('.')}.${t}`;
    const found = extractLinks(`go ${h} now`).some((l) => l.host === h && l.path === '');
    expect(isBareLinkHost(h)).toBe(found);
  },
);

const emailText = fc.string({
  maxLength: 400,
  unit: fc.constantFrom('a', 'b', '.', '@', ' ', '1', '-', '_', '+', 'c', 'o', 'm', '中', '/'),
});

test.prop([emailText])(
  'findEmailAddresses: ordered spans, each one address around one @',
  (text) => {
    const spans = findEmailAddresses(text);
    let last = 0;
    for (const [s, e] of spans) {
      expect(s).toBeGreaterThanOrEqual(last);
      expect(e).toBeLessThanOrEqual(text.length);
      const addr = text.slice(s, e);
      expect(addr.split('@')).toHaveLength(2);
      expect(addr).toMatch(/^[\w.%+-]+@[\w.-]+\.[a-z]{2,}$/i);
      last = e;
    }
  },
);

test.prop([host, fc.stringMatching(/^[a-z0-9._]{1,20}$/)])(
  'findEmailAddresses finds user@host in a sentence',
  (h, user) => {
    fc.pre(/^[a-z0-9]/.test(user) && /[a-z0-9]$/.test(user));
    const text = `write to ${user}@${h} today`;
    expect(findEmailAddresses(text).map(([s, e]) => text.slice(s, e))).toEqual([`${user}@${h}`]);
  },
);
