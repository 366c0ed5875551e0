/**
 * The organisation a message signs with ("PG&E: your bill…", "【杭州水务】…", "…Chart Prepared
 * -IRCTC") and whether a link is that organisation's own-named site (pge.com, thameswater.co.uk).
 * The registry cannot list every utility, airline and shop that texts its customers; a notice
 * signed "Thames Water" that links to thameswater.co.uk links where it says it comes from, which
 * a link to an unknown host (the training sets' anonymised URL) does not. Pure: imports only core.
 */
import type { SmsLink } from './extract-links.js';

/** Longest signature read, in code units. */
const MAX_NAME = 30;
/**
 * "Name: " at the very start (Latin letters, digits, `&`, `'`, `.`, `-`, spaces), or a trailing
 * "-Name" (the Indian sender-signature style). Bounded repetitions: linear on any input.
 */
const LEADING = /^\s{0,4}([A-Za-z][A-Za-z0-9&'. -]{1,30}?):\s/;
const TRAILING = /[-–]\s?([A-Za-z][A-Za-z0-9&'. ]{1,30})\s{0,4}$/;
/**
 * Suffixes where a brand keeps its own name; a look-alike on a cheap or odd TLD (`qantas.top`,
 * `pge.help`) is never taken for the brand's site.
 */
const MAINSTREAM_SUFFIXES: ReadonlySet<string> = new Set([
  'com',
  'net',
  'org',
  'edu',
  'gov',
  'us',
  'ca',
  'ie',
  'co.uk',
  'org.uk',
  'gov.uk',
  'com.au',
  'net.au',
  'org.au',
  'gov.au',
  'co.nz',
  'com.sg',
  'sg',
  'com.hk',
  'hk',
  'in',
  'co.in',
  'com.ph',
  'com.my',
  'my',
  'ph',
  'ae',
  'co.za',
  'co.ke',
  'com.ng',
  'com.pk',
  'com.bd',
  'com.tw',
  'com.cn',
]);
/** A signature shorter than this names too little to match (`BA`, `EE`: the registry knows them). */
const MIN_NAME = 3;
/** A domain label shorter than this must equal the whole signature, not start it. */
const MIN_PREFIX_LABEL = 4;

/**
 * The message's signature, lower-cased with everything but ASCII letters and digits dropped
 * (`pge`, `thameswater`, `unitedairlines`), or null when it signs with none.
 */
export function findSignature(text: string): string | null {
  // Malaysian senders open with "RM0 " (the message costs the reader nothing)
  const body = text.startsWith('RM0 ') ? text.slice(4) : text;
  const head = body.length > 64 ? body.slice(0, 64) : body;
  const m = LEADING.exec(head) ?? TRAILING.exec(body.length > 64 ? body.slice(-64) : body);
  if (m === null || PERSON_TITLE.test(m[1] ?? '')) return null;
  const name = (m[1] ?? '').slice(0, MAX_NAME).toLowerCase().replace(NOT_ALNUM, '');
  return name.length >= MIN_NAME ? name : null;
}

const NOT_ALNUM = /[^a-z0-9]/g;
/**
 * A person's name with a title or a form of address ("- Meena ma'am", "Mrs Naidoo:", "- Coach
 * Dan", "- Ravi bhai"): a person signs so, not an organisation.
 */
const PERSON_TITLE =
  /^(?:mrs?|ms|miss|mx|aunty|auntie|uncle|coach|teacher|pastor|fr|madam|sir)\.?\s|\s(?:ma'?am|madam|sir|aunty|auntie|uncle|bhai|didi|ji|sahab|teacher)\.?\s*$/i;

/**
 * The name an alphanumeric sender ID signs with (`TNB`, `GEICO`, the header `BESCOM` of an Indian
 * DLT sender `VM-BESCOM`, `#WSD` of Hong Kong's registered senders), lower-cased and reduced to
 * letters and digits, or null (a number, an e-mail, too short). Anyone can set an ID, so it only
 * ever counts where the text's own signature would: a link to the name's own site.
 */
export function findSenderSignature(sender: string | undefined): string | null {
  if (sender === undefined || sender.length > MAX_NAME) return null;
  const id = sender.trim();
  const dlt = DLT_SENDER.exec(id);
  const name = (dlt === null ? id : dlt[1]!).toLowerCase().replace(NOT_ALNUM, '');
  // an ID may be as short as its company (`du`): a two-letter one only ever owns its own label
  if (name.length < MIN_SENDER_NAME || !LETTER.test(name)) return null;
  return name;
}
const MIN_SENDER_NAME = 2;
const DLT_SENDER = /^[a-z]{2}-([a-z0-9]{6})(?:-[a-z])?$/i;
const LETTER = /[a-z]/;

/**
 * True when the link's registrable domain is the signature's own name on a mainstream suffix:
 * its label equals the signature or is it after `my` (`mytnb.com.my` for TNB), or (4+
 * characters) begins it (`united.com` for "United Airlines"), or a 6-character signature (an
 * Indian DLT header) begins the label with at most 2 more (`licindia.in` for the sender `LICIND`). A label with more than the
 * name (`pge-billing.com`, `unitedrebook.com`) is not.
 */
export function isSelfNamedLink(link: SmsLink, signature: string): boolean {
  if (link.isIp || link.isShortener || link.isIdn || link.port !== null) return false;
  if (link.domain === null || link.publicSuffix === null) return false;
  if (!MAINSTREAM_SUFFIXES.has(link.publicSuffix)) return false;
  const label = link.domain
    .slice(0, link.domain.length - link.publicSuffix.length - 1)
    .replace(NOT_ALNUM, '');
  if (label === signature) return true;
  if (signature.length < MIN_NAME) return false;
  if (label === `my${signature}`) return true;
  if (label.length >= MIN_PREFIX_LABEL && signature.startsWith(label)) return true;
  // "Paws & Claws Vets:" signs `pawsclawsvets`; its site spells the ampersand: pawsandclaws.co.uk
  const spelt = label.includes('and') ? label.replaceAll('and', '') : '';
  if (spelt.length >= MIN_PREFIX_LABEL && signature.startsWith(spelt)) return true;
  // a sender ID cut to an Indian DLT header's six characters (`LICIND`: licindia.in), no more
  // than two short (`hketoll-pay.com` is not HKeToll's, nor `licindiapay.com` LIC's)
  return (
    signature.length === TRUNCATED_ID &&
    label.startsWith(signature) &&
    label.length <= signature.length + 2
  );
}
/** The length an Indian DLT header is cut to. */
const TRUNCATED_ID = 6;
