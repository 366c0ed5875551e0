/**
 * Sender normalisation and classification: +86/0086 prefixes, spaces and dashes removed, then
 * official short code (registry), 106 A2P code, unregistered service number, personal mobile,
 * international, alphanumeric ID or e-mail. Pure: imports only core.
 */
import type { OfficialSender } from './data/official-senders.js';
import { toFoldedText } from './fold-text.js';
import {
  findSenderById,
  findSenderByLookalikeId,
  findSenderByNumber,
} from './official-registry.js';

export const SenderKind = [
  'none',
  'official',
  'a2p',
  'service',
  'short_code',
  'personal_mobile',
  'landline',
  'international',
  'alphanumeric',
  'email',
  'unknown',
] as const;
export type SenderKind = (typeof SenderKind)[number];

/** A classified sender. */
export interface SenderInfo {
  /** Digits (with a leading `+` for international numbers), the ID, or the e-mail, lower-case. */
  readonly normalized: string;
  readonly kind: SenderKind;
  /** Country of a personal or international number when the number plan tells it. */
  readonly country: string | null;
  /** The registry row the sender names: its own number (official), an A2P code ending in it, or an ID. */
  readonly claimed: OfficialSender | null;
  /** The registry row whose sender ID this alphanumeric ID imitates (`PayPaI` for `PayPal`), if any. */
  readonly imitates?: OfficialSender;
}

const NONE: SenderInfo = Object.freeze({
  normalized: '',
  kind: 'none',
  country: null,
  claimed: null,
});
const MAX_SENDER_CHARS = 64;

// Anchored, linear patterns on short strings (the sender is capped at 64 units).
const CN_MOBILE = /^1[3-9]\d{9}$/;
const CN_SERVICE = /^(?:9[56]\d{3,4}|12\d{3}|[48]00\d{7})$/;
const CN_LANDLINE = /^0[1-9]\d{8,10}$/;
const UK_MOBILE = /^07\d{9}$/;
const US_NUMBER = /^[2-9]\d{2}[2-9]\d{6}$/;
const SHORT_CODE = /^\d{3,6}$/;
const DIGITS = /^\+?\d{1,20}$/;

/** Removes the separators people and phones print inside numbers. */
function stripSeparators(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // space, -, (, ), .
    if (c === 32 || c === 45 || c === 40 || c === 41 || c === 46) continue;
    out += s[i];
  }
  return out;
}

function a2pClaim(digits: string): OfficialSender | null {
  // 106 codes often end in the organisation's 5-digit number (e.g. 1065795555 for 95555, §3.1).
  return digits.length >= 8 ? findSenderByNumber(digits.slice(-5)) : null;
}

function classifyInternational(intl: string): SenderInfo {
  // intl: digits after + or 00.
  if (intl.startsWith('86')) return classifyNational(intl.slice(2));
  if (intl.startsWith('447') && intl.length === 12) {
    return { normalized: `+${intl}`, kind: 'personal_mobile', country: 'GB', claimed: null };
  }
  if (intl.startsWith('1') && US_NUMBER.test(intl.slice(1))) {
    return { normalized: `+${intl}`, kind: 'personal_mobile', country: 'US', claimed: null };
  }
  for (const [country, plan] of MOBILE_PLANS) {
    if (plan.test(intl)) {
      return { normalized: `+${intl}`, kind: 'personal_mobile', country, claimed: null };
    }
  }
  return { normalized: `+${intl}`, kind: 'international', country: null, claimed: null };
}

/**
 * Mobile ranges of the markets whose messages Tocsin reads, after the country code (ITU-T E.164
 * national plans): a bank's or a courier's letterhead sent from one of them is sent from someone's
 * phone. Anchored, on at most 15 digits: linear.
 */
const MOBILE_PLANS: readonly (readonly [string, RegExp])[] = [
  ['HK', /^852[4-9]\d{7}$/],
  ['MO', /^8536\d{7}$/],
  ['TW', /^8869\d{8}$/],
  ['SG', /^65[89]\d{7}$/],
  ['MY', /^601\d{8,9}$/],
  ['PH', /^639\d{9}$/],
  ['IN', /^91[6-9]\d{9}$/],
  ['PK', /^923\d{9}$/],
  ['AU', /^614\d{8}$/],
  ['NZ', /^642\d{7,9}$/],
  ['IE', /^3538[35-9]\d{7}$/],
  ['AE', /^9715\d{8}$/],
  ['KE', /^254[17]\d{8}$/],
  ['NG', /^234[789][01]\d{8}$/],
  ['GH', /^233[25]\d{8}$/],
  ['ZA', /^27[6-8]\d{8}$/],
];

/**
 * Mobile numbers as their own country prints them (trunk prefix 0, or India's bare ten digits),
 * for the markets whose people text each other about money: "0917 123 4567" (PH), "0722 334 556"
 * (KE), "08031234567" (NG), "0412 345 678" (AU). Checked after China's own mobile, service and
 * short-code forms and before its landlines, which some of them share a shape with (a 4-digit
 * area code and 7 digits: "0931 1234567" reads as a Philippine mobile; a bank does not text from
 * either). Left out where the shape is ambiguous with a landline or a business gateway: Taiwan's
 * 09xx (its enterprise SMS platforms send from such numbers), Taipei's 02 (Ghana's 02x), New
 * Zealand's 02x, Australia's 042x (Taichung's 04-2xxx). A country is named only where one plan
 * fits. Anchored, on at most 12 digits: linear.
 */
const NATIONAL_MOBILE_PLANS: readonly (readonly [string | null, RegExp])[] = [
  ['PH', /^09\d{9}$/],
  ['PK', /^03\d{9}$/],
  ['NG', /^0[789][01]\d{8}$/],
  ['AU', /^04[013-9]\d{7}$/],
  [null, /^07\d{8}$/], // Kenya or South Africa
  ['KE', /^01[01]\d{7}$/],
  [null, /^0[68]\d{8}$/], // South Africa, or Ireland's 08x
  [null, /^05\d{8}$/], // the UAE, or Ghana's 05x
  ['GH', /^02[04]\d{7}$/],
  ['MY', /^01[1-9]\d{7,8}$/],
  ['IN', /^[6-9]\d{9}$/],
  [null, /^[5689]\d{7}$/], // Hong Kong, Macau or Singapore
];

function classifyNational(d: string): SenderInfo {
  const official = findSenderByNumber(d);
  if (official !== null)
    return { normalized: d, kind: 'official', country: 'CN', claimed: official };
  if (d.startsWith('106') && d.length >= 5) {
    return { normalized: d, kind: 'a2p', country: 'CN', claimed: a2pClaim(d) };
  }
  if (CN_MOBILE.test(d))
    return { normalized: d, kind: 'personal_mobile', country: 'CN', claimed: null };
  if (d.length === 13 && d.startsWith('86') && CN_MOBILE.test(d.slice(2))) {
    return { normalized: d.slice(2), kind: 'personal_mobile', country: 'CN', claimed: null };
  }
  if (CN_SERVICE.test(d)) return { normalized: d, kind: 'service', country: 'CN', claimed: null };
  if (UK_MOBILE.test(d))
    return { normalized: d, kind: 'personal_mobile', country: 'GB', claimed: null };
  if (US_NUMBER.test(d))
    return { normalized: d, kind: 'personal_mobile', country: 'US', claimed: null };
  if (d.length === 11 && d.startsWith('1') && US_NUMBER.test(d.slice(1))) {
    return { normalized: d.slice(1), kind: 'personal_mobile', country: 'US', claimed: null };
  }
  if (SHORT_CODE.test(d))
    return { normalized: d, kind: 'short_code', country: null, claimed: null };
  for (const [country, plan] of NATIONAL_MOBILE_PLANS) {
    if (plan.test(d)) return { normalized: d, kind: 'personal_mobile', country, claimed: null };
  }
  if (CN_LANDLINE.test(d)) return { normalized: d, kind: 'landline', country: 'CN', claimed: null };
  return { normalized: d, kind: 'unknown', country: null, claimed: null };
}

/**
 * Normalises and classifies a displayed sender. Never throws; an empty or missing sender is
 * kind `none`.
 */
/**
 * The organisation of an alphanumeric sender ID: the ID itself, or the 6-letter header after an
 * Indian DLT prefix (`VM-HDFCBK`, `JD-ICICIB`, `AD-SBIINB`: two letters for the operator and
 * circle, then the registered header).
 */
function findAlphanumeric(id: string, written: string): OfficialSender | null {
  const direct = findSenderById(id);
  if (direct !== null) return direct;
  const m = DLT_HEADER.exec(written);
  return m === null ? null : findSenderById(m[1]!);
}
/** An Indian DLT header: operator and circle, the registered 6-letter header, a category suffix. */
const DLT_HEADER = /^[a-z]{2}-([a-z0-9]{6})(?:-([a-z]))?$/i;

/**
 * True for an Indian DLT header with the `-P` suffix (`VM-AIRTEL-P`, `AD-MYNTRA-P`): TRAI's
 * registry sends promotional messages only under it (`-S` service, `-T` transactional, `-G`
 * government), so what comes under it is an advert by regulation.
 */
export function isPromotionalDltHeader(raw: string | undefined): boolean {
  if (raw === undefined || raw.length > 16) return false;
  return DLT_HEADER.exec(raw.trim())?.[2]?.toLowerCase() === 'p';
}

export function toSenderInfo(raw: string | undefined): SenderInfo {
  if (raw === undefined) return NONE;
  const folded = toFoldedText(raw.length > MAX_SENDER_CHARS ? raw.slice(0, MAX_SENDER_CHARS) : raw);
  const trimmed = folded.trim();
  if (trimmed.includes('@')) {
    return { normalized: trimmed.toLowerCase(), kind: 'email', country: null, claimed: null };
  }
  const s = stripSeparators(trimmed);
  if (s.length === 0) return NONE;
  if (!DIGITS.test(s)) {
    // Hong Kong's registered senders show a leading `#` (`#HangSeng`): the ID is what follows
    const id = s.length > 1 && s.charCodeAt(0) === 35 /* # */ ? s.slice(1) : s;
    const claimed = findAlphanumeric(id, trimmed);
    const imitates = claimed === null ? findSenderByLookalikeId(id) : null;
    return imitates === null
      ? { normalized: s, kind: 'alphanumeric', country: null, claimed }
      : { normalized: s, kind: 'alphanumeric', country: null, claimed, imitates };
  }
  if (s.startsWith('+')) return classifyInternational(s.slice(1));
  if (s.startsWith('00')) return classifyInternational(s.slice(2));
  return classifyNational(s);
}
