/**
 * Lookups over the official-sender registry (data/official-senders.ts): by number, by
 * alphanumeric sender ID, by host. Indexes are built on first use. Pure: imports only core.
 */
import { SHOP_SUBDOMAIN_DOMAINS, USER_CONTENT_HOSTS } from './data/link-lists.js';
import { OFFICIAL_SENDERS, type OfficialSender } from './data/official-senders.js';

interface RegistryIndex {
  readonly byNumber: ReadonlyMap<string, OfficialSender>;
  readonly bySenderId: ReadonlyMap<string, OfficialSender>;
  /** Sender-ID skeleton (senderIdSkeleton) -> organisation, for IDs that imitate a registered one. */
  readonly bySkeleton: ReadonlyMap<string, OfficialSender>;
  /** Official host -> organisation (the registry's domains). */
  readonly byDomain: ReadonlyMap<string, OfficialSender>;
  readonly byId: ReadonlyMap<string, OfficialSender>;
}

let index: RegistryIndex | null = null;

function buildIndex(): RegistryIndex {
  const byNumber = new Map<string, OfficialSender>();
  const bySenderId = new Map<string, OfficialSender>();
  const bySkeleton = new Map<string, OfficialSender>();
  const byDomain = new Map<string, OfficialSender>();
  const byId = new Map<string, OfficialSender>();
  for (const s of OFFICIAL_SENDERS as readonly OfficialSender[]) {
    byId.set(s.id, s);
    for (const n of s.numbers) byNumber.set(n, s);
    for (const id of s.senderIds) {
      bySenderId.set(senderIdKey(id), s);
      const skeleton = senderIdSkeleton(id);
      if (skeleton.length >= MIN_SKELETON) bySkeleton.set(skeleton, s);
    }
    // A shared domain (gov.uk) names its first row: the registry's order decides.
    for (const d of s.domains) if (!byDomain.has(d)) byDomain.set(d, s);
  }
  return { byNumber, bySenderId, bySkeleton, byDomain, byId };
}

function getIndex(): RegistryIndex {
  if (index === null) index = buildIndex();
  return index;
}

/** The organisation whose own service number this is, or null. */
export function findSenderByNumber(digits: string): OfficialSender | null {
  return getIndex().byNumber.get(digits) ?? null;
}

/**
 * The organisation using this alphanumeric sender ID, or null: case-insensitive, and blind to the
 * separators a phone shows or drops (`gov.sg` and `govsg`, `An Post` and `AnPost`).
 */
export function findSenderById(senderId: string): OfficialSender | null {
  return getIndex().bySenderId.get(senderIdKey(senderId)) ?? null;
}

/**
 * The organisation whose registered sender ID this one imitates, or null: the same ID once the
 * characters a phone's font makes alike are taken as one (`PayPaI` with a capital i for `PayPal`,
 * `Amaz0n`, `NETFLlX`, `rn` for `m`), but not the ID itself (callers look it up first). IDs of
 * fewer than four characters are never read as imitations: too many short IDs are alike.
 */
export function findSenderByLookalikeId(senderId: string): OfficialSender | null {
  if (findSenderById(senderId) !== null) return null;
  const skeleton = senderIdSkeleton(senderId);
  if (skeleton.length < MIN_SKELETON) return null;
  return getIndex().bySkeleton.get(skeleton) ?? null;
}
const MIN_SKELETON = 4;

/** senderIdKey with the confusable characters of a phone's font merged: i, 1, | and ! as l; 0 as o; rn as m; vv as w. */
function senderIdSkeleton(id: string): string {
  return senderIdKey(id)
    .replace(CONFUSABLE_L, 'l')
    .replace(CONFUSABLE_O, 'o')
    .replace(CONFUSABLE_M, 'm')
    .replace(CONFUSABLE_W, 'w');
}
const CONFUSABLE_L = /[i1|!]/g;
const CONFUSABLE_O = /0/g;
const CONFUSABLE_M = /rn/g;
const CONFUSABLE_W = /vv/g;

/** A sender ID lower-cased without spaces, dots, dashes and brackets. */
function senderIdKey(id: string): string {
  return id.replace(SENDER_ID_SEPARATORS, '').toLowerCase();
}
const SENDER_ID_SEPARATORS = /[\s.()-]/g;

/** The registry row with this id, or null. */
export function findSenderByRegistryId(id: string): OfficialSender | null {
  return getIndex().byId.get(id) ?? null;
}

/**
 * The organisation that owns `host` (lower-case ASCII), or null: the host is one of its domains
 * or a subdomain of one, and not a host where anyone publishes (isUserContentHost: a form or a
 * shop is on the brand's domain but not the brand's word). Walks the host's suffixes, so O(labels).
 */
export function findOfficialOwner(host: string): OfficialSender | null {
  return isUserContentHost(host) ? null : findHostingOwner(host);
}

/**
 * The organisation whose domain `host` is or is under, user-content hosts included
 * (`docs.google.com`: Google, though what is published there is anyone's word), or null.
 */
export function findHostingOwner(host: string): OfficialSender | null {
  const byDomain = getIndex().byDomain;
  let h = host;
  for (;;) {
    const s = byDomain.get(h);
    if (s !== undefined) return s;
    const dot = h.indexOf('.');
    if (dot < 0) return null;
    h = h.slice(dot + 1);
  }
}

/** The official domain of `sender` that `host` is or is a subdomain of, or null (and null for a user-content host). */
export function officialDomainOf(host: string, sender: OfficialSender): string | null {
  if (isUserContentHost(host)) return null;
  for (const d of sender.domains) if (host === d || isSubdomainOf(host, d)) return d;
  return null;
}

/** True when `host` is a subdomain of `domain`: `a.pages.dev` of `pages.dev`, not `pages.dev`. */
export function isSubdomainOf(host: string, domain: string): boolean {
  return (
    host.length > domain.length + 1 &&
    host.endsWith(domain) &&
    host.charCodeAt(host.length - domain.length - 1) === 46 /* . */
  );
}

/** True when `host` is one of `sender`'s official domains or a subdomain of one. */
export function isOfficialHostOf(host: string, sender: OfficialSender): boolean {
  return officialDomainOf(host, sender) !== null;
}

/**
 * The key a phone number is compared by: its national form, so that `+44 345 300 0000`, `0044 345
 * 300 0000` and `0345 300 0000` meet, as do `1-800-935-9935` and `800-935-9935`, or `+86 400 606
 * 5500` and `400-606-5500`, or `+852 2233 3000` and `2233 3000`, or `+91 1800 111 109` and
 * `1800111109`, or `+27 860 102 043` and `0860 102 043`, or `+60 1300 88 6688` and `1300 88 6688`. Digits only in; a number of no known country is its digits.
 */
// 7 digits only: "86" and a 5-digit line. An 8-digit "8695 1365" is a Hong Kong number, not +86 951365.
const CN_SERVICE_ABROAD = /^86(?:1\d{4}|95\d{3})$/;

export function toPhoneKey(digits: string): string {
  const d = digits.startsWith('00') ? digits.slice(2) : digits;
  if (d.startsWith('44') && d.length >= 11) {
    const rest = d.slice(2);
    return rest.startsWith('0') ? rest : `0${rest}`;
  }
  if (d.startsWith('86') && d.length >= 12) return d.slice(2);
  // a Chinese service number dialled from abroad: "+86-10086", "+86 95588"
  if (CN_SERVICE_ABROAD.test(d)) return d.slice(2);
  // India: +91 and 10 digits (a toll-free 1800 line is written without a trunk prefix)
  if (d.startsWith('91') && d.length === 12) return d.slice(2);
  // and its 1800 / 1860 lines of 8 to 11 digits ("1800 1080", "1860 120 7777")
  if ((d.startsWith('911800') || d.startsWith('911860')) && d.length >= 10 && d.length <= 13)
    return d.slice(2);
  if (d.startsWith('1') && d.length === 11) return d.slice(1);
  // South Africa (+27, 9 digits), the Philippines (+63, 9 or 10), Taiwan (+886, 8 or 9) and Malaysia
  // (+60, 9 or 10) dial a trunk 0 at home; a Malaysian 1300 / 1800 line is written without one
  if (
    (d.startsWith('27') && d.length === 11) ||
    (d.startsWith('63') && (d.length === 11 || d.length === 12))
  ) {
    return `0${d.slice(2)}`;
  }
  if (d.startsWith('886') && (d.length === 11 || d.length === 12)) return `0${d.slice(3)}`;
  // Kenya (+254, 9 digits) dials a trunk 0 at home ("0722 000 000")
  if (d.startsWith('254') && d.length === 12) return `0${d.slice(3)}`;
  // New Zealand (+64) and Ireland (+353) dial a trunk 0 at home too
  if (d.startsWith('64') && (d.length === 10 || d.length === 11)) return `0${d.slice(2)}`;
  if (d.startsWith('353') && (d.length === 11 || d.length === 12)) return `0${d.slice(3)}`;
  // Australia (+61): 9 digits after a trunk 0 at home; a "13 22 21" line is dialled as written
  if (d.startsWith('61') && d.length === 11) return `0${d.slice(2)}`;
  if (d.startsWith('6113') && d.length === 8) return d.slice(2);
  // the UAE (+971): a trunk 0 at home, but its 600 and 800 service lines are dialled as written
  if (d.startsWith('971') && (d.length === 11 || d.length === 12)) {
    const rest = d.slice(3);
    return rest.startsWith('600') || rest.startsWith('800') ? rest : `0${rest}`;
  }
  if (d.startsWith('60') && (d.length === 11 || d.length === 12)) {
    const rest = d.slice(2);
    return rest.startsWith('1300') || rest.startsWith('1800') ? rest : `0${rest}`;
  }
  // Hong Kong, Macau and Singapore numbers are 8 digits with no trunk prefix
  if (
    ((d.startsWith('852') || d.startsWith('853')) && d.length === 11) ||
    (d.startsWith('65') && d.length === 10)
  ) {
    return d.slice(-8);
  }
  return d;
}

const PHONE_KEYS = new WeakMap<OfficialSender, ReadonlySet<string>>();

/** True when `digits` (a number as written, digits only) is one of the organisation's own lines or service numbers. */
export function isOfficialPhoneOf(digits: string, sender: OfficialSender): boolean {
  let keys = PHONE_KEYS.get(sender);
  if (keys === undefined) {
    keys = new Set([...(sender.phones ?? []), ...sender.numbers].map(toPhoneKey));
    PHONE_KEYS.set(sender, keys);
  }
  const key = toPhoneKey(digits);
  if (keys.has(key)) return true;
  // "(02)2383-1000": the area code in brackets is not read with the number
  if (key.length < MIN_LOCAL_DIGITS) return false;
  for (const k of keys) {
    if (k.startsWith('0') && k.length - key.length <= MAX_AREA_DIGITS + 1 && k.endsWith(key)) {
      return true;
    }
  }
  return false;
}
/** The fewest digits a number read without its area code keeps (Taipei's 8, London's 8). */
const MIN_LOCAL_DIGITS = 7;
/** The longest area code that may be written apart from the number, without its trunk 0. */
const MAX_AREA_DIGITS = 2;

/**
 * True when anyone can publish at `host` (lower-case ASCII) although it is under an official
 * domain: a forms or file-sharing host (USER_CONTENT_HOSTS) or a marketplace shop (any subdomain
 * of SHOP_SUBDOMAIN_DOMAINS but `www` and `m`).
 */
export function isUserContentHost(host: string): boolean {
  if (USER_CONTENT_HOSTS.has(host)) return true;
  const dot = host.indexOf('.');
  if (dot < 0) return false;
  const label = host.slice(0, dot);
  return label !== 'www' && label !== 'm' && SHOP_SUBDOMAIN_DOMAINS.has(host.slice(dot + 1));
}
