/**
 * Network indicators in refanged text: URLs (with PDF line-wrap repair), domains, IPv4, IPv6,
 * CIDR networks and e-mail addresses. Every pattern is bounded and anchored on a cheap first
 * character so a scan is linear in the text. Pure: tldts and ipaddr.js only.
 */
import ipaddr from 'ipaddr.js';
import { isDomainInProse, toDomain } from './domain-rules.js';
import type { Occurrence } from './types.js';

/** What the matchers need to know about the text beyond its refanged form. */
export type ScanContext = {
  readonly text: string;
  /** True when the span [start, end) of `text` was written defanged. */
  readonly isDefanged: (start: number, end: number) => boolean;
};

const URL_RE =
  /\b(?:https?|s?ftps?|wss?):\/\/[^\s<>"'`{}|\\^\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF]{1,2048}/gi;
const URL_TAIL_RE = /^[^\s<>"'`{}|\\^\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF]{1,2048}/;
const IPV4_RE = /^(?:\d{1,3}\.){3}\d{1,3}$/;
const VERSION_CONTEXT_RE =
  /(?:\bv|\bver|version|versions|build|release|chrome|firefox|edge|safari|windows|kernel|firmware|update|agent|os)\s*$/i;
const EMAIL_LOCAL = /[\w.%+-]/;
const EMAIL_DOMAIN = /[A-Za-z0-9.-]/;

/** Canonical dotted-quad, or undefined when any octet is out of range. */
export function toIpv4(s: string): string | undefined {
  if (!IPV4_RE.test(s)) return undefined;
  const parts = s.split('.').map((p) => Number.parseInt(p, 10));
  return parts.every((n) => n <= 255) ? parts.join('.') : undefined;
}

/** RFC 5952 text of an IPv6 address (IPv4-mapped tail kept dotted), or undefined. */
export function toIpv6(s: string): string | undefined {
  if (!/[0-9a-f]/i.test(s) || !ipaddr.IPv6.isValid(s)) return undefined;
  if (!s.includes('::') && s.split(':').length < 8 && !s.includes('.')) return undefined;
  const addr = ipaddr.IPv6.parse(s);
  if (addr.isIPv4MappedAddress()) return `::ffff:${addr.toIPv4Address().toString()}`;
  return addr.toString();
}

function trimUrl(url: string): string {
  let u = url;
  const md = u.indexOf('](');
  if (md > 0) u = u.slice(0, md);
  for (;;) {
    const last = u.charAt(u.length - 1);
    if ('.,;:!?\'"*'.includes(last) && u.length > 0) u = u.slice(0, -1);
    else if (last === ')' && count(u, '(') < count(u, ')')) u = u.slice(0, -1);
    else if (last === ']' && count(u, '[') < count(u, ']')) u = u.slice(0, -1);
    else return u;
  }
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

type UrlHost = { type: 'domain' | 'ipv4' | 'ipv6'; value: string; start: number; end: number };

/** Host of a URL (after `://`), validated; positions relative to the URL string. */
function urlHost(url: string): UrlHost | undefined {
  const hostStart = url.indexOf('://') + 3;
  let end = hostStart;
  while (end < url.length && !'/?#'.includes(url.charAt(end))) end++;
  const authority = url.slice(hostStart, end);
  const at = authority.lastIndexOf('@');
  const hs = at >= 0 ? hostStart + at + 1 : hostStart;
  if (url.charAt(hs) === '[') {
    const close = url.indexOf(']', hs);
    if (close < 0 || close > end) return undefined;
    const v6 = toIpv6(url.slice(hs + 1, close));
    return v6 === undefined ? undefined : { type: 'ipv6', value: v6, start: hs + 1, end: close };
  }
  const colon = url.indexOf(':', hs);
  const he = colon >= 0 && colon < end ? colon : end;
  const host = url.slice(hs, he);
  const v4 = toIpv4(host);
  if (v4 !== undefined) return { type: 'ipv4', value: v4, start: hs, end: he };
  const domain = toDomain(host.endsWith('.') ? host.slice(0, -1) : host);
  return domain === undefined ? undefined : { type: 'domain', value: domain, start: hs, end: he };
}

function canonicalUrl(url: string, host: UrlHost): string {
  const scheme = url.slice(0, url.indexOf('://')).toLowerCase();
  const hostText =
    host.type === 'ipv6' ? host.value : url.slice(host.start, host.end).toLowerCase();
  return `${scheme}://${url.slice(url.indexOf('://') + 3, host.start)}${hostText}${url.slice(host.end)}`;
}

// PDF text breaks long URLs at the line end. A break is joined only on a long line, when the URL
// is visibly unfinished or the next line carries URL syntax and does not start a sentence.
const MIN_WRAPPED_LINE = 50;
const JOINABLE_END = '/-_=&?%#.';

function wrapContinuation(
  text: string,
  urlStart: number,
  end: number,
  url: string,
): string | undefined {
  let next = end;
  if (text.charCodeAt(next) === 13 /* \r */) next++;
  if (text.charCodeAt(next) !== 10 /* \n */) return undefined;
  const lineStart = text.lastIndexOf('\n', urlStart - 1) + 1;
  if (end - lineStart < MIN_WRAPPED_LINE) return undefined;
  const tail = URL_TAIL_RE.exec(text.slice(next + 1, next + 2050))?.[0];
  if (tail === undefined || /^(?:[A-Z][a-z]|[a-z]+:\/\/|[-*•])/.test(tail)) return undefined;
  const unfinished = JOINABLE_END.includes(url.charAt(url.length - 1));
  return unfinished || /[/=&?%]/.test(tail) ? text.slice(end, next + 1) + tail : undefined;
}

/** URLs, plus the domain or address each one names. Returns the URL spans for masking. */
export function matchUrls(ctx: ScanContext, out: Occurrence[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const { text } = ctx;
  if (!text.includes('://')) return spans;
  for (const m of text.matchAll(URL_RE)) {
    const start = m.index;
    let raw = m[0];
    for (let joins = 0; joins < 3; joins++) {
      const cont = wrapContinuation(text, start, start + raw.length, raw);
      if (cont === undefined) break;
      raw += cont;
    }
    const trimmed = trimUrl(raw);
    const url = trimmed.replace(/\r?\n/g, '');
    const host = urlHost(url);
    spans.push([start, start + raw.length]);
    if (host === undefined) continue;
    out.push({ type: 'url', value: canonicalUrl(url, host), start, end: start + trimmed.length });
    const hostOffset = start + trimmed.indexOf(url.slice(host.start, host.end));
    out.push({
      type: host.type,
      value: host.value,
      start: hostOffset,
      end: hostOffset + host.end - host.start,
    });
  }
  return spans;
}

function insideSpan(
  spans: ReadonlyArray<[number, number]>,
  pos: number,
  cursor: { i: number },
): boolean {
  while (cursor.i < spans.length && spans[cursor.i]![1] <= pos) cursor.i++;
  const s = spans[cursor.i];
  return s !== undefined && s[0] <= pos && pos < s[1];
}

function cidrSuffix(text: string, end: number, max: number): string | undefined {
  if (text.charCodeAt(end) !== 47 /* / */) return undefined;
  const m = /^\d{1,3}(?!\d|\.\d)/.exec(text.slice(end + 1, end + 5));
  if (m === null || Number(m[0]) > max) return undefined;
  return m[0];
}

function pushIpv4(
  text: string,
  m: { start: number; end: number; v4: string },
  out: Occurrence[],
): void {
  const before = text.slice(Math.max(0, m.start - 12), m.start);
  if (VERSION_CONTEXT_RE.test(before)) return;
  const bits = cidrSuffix(text, m.end, 32);
  if (bits === undefined) {
    out.push({ type: 'ipv4', value: m.v4, start: m.start, end: m.end });
  } else {
    out.push({
      type: 'cidr',
      value: `${m.v4}/${Number(bits)}`,
      start: m.start,
      end: m.end + 1 + bits.length,
    });
  }
}

// Character classes for the hand scanners (one byte per UTF-16 unit below 128).
const HOST_CHAR = new Uint8Array(128); // [A-Za-z0-9_-]
const V6_CHAR = new Uint8Array(128); // [0-9A-Fa-f:.]
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  HOST_CHAR[c] = /[\w-]/.test(ch) ? 1 : 0;
  V6_CHAR[c] = /[0-9A-Fa-f:.]/.test(ch) ? 1 : 0;
}

function isHostChar(c: number): boolean {
  return c < 128 && HOST_CHAR[c] === 1;
}

/** End of the dotted token that starts at `start`: labels of [A-Za-z0-9_-] joined by single dots. */
function dottedTokenEnd(text: string, start: number): number {
  let i = start;
  for (;;) {
    while (i < text.length && isHostChar(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== 46 /* . */ || !isHostChar(text.charCodeAt(i + 1))) return i;
    i++;
  }
}

function hostToken(ctx: ScanContext, start: number, end: number, out: Occurrence[]): void {
  const { text } = ctx;
  const token = text.slice(start, end);
  const v4 = toIpv4(token);
  if (v4 !== undefined) {
    pushIpv4(text, { start, end, v4 }, out);
    return;
  }
  const domain = toDomain(token);
  if (domain === undefined) return;
  const ok = isDomainInProse(domain, {
    token,
    defanged: ctx.isDefanged(start, end),
    before: text.slice(Math.max(0, start - 40), start),
    prevChar: text.charAt(start - 1),
  });
  if (ok) out.push({ type: 'domain', value: domain, start, end });
}

/**
 * Domains, IPv4 addresses and IPv4 networks outside the given URL spans. Finds dots with indexOf
 * and looks at each dotted token once, so prose without dots costs almost nothing.
 */
export function matchHosts(
  ctx: ScanContext,
  spans: ReadonlyArray<[number, number]>,
  out: Occurrence[],
): void {
  const { text } = ctx;
  const cursor = { i: 0 };
  let resume = 0;
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', Math.max(dot + 1, resume))) {
    if (
      dot < resume ||
      !isHostChar(text.charCodeAt(dot - 1)) ||
      !isHostChar(text.charCodeAt(dot + 1))
    )
      continue;
    let start = dot - 1;
    while (start > 0 && isHostChar(text.charCodeAt(start - 1))) start--;
    const before = text.charCodeAt(start - 1);
    const end = dottedTokenEnd(text, start);
    resume = end;
    // a token glued to a dot, or to a longer run of dots, is part of something else (1.2.3.4.5, ..a.b)
    if (before === 46 /* . */ || before === 64 /* @ */ || text.charCodeAt(end) === 64 /* @ */)
      continue;
    if (end - start > 253 || insideSpan(spans, start, cursor)) continue;
    hostToken(ctx, start, end, out);
  }
}

function isV6Char(c: number): boolean {
  return c < 128 && V6_CHAR[c] === 1;
}

/** IPv6 addresses and networks outside URL spans, found from each ':' with a hex or ':' neighbour. */
export function matchIpv6(
  ctx: ScanContext,
  spans: ReadonlyArray<[number, number]>,
  out: Occurrence[],
): void {
  const { text } = ctx;
  const cursor = { i: 0 };
  let resume = 0;
  for (
    let colon = text.indexOf(':');
    colon >= 0;
    colon = text.indexOf(':', Math.max(colon + 1, resume))
  ) {
    if (
      colon < resume ||
      !isV6Char(text.charCodeAt(colon + 1)) ||
      text.charCodeAt(colon + 1) === 46
    )
      continue;
    let start = colon;
    while (start > 0 && isV6Char(text.charCodeAt(start - 1)) && colon - start < 45) start--;
    let end = colon + 1;
    while (end < text.length && isV6Char(text.charCodeAt(end)) && end - start < 46) end++;
    resume = end;
    while (start < colon && text.charCodeAt(start) === 46) start++;
    while (end > colon && text.charCodeAt(end - 1) === 46) end--;
    const prev = text.charCodeAt(start - 1);
    if (isHostChar(prev) || isHostChar(text.charCodeAt(end)) || insideSpan(spans, start, cursor))
      continue;
    const v6 = toIpv6(text.slice(start, end));
    if (v6 === undefined) continue;
    const bits = cidrSuffix(text, end, 128);
    if (bits === undefined) out.push({ type: 'ipv6', value: v6, start, end });
    else
      out.push({ type: 'cidr', value: `${v6}/${Number(bits)}`, start, end: end + 1 + bits.length });
  }
}

/** E-mail addresses: found from each '@', so text without one costs one indexOf. */
export function matchEmails(
  ctx: ScanContext,
  spans: ReadonlyArray<[number, number]>,
  out: Occurrence[],
): void {
  const { text } = ctx;
  const cursor = { i: 0 };
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let a = at;
    while (a > 0 && at - a < 64 && EMAIL_LOCAL.test(text.charAt(a - 1))) a--;
    while (text.charAt(a) === '.') a++;
    let b = at + 1;
    while (b < text.length && b - at <= 253 && EMAIL_DOMAIN.test(text.charAt(b))) b++;
    while (b > at + 1 && '.-'.includes(text.charAt(b - 1))) b--;
    if (a === at || b === at + 1 || insideSpan(spans, a, cursor)) continue;
    const local = text.slice(a, at);
    const domain = toDomain(text.slice(at + 1, b));
    if (domain === undefined || local.includes('..')) continue;
    out.push({ type: 'email', value: `${local.toLowerCase()}@${domain}`, start: a, end: b });
  }
}
