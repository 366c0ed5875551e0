/**
 * Links as scammers write them in SMS: bare domains (`10086wds.cn/abc`), spaces inside
 * (`10086 wds .cn`), ideographic and full-width dots and letters, `hxxp`, `[.]`. A link needs a
 * real public suffix (tldts); `3.5元`, `10.8`, `ok.so` in prose and `file.pdf` are not links.
 * One linear scan, no regex. Pure: imports only core and tldts.
 */
import { parse } from 'tldts';
import { BARE_LINK_TLDS, FREE_HOSTING_SUFFIXES, SHORTENER_HOSTS } from './data/link-lists.js';
import { isAsciiAlnum, isCjkCode, toFoldedText, ZERO_WIDTH } from './fold-text.js';
import { isSubdomainOf } from './official-registry.js';
import { toUnicodeHost } from './punycode.js';
import type { Span } from './types.js';

/** One link found in a message. */
export interface SmsLink {
  /** Canonical form: scheme (`http://` when absent), lower-case host, folded characters. */
  readonly url: string;
  /** Lower-case ASCII host (punycode for IDN). */
  readonly host: string;
  /** Host in Unicode when it is an IDN, else equal to `host`. */
  readonly unicodeHost: string;
  /** ICANN registrable domain, or null for an IP address. */
  readonly domain: string | null;
  readonly publicSuffix: string | null;
  readonly isIp: boolean;
  readonly port: number | null;
  /** Path, query and fragment as written (may be empty). */
  readonly path: string;
  /** How the link was disguised (`spaces`, `full-width`, `hxxp`...), empty when written plainly. */
  readonly obfuscation: readonly string[];
  readonly isIdn: boolean;
  readonly isShortener: boolean;
  /** `[start, end)` in the original text. */
  readonly start: number;
  readonly end: number;
}

const MAX_LINKS = 32;
const MAX_HOST = 253;
const MAX_PATH = 2048;
// A run between CJK characters is joined across its spaces only when it has few of them.
const MAX_JOINED_SPACES = 6;
const TLDTS_OPTIONS = {
  extractHostname: false,
  allowPrivateDomains: false,
  detectIp: true,
} as const;

/** Letters of scripts used for homoglyphs: Latin-1 letters, Latin Extended, Greek, Cyrillic. */
function isConfusableLetter(c: number): boolean {
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x4ff);
}

function isHostChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 45 /* - */ || c === 46 /* . */ || isConfusableLetter(c);
}

/** Characters that may continue a link run (a maximal stretch the scanner looks at). */
function isRunChar(c: number): boolean {
  return (c >= 0x20 && c <= 0x7e) || c === ZERO_WIDTH || isConfusableLetter(c);
}

/** Path characters (RFC 3986 plus `%`), without the delimiters that end a link in prose. */
function isPathChar(c: number): boolean {
  return (
    c > 0x20 &&
    c < 0x7f &&
    c !== 34 /* " */ &&
    c !== 60 /* < */ &&
    c !== 62 /* > */ &&
    c !== 92 /* \ */ &&
    c !== 94 /* ^ */ &&
    c !== 96 /* ` */ &&
    c !== 123 /* { */ &&
    c !== 124 /* | */ &&
    c !== 125 /* } */
  );
}

function isTrailingPunct(c: number): boolean {
  // . , ; : ! ? ' ) ] *
  return (
    c === 46 ||
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 33 ||
    c === 63 ||
    c === 39 ||
    c === 41 ||
    c === 93 ||
    c === 42
  );
}

/** A run squeezed of the spaces and defang brackets that hide a link; `at[k]` maps back to F. */
interface Compact {
  readonly s: string;
  /** Index in F of each unit of `s`; null when `s` is F's slice starting at `offset`. */
  readonly at: readonly number[] | null;
  readonly offset: number;
}

function toFolded(c: Compact, k: number): number {
  return c.at === null ? c.offset + k : c.at[k]!;
}

function lowerAt(f: string, k: number): number {
  const c = f.charCodeAt(k);
  return c >= 65 && c <= 90 ? c | 32 : c;
}

/** "03/15", "2024/3/15", "10:30" at the end of `s`, after a space or at its start. Bounded: linear. */
const DATE_OR_TIME_END = /(?:^|\s)\d{1,4}[/:]\d{1,4}(?:[/:]\d{1,4})?$/;

function endsWithDateOrTime(s: string): boolean {
  return DATE_OR_TIME_END.test(s.length > 16 ? s.slice(-16) : s);
}

function compactRun(f: string, a: number, b: number, joinAll: boolean): Compact {
  let plain = true;
  for (let k = a; k < b && plain; k++) {
    const c = f.charCodeAt(k);
    plain = c !== 32 && c !== ZERO_WIDTH && c !== 91 && c !== 40;
  }
  if (plain) return { s: f.slice(a, b), at: null, offset: a };
  let s = '';
  const at: number[] = [];
  for (let k = a; k < b; k++) {
    const c = f.charCodeAt(k);
    if (c === ZERO_WIDTH) continue;
    // Defanged dots: [.] and (.)
    if ((c === 91 || c === 40) && k + 2 < b && f.charCodeAt(k + 1) === 46) {
      const close = f.charCodeAt(k + 2);
      if ((c === 91 && close === 93) || (c === 40 && close === 41)) {
        s += '.';
        at.push(k + 1);
        k += 2;
        continue;
      }
    }
    if (c === 32) {
      if (joinAll) {
        // A date or a time just before the space ("於03/15 APPLE.COM/BILL消費") is no part of a host.
        if (endsWithDateOrTime(s)) {
          s += ' ';
          at.push(k);
        }
        continue;
      }
      // English prose: join only "usps .com" / "usps. com" / "usps . com" before a lower-case label.
      const prev = s.charCodeAt(s.length - 1);
      const j = skipSpaces(f, k + 1, b);
      const nextC = j < b ? f.charCodeAt(j) : 0;
      const afterDot = j + 1 < b ? f.charCodeAt(j + 1) : 0;
      const beforeDot =
        prev === 46 && isAsciiAlnum(s.charCodeAt(s.length - 2)) && isSpacedLabel(f, j, b);
      // "usps .com", or "usps . com" (the space after the dot is joined at the next step)
      const labelAt = afterDot === 32 ? skipSpaces(f, j + 1, b) : j + 1;
      const dotNext =
        nextC === 46 && isAsciiAlnum(prev) && labelAt < b && isSpacedLabel(f, labelAt, b);
      if (beforeDot || dotNext) {
        k = j - 1;
        continue;
      }
      // Not joined: keep the whole run of spaces, so that it is scanned once, not once a space.
      for (; k < j; k++) {
        s += ' ';
        at.push(k);
      }
      k = j - 1;
      continue;
    }
    s += f[k];
    at.push(k);
  }
  return { s, at, offset: a };
}

/**
 * True when a bare host's last label is a capitalised word ("tickets.Shop", "me.Today"): a
 * sentence run into the next one without a space, not a link (scammers write hosts in lower case,
 * or all in capitals). `host` is as written; a scheme, `www.` or a path still make it a link.
 */
export function endsInCapitalisedWord(host: string): boolean {
  const k = host.lastIndexOf('.') + 1;
  const a = host.charCodeAt(k);
  const b = host.charCodeAt(k + 1);
  return a >= 65 && a <= 90 && b >= 97 && b <= 122;
}

/**
 * Short English words that are also TLDs: after a dot and a space ("R1,250 each. my FNB acc",
 * "done. so") a sentence goes on, it is no spaced-out link.
 */
const PROSE_LABELS: ReadonlySet<string> = new Set([
  'my',
  'us',
  'co',
  'me',
  'so',
  'no',
  'go',
  'do',
  'be',
  'am',
  'at',
  'it',
  'in',
  'is',
  'to',
  'on',
  'or',
  'an',
  'as',
  'by',
  'we',
  'he',
  'hi',
  'ok',
  'id',
  'im',
  'pm',
]);

/**
 * True when a label written after spaces (the "com" of "usps. com") may join a link: lower case,
 * one label (isOneLabel), and no short English word (PROSE_LABELS).
 */
function isSpacedLabel(f: string, p: number, b: number): boolean {
  if (!isLower(f.charCodeAt(p)) || !isOneLabel(f, p, b)) return false;
  let e = p;
  while (e < b && e - p < 3 && isAsciiAlnum(f.charCodeAt(e))) e++;
  return !(
    e - p === 2 &&
    (e === b || !isAsciiAlnum(f.charCodeAt(e))) &&
    PROSE_LABELS.has(f.slice(p, e))
  );
}

/**
 * True when the word at f[p, space or b) holds no dot followed by a letter or digit: one label,
 * maybe with a trailing dot ("com", "evil."), not a host of its own ("netflix.com/x").
 */
function isOneLabel(f: string, p: number, b: number): boolean {
  for (let k = p; k < b; k++) {
    const c = f.charCodeAt(k);
    if (c === 32) return true;
    if (c === 46 && k + 1 < b && isAsciiAlnum(f.charCodeAt(k + 1))) return false;
  }
  return true;
}

interface Candidate {
  readonly url: string;
  readonly startC: number;
  readonly endC: number;
  readonly link: Omit<SmsLink, 'start' | 'end' | 'obfuscation'>;
}

/** Reads `http://`, `https://`, `hxxp://`, `http:` at q (lower-case compare); returns its end or -1. */
function readScheme(
  s: string,
  q: number,
): { end: number; https: boolean; defanged: boolean } | null {
  const h = lowerAt(s, q);
  if (h !== 104 /* h */) return null;
  const t1 = lowerAt(s, q + 1);
  const t2 = lowerAt(s, q + 2);
  const p = lowerAt(s, q + 3);
  if (!((t1 === 116 && t2 === 116) || (t1 === 120 && t2 === 120)) || p !== 112) return null;
  let k = q + 4;
  const https = lowerAt(s, k) === 115;
  if (https) k++;
  if (s.charCodeAt(k) !== 58 /* : */) return null;
  k++;
  for (let n = 0; n < 3 && (s.charCodeAt(k) === 47 || s.charCodeAt(k) === 92); n++) k++;
  return { end: k, https, defanged: t1 === 120 };
}

/** Dotted-quad IPv4: four parts of 1 to 3 digits, each at most 255. */
function isIpv4(host: string): boolean {
  let parts = 0;
  let len = 0;
  let value = 0;
  for (let i = 0; i <= host.length; i++) {
    const c = i < host.length ? host.charCodeAt(i) : 46; /* . ends the last part */
    if (c === 46 /* . */) {
      if (len === 0 || value > 255 || ++parts > 4) return false;
      len = 0;
      value = 0;
    } else if (c >= 48 && c <= 57 && ++len <= 3) {
      value = value * 10 + (c - 48);
    } else return false;
  }
  return parts === 4;
}

function toAsciiHost(host: string): string | null {
  for (let i = 0; i < host.length; i++) {
    if (host.charCodeAt(i) > 0x7f) {
      try {
        return new URL(`http://${host}/`).hostname;
      } catch {
        // Not an encodable IDN: the token is not a link (an expected outcome, not a fault).
        return null;
      }
    }
  }
  return host.toLowerCase();
}

function validLabels(host: string): boolean {
  if (host.length === 0 || host.length > MAX_HOST || !host.includes('.')) return false;
  let len = 0;
  for (let i = 0; i < host.length; i++) {
    if (host.charCodeAt(i) === 46) {
      if (len === 0) return false;
      len = 0;
    } else if (++len > 63) return false;
  }
  return len > 0;
}

/** Parses one link starting at q of the compact string; returns it (or null) and where to go on. */
function parseAt(s: string, q: number): { cand: Candidate | null; next: number } {
  const scheme = readScheme(s, q);
  let k = scheme === null ? q : scheme.end;
  let hostStart = k;
  while (k < s.length && isHostChar(s.charCodeAt(k))) k++;
  // userinfo trick: http://usps.com@evil.top/ -> the host is after '@'.
  if (scheme !== null && s.charCodeAt(k) === 64 /* @ */) {
    hostStart = ++k;
    while (k < s.length && isHostChar(s.charCodeAt(k))) k++;
  }
  let hostEnd = k;
  while (
    hostEnd > hostStart &&
    (s.charCodeAt(hostEnd - 1) === 46 || s.charCodeAt(hostEnd - 1) === 45)
  )
    hostEnd--;
  const fail = { cand: null, next: Math.max(k, q + 1) };
  const rawHost = s.slice(hostStart, hostEnd);
  if (!validLabels(rawHost)) return fail;
  const host = toAsciiHost(rawHost);
  if (host === null) return fail;
  let port: number | null = null;
  let p = hostEnd;
  if (hostEnd === k && s.charCodeAt(p) === 58 /* : */ && isAsciiAlnum(s.charCodeAt(p + 1))) {
    let e = p + 1;
    while (e < s.length && e - p <= 6 && s.charCodeAt(e) >= 48 && s.charCodeAt(e) <= 57) e++;
    const n = Number(s.slice(p + 1, e));
    if (e - p >= 2 && e - p <= 6 && n > 0 && n <= 65535) {
      port = n;
      p = e;
    }
  }
  let pathEnd = p;
  const c0 = s.charCodeAt(p);
  if ((hostEnd === k || port !== null) && (c0 === 47 || c0 === 63 || c0 === 35)) {
    while (pathEnd < s.length && pathEnd - p < MAX_PATH && isPathChar(s.charCodeAt(pathEnd)))
      pathEnd++;
    while (pathEnd > p + 1 && isTrailingPunct(s.charCodeAt(pathEnd - 1))) pathEnd--;
  }
  const path = s.slice(p, pathEnd);
  const ip = isIpv4(host);
  const info = ip ? null : parse(host, TLDTS_OPTIONS);
  const domain = info?.domain ?? null;
  const suffix = info?.publicSuffix ?? null;
  const lastLabel = host.slice(host.lastIndexOf('.') + 1);
  const shortener = SHORTENER_HOSTS.has(host);
  const explicit = scheme !== null || port !== null || path.length > 0;
  const ok = ip
    ? explicit
    : info !== null &&
      info.isIcann === true &&
      domain !== null &&
      (explicit ||
        host.startsWith('www.') ||
        shortener ||
        ((BARE_LINK_TLDS.has(lastLabel) ||
          isSecondLevelSuffix(suffix) ||
          isMadeUpName(domain, suffix) ||
          hasDomainInSubdomain(info.subdomain, info.domainWithoutSuffix) ||
          isFreeHostingHost(host)) &&
          !endsInCapitalisedWord(rawHost)));
  if (!ok) return { cand: null, next: Math.max(pathEnd, q + 1) };
  const https = scheme?.https === true;
  const url = `${https ? 'https' : 'http'}://${host}${port === null ? '' : `:${port}`}${path}`;
  const unicodeHost = host.includes('xn--') ? toUnicodeHost(host) : host;
  return {
    cand: {
      url,
      startC: q,
      endC: pathEnd,
      link: {
        url,
        host,
        unicodeHost,
        domain,
        publicSuffix: suffix,
        isIp: ip,
        port,
        path,
        isIdn: host.includes('xn--'),
        isShortener: shortener,
      },
    },
    next: Math.max(pathEnd, q + 1),
  };
}

/** How a link's original text differs from its plain form. */
function obfuscationOf(text: string, folded: string, start: number, end: number): string[] {
  const how: string[] = [];
  for (let i = start; i < end; i++) {
    const o = text.charCodeAt(i);
    const f = folded.charCodeAt(i);
    if (f === 32) addOnce(how, 'spaces');
    else if (f === ZERO_WIDTH) addOnce(how, 'zero-width');
    else if (o === 0x3002 || o === 0xff61 || o === 0xfe52 || o === 0xff0e)
      addOnce(how, 'ideographic-dot');
    else if (o !== f) addOnce(how, 'full-width');
    else if ((o === 91 || o === 40) && folded.charCodeAt(i + 1) === 46)
      addOnce(how, 'defanged-dot');
    else if (o === 64 /* @ */) addOnce(how, 'userinfo');
  }
  const head = folded.slice(start, start + 4).toLowerCase();
  if (head === 'hxxp') addOnce(how, 'hxxp');
  return how;
}

function addOnce(how: string[], h: string): void {
  if (!how.includes(h)) how.push(h);
}

/**
 * True when `host` (lower-case ASCII, written with no scheme, port or path) is a link by the rule
 * extractLinks applies to bare hosts: `www.`, a shortener, a TLD of BARE_LINK_TLDS, a made-up
 * name (isMadeUpName) or a name behind a domain-like subdomain (hasDomainInSubdomain) under any
 * ICANN TLD, or a site on free hosting (isFreeHostingHost). The SMS featuriser asks it for the
 * hosts its own short TLD list does not know, so the text model and the rules agree on what a
 * link is.
 */
export function isBareLinkHost(host: string): boolean {
  if (host.startsWith('www.') || SHORTENER_HOSTS.has(host)) return true;
  const info = parse(host, TLDTS_OPTIONS);
  if (info.isIp === true || info.isIcann !== true || info.domain === null) return false;
  return (
    BARE_LINK_TLDS.has(host.slice(host.lastIndexOf('.') + 1)) ||
    isSecondLevelSuffix(info.publicSuffix) ||
    isMadeUpName(info.domain, info.publicSuffix) ||
    hasDomainInSubdomain(info.subdomain, info.domainWithoutSuffix) ||
    isFreeHostingHost(host)
  );
}

/**
 * A public suffix of two labels or more (`gov.za`, `co.ke`, `com.ng`, `gc.ca`): a name registered
 * under one is a domain however it is written (`eservices.capetown.gov.za`), where prose never has
 * two known labels after a name, whatever the country's TLD is as a word (`in`, `is`, `it`).
 */
function isSecondLevelSuffix(suffix: string | null | undefined): boolean {
  return suffix?.includes('.') === true;
}

/** A site on a free hosting platform (FREE_HOSTING_SUFFIXES): `name.pages.dev`. */
export function isFreeHostingHost(host: string): boolean {
  return FREE_HOSTING_SUFFIXES.some((s) => isSubdomainOf(host, s));
}

/** Labels that end a domain name: one in the subdomain (`usps.com.evil.help`) is a disguise. */
const DOMAIN_END_LABELS: ReadonlySet<string> = new Set(['com', 'net', 'org', 'gov', 'co', 'cn']);

/**
 * A subdomain that is itself written like a domain (`usps.com` of `usps.com.evil.help`), or a
 * registrable label that is a domain's ending under another TLD (`ybj-gov.cn.cm`: a `.gov.cn` site
 * in disguise): a brand's name put in front of the scammer's own domain. Prose never has three
 * dotted words with `com` or `cn` among the first.
 */
function hasDomainInSubdomain(subdomain: string | null, label: string | null): boolean {
  if (subdomain === null || subdomain === '') return false;
  if (label !== null && DOMAIN_END_LABELS.has(label)) return true;
  const labels = subdomain.split('.');
  for (let i = 1; i < labels.length; i++) if (DOMAIN_END_LABELS.has(labels[i]!)) return true;
  return false;
}

/**
 * True when a registrable name is built like a registered one, not like two words with the space
 * missing: a hyphen in the label (`netflix-billing.help`), or letters with two digits or more in
 * a label of five characters or more (`ms365.support`; textspeak `2day.love` is prose). Then any
 * ICANN TLD counts, not only BARE_LINK_TLDS; `done.now` or `see.you` stay prose.
 */
function isMadeUpName(domain: string, suffix: string | null): boolean {
  const end = suffix === null ? domain.length : domain.length - suffix.length - 1;
  let digits = 0;
  for (let i = 0; i < end; i++) {
    const c = domain.charCodeAt(i);
    if (c === 45) return true;
    if (c >= 48 && c <= 57) digits++;
  }
  return end >= 5 && digits >= 2 && digits < end - 1;
}

/**
 * Finds the links in an SMS. `folded` may be passed when the caller already folded the text
 * (toFoldedText). Never throws; at most 32 links; linear in the text length.
 */
export function extractLinks(text: string, folded: string = toFoldedText(text)): SmsLink[] {
  const links: SmsLink[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n && links.length < MAX_LINKS) {
    const dot = folded.indexOf('.', i);
    if (dot < 0) break;
    let a = dot;
    while (a > i && isRunChar(folded.charCodeAt(a - 1))) a--;
    let b = dot + 1;
    while (b < n && isRunChar(folded.charCodeAt(b))) b++;
    i = b;
    const cjkSide =
      (a > 0 && isCjkCode(folded.charCodeAt(a - 1))) || (b < n && isCjkCode(folded.charCodeAt(b)));
    while (a < b && folded.charCodeAt(a) === 32) a++;
    while (b > a && folded.charCodeAt(b - 1) === 32) b--;
    let spaces = 0;
    for (let k = a; k < b && spaces <= MAX_JOINED_SPACES; k++)
      if (folded.charCodeAt(k) === 32) spaces++;
    const spaced = cjkSide && spaces <= MAX_JOINED_SPACES ? null : letterSpaced(folded, a, b, dot);
    if (spaced !== null) {
      // "請於今日更新：p o s t - t w . c c": one character at a time
      scanTokens(text, folded, a, spaced[0], links);
      scanCompact(text, folded, compactRun(folded, spaced[0], spaced[1], true), links);
      scanTokens(text, folded, spaced[1], b, links);
    } else if (cjkSide && spaces <= MAX_JOINED_SPACES)
      scanCompact(text, folded, compactRun(folded, a, b, true), links);
    else scanTokens(text, folded, a, b, links);
  }
  return links;
}

/** The fewest one-character tokens a letter-spaced host is read from ("p o s t . c c" has 7). */
const MIN_SPACED_CHARS = 6;

/** f[k] is a host character standing alone (no host character beside it but a full stop) in [a, b). */
function isLoneHostChar(f: string, k: number, a: number, b: number): boolean {
  return (
    isHostChar(f.charCodeAt(k)) &&
    (k === a || !isHostChar(f.charCodeAt(k - 1))) &&
    (k + 1 === b ||
      !isHostChar(f.charCodeAt(k + 1)) ||
      // a sentence's full stop after the last one ("… . c c。")
      (f.charCodeAt(k + 1) === 46 && (k + 2 === b || !isHostChar(f.charCodeAt(k + 2)))))
  );
}

/**
 * The span of a host written one character at a time around the dot at `dot` ("p o s t - t w . c c"),
 * single spaces between them, at least MIN_SPACED_CHARS characters with two on each side of the dot;
 * else null. Each unit is looked at once: linear.
 */
function letterSpaced(f: string, a: number, b: number, dot: number): [number, number] | null {
  if (!isLoneHostChar(f, dot, a, b)) return null;
  let s = dot;
  while (s - 2 >= a && f.charCodeAt(s - 1) === 32 && isLoneHostChar(f, s - 2, a, b)) s -= 2;
  let e = dot;
  while (e + 2 < b && f.charCodeAt(e + 1) === 32 && isLoneHostChar(f, e + 2, a, b)) e += 2;
  const before = (dot - s) / 2;
  const after = (e - dot) / 2;
  return before >= 2 && after >= 2 && before + after + 1 >= MIN_SPACED_CHARS ? [s, e + 1] : null;
}

/** Spaced-dot joins after one token ("www. evil. com" is two): bounded work per token. */
const MAX_SPACED_JOINS = 2;

function skipSpaces(f: string, p: number, b: number): number {
  while (p < b && f.charCodeAt(p) === 32) p++;
  return p;
}

function wordEnd(f: string, p: number, b: number): number {
  while (p < b && f.charCodeAt(p) !== 32) p++;
  return p;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * Prose run: only the space-delimited tokens holding a dot can be links, plus the spaced-dot
 * joins of compactRun ("usps .com", "usps. com"). Each unit is looked at a bounded number of times.
 */
function scanTokens(text: string, f: string, a: number, b: number, links: SmsLink[]): void {
  let cursor = a;
  while (cursor < b && links.length < MAX_LINKS) {
    const d = f.indexOf('.', cursor);
    if (d < 0 || d >= b) return;
    let ts = d;
    while (ts > cursor && f.charCodeAt(ts - 1) !== 32) ts--;
    let te = wordEnd(f, d + 1, b);
    // "usps .com", "usps . com": pull in the word before the spaces.
    if (ts === d && ts > cursor) {
      let p = ts;
      while (p > cursor && f.charCodeAt(p - 1) === 32) p--;
      const q = skipSpaces(f, d + 1, b);
      if (
        p < ts &&
        p > cursor &&
        isAsciiAlnum(f.charCodeAt(p - 1)) &&
        q < b &&
        isLower(f.charCodeAt(q)) &&
        (q === d + 1 || isSpacedLabel(f, q, b))
      ) {
        while (p > cursor && f.charCodeAt(p - 1) !== 32) p--;
        ts = p;
        if (q > d + 1) te = wordEnd(f, q, b);
      }
    }
    // "usps. com", "www. evil. com", "www.evil .top": pull in the labels after the spaces, unless
    // one is a host of its own: in "sign-in. netflix.com/x" the dot ends a sentence.
    for (let joins = 0; joins < MAX_SPACED_JOINS && te < b; joins++) {
      const p = skipSpaces(f, te, b);
      if (p === te || p >= b) break;
      if (f.charCodeAt(te - 1) === 46) {
        if (!isSpacedLabel(f, p, b)) break;
        te = wordEnd(f, p, b);
      } else if (f.charCodeAt(p) === 46 && isAsciiAlnum(f.charCodeAt(te - 1))) {
        const q = p + 1 < b && f.charCodeAt(p + 1) === 32 ? skipSpaces(f, p + 1, b) : p + 1;
        if (q >= b || !isSpacedLabel(f, q, b)) break;
        te = wordEnd(f, q, b);
      } else break;
    }
    scanCompact(text, f, compactRun(f, ts, te, false), links);
    cursor = te;
  }
}

function scanCompact(text: string, folded: string, c: Compact, links: SmsLink[]): void {
  const s = c.s;
  let q = 0;
  while (q < s.length && links.length < MAX_LINKS) {
    const ch = s.charCodeAt(q);
    if (!isAsciiAlnum(ch) && !isConfusableLetter(ch)) {
      q++;
      continue;
    }
    // The domain of an e-mail address (j.smith@example.co.uk) is not a link: skip it whole.
    if (q > 0 && s.charCodeAt(q - 1) === 64 /* @ */) {
      while (q < s.length && isHostChar(s.charCodeAt(q))) q++;
      continue;
    }
    // Start only at a token boundary: "abc10086wds.cn" is one host, not "10086wds.cn".
    const { cand, next } = parseAt(s, q);
    if (cand !== null) {
      const start = toFolded(c, cand.startC);
      const end = toFolded(c, cand.endC - 1) + 1;
      const l = cand.link;
      // Every field, in one order (a spread of `l` builds a slower, differently shaped object).
      links.push({
        url: l.url,
        host: l.host,
        unicodeHost: l.unicodeHost,
        domain: l.domain,
        publicSuffix: l.publicSuffix,
        isIp: l.isIp,
        port: l.port,
        path: l.path,
        isIdn: l.isIdn,
        isShortener: l.isShortener,
        obfuscation: obfuscationOf(text, folded, start, end),
        start,
        end,
      });
    }
    q = next;
  }
}

function isAsciiLetterCode(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

/** Characters of an e-mail address's local part (before the `@`). */
function isLocalChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 46 || c === 95 || c === 45 || c === 43 || c === 37;
}

/**
 * E-mail addresses in `folded` (toFoldedText of the message), as spans: a local part, `@`, and a
 * host with a dot and a last label of two or more letters. An `@` inside a link (its userinfo) is
 * the link's. Never throws; at most 32; linear in the text length (each `@` reads at most 64
 * characters before and 253 after it).
 */
export function findEmailAddresses(folded: string, linkSpans: readonly Span[] = []): Span[] {
  const out: Span[] = [];
  let at = folded.indexOf('@');
  let from = 0;
  while (at >= 0 && out.length < MAX_LINKS) {
    let s = at;
    while (s > from && s > at - 64 && isLocalChar(folded.charCodeAt(s - 1))) s--;
    let e = at + 1;
    let lastDot = -1;
    while (e < folded.length && e - at <= 253 && isHostChar(folded.charCodeAt(e))) {
      if (folded.charCodeAt(e) === 46) lastDot = e;
      e++;
    }
    while (e > at + 1 && (folded.charCodeAt(e - 1) === 46 || folded.charCodeAt(e - 1) === 45)) e--;
    if (lastDot >= e) {
      lastDot = folded.lastIndexOf('.', e - 1);
      if (lastDot <= at) lastDot = -1;
    }
    let tld = 0;
    for (let k = lastDot + 1; lastDot > at && k < e && isAsciiLetterCode(folded.charCodeAt(k)); k++)
      tld++;
    const inLink = linkSpans.some(([ls, le]) => at >= ls && at < le);
    if (s < at && lastDot > at + 1 && tld >= 2 && tld === e - lastDot - 1 && !inLink) {
      out.push([s, e]);
    }
    from = Math.max(e, at + 1);
    at = folded.indexOf('@', from);
  }
  return out;
}
