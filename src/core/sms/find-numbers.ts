/**
 * Phone numbers written in an SMS (the call-back number of "call customer service to unfreeze"
 * lures), short codes after "text X to", and the anonymisation placeholders of the training
 * sets (`URL`, `CELLPHONE`, `PHONE`, `HOTLINE` in zh-fbs-sms-ccs20; digits masked as `x` in
 * zh-sms-spam-80w). Linear scans with charCodeAt. Pure: imports only core.
 */
import { isAsciiAlnum } from './fold-text.js';
import type { Span } from './types.js';

/** A phone number (or a placeholder standing for one) in the text. */
export interface PhoneMatch {
  readonly start: number;
  readonly end: number;
  /** Written with an international prefix (`+`, `00`) other than China's. */
  readonly international: boolean;
  readonly placeholder: boolean;
}

const MIN_DIGITS = 7;
const MAX_DIGITS = 15;
const NUMBER_PLACEHOLDERS = ['CELLPHONE', 'PHONE', 'HOTLINE'] as const;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A digit, or with `masked` also `x` (the zh-80w digit mask). */
function isDigitLike(c: number, masked: boolean): boolean {
  return isDigit(c) || (masked && c === 120) /* x */;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  for (const [s, e] of spans) if (start < e && end > s) return true;
  return false;
}

/**
 * A date, maybe with its time: yyyy-mm-dd, or dd-mm-yyyy / mm-dd-yyyy with dashes, the year 19xx or
 * 20xx, then at most two more groups of two ("03-11-2025 08:14", "2025-02-10 14:22"); or a span of
 * years ("2023-2024"). Not a phone number.
 */
function looksLikeDate(f: string, start: number, end: number): boolean {
  const groups: number[] = [];
  const starts: number[] = [];
  let len = 0;
  for (let i = start; i < end; i++) {
    if (isDigit(f.charCodeAt(i))) {
      if (len === 0) starts.push(i);
      len++;
    } else if (len > 0) {
      groups.push(len);
      len = 0;
    }
  }
  if (len > 0) groups.push(len);
  const isYear = (g: number) =>
    groups[g] === 4 && (f.startsWith('19', starts[g]!) || f.startsWith('20', starts[g]!));
  if (groups.length === 2) return isYear(0) && isYear(1); // a span of years: "2023-2024学年"
  if (groups.length < 3 || groups.length > 5) return false;
  for (let g = 3; g < groups.length; g++) if (groups[g] !== 2) return false;
  if (groups.length === 3 && groups[0] === 4 && groups[1]! <= 2 && groups[2]! <= 2) return true;
  const dashed = f.charCodeAt(starts[1]! - 1) === 45 && f.charCodeAt(starts[2]! - 1) === 45;
  if (!dashed) return false;
  return (
    (isYear(0) && groups[1]! <= 2 && groups[2]! <= 2) ||
    (groups[0]! <= 2 && groups[1]! <= 2 && isYear(2))
  );
}

/**
 * Words that name the number after them as a reference, not a line to call: an order, a parcel, a
 * bill's account, a card's last digits ("订单258963147已签收", "户号0123456789", "Ref 406512345678").
 * Matched at the end of the text before the number, past spaces and `:：#.-`, ASCII lower-cased.
 */
const REFERENCE_LABELS: readonly string[] = [
  // 掛號號碼: a registered letter's number (Taiwan's post)
  '挂号号码',
  '订单',
  '订单号',
  '单号',
  '运单',
  '户号',
  '尾号',
  '编号',
  '卡号',
  '账号',
  '账户',
  '流水号',
  '工单',
  '保单',
  '合同号',
  '取件码',
  '取货码',
  '提货码',
  // a cinema's or a venue's pick-up code: "【猫眼电影】取票码：88231047"
  '取票码',
  '兑换码',
  '核销码',
  '入场码',
  '柜号',
  '会员号',
  // a booking's code: "【台灣高鐵】訂位代號04518273", "订座记录编码"
  '订位代号',
  '订位代码',
  '订座记录',
  'order',
  'order no',
  'order number',
  'ref',
  'refno',
  'ref no',
  'ref. no',
  'reference',
  'tracking',
  'tracking no',
  'tracking number',
  'a/c',
  'acct',
  'account',
  'account no',
  'account number',
  'invoice',
  'booking',
  'policy',
  'policy no',
  'case',
  'ticket',
  'member',
  'customer id',
  'customer no',
  'sin',
  'transaction',
  'transaction id',
  'txn',
  'txn id',
  'trxid',
  'trx id',
  'tid',
  'token',
  'mtr',
  'receipt',
  'receipt no',
  '电号',
  'consumer no',
  'consumer number',
  'ca no',
  'meter no',
  'meter',
  'can',
  'district',
  'pnr',
  'awb',
  'locker',
  'claim',
  'rr no',
  'nin',
  'collection code',
  'collection pin',
  'date',
  'parcel',
  'package',
  'shipment',
  'consignment',
  'waybill',
  'order id',
  'acc',
  'id',
  'adm',
  'application no',
  'application',
  '包裹',
  '证号',
  // a one-time code: "Your 365 code is 48291034"
  'code',
  'code is',
  'otp',
  'otp is',
  'passcode',
];
/** Longest label plus the separators allowed after it. */
const LABEL_WINDOW = 20;

function isLabelSeparator(c: number): boolean {
  // space, `#`, `-`, `.`, `:`, `：`
  return c === 32 || c === 35 || c === 45 || c === 46 || c === 58 || c === 0xff1a;
}

/**
 * The number starting at `start` ends a reference code: a token with a letter, then `-` or `/`,
 * then it (`DI-7781234`, `GF-2403141830`, `CPC/2425/A1/99887766`). A phone number is not written
 * after letters so.
 */
function isCodeSuffix(folded: string, start: number): boolean {
  if (start < 2) return false;
  const sep = folded.charCodeAt(start - 1);
  if (sep !== 45 /* - */ && sep !== 47 /* / */) return false;
  // the token before the separator: a few letters and digits, one of them a letter (`A1/`), and
  // no word that gives a number ("No-6200992462", "Call-9008097492")
  let j = start - 2;
  let letter = false;
  while (j >= 0 && start - 2 - j < MAX_CODE_PREFIX && isAsciiAlnum(folded.charCodeAt(j))) {
    const lower = folded.charCodeAt(j) | 32;
    if (lower >= 97 && lower <= 122) letter = true;
    j--;
  }
  if (!letter || (j >= 0 && isAsciiAlnum(folded.charCodeAt(j)))) return false;
  return !CONTACT_WORDS.has(folded.slice(j + 1, start - 1).toLowerCase());
}
/** Words written before a phone number with a dash: "Call-98…", "No-62…", "Cnt-98…". */
const CONTACT_WORDS: ReadonlySet<string> = new Set([
  'no',
  'nos',
  'call',
  'tel',
  'ph',
  'phone',
  'mob',
  'mobile',
  'cnt',
  'contact',
  'cont',
  'whatsapp',
  'wa',
  'helpline',
  'hotline',
  'cell',
  'fax',
  'sms',
  'txt',
  'text',
  'dial',
  'ring',
  'num',
  'number',
  'at',
  'on',
  'to',
]);
/** The longest code prefix looked at before a reference number. */
const MAX_CODE_PREFIX = 8;

/** The number starting at `start` follows a REFERENCE_LABELS word (see there). */
function followsReferenceLabel(folded: string, start: number): boolean {
  let end = start;
  while (end > 0 && start - end < 4 && isLabelSeparator(folded.charCodeAt(end - 1))) end--;
  if (end === 0) return false;
  const before = folded.slice(Math.max(0, end - LABEL_WINDOW), end).toLowerCase();
  for (const label of REFERENCE_LABELS) {
    if (!before.endsWith(label)) continue;
    // A Latin label is a whole word: "bref 1234567" is no "ref".
    const at = before.length - label.length - 1;
    if (at < 0 || !isAsciiAlnum(before.charCodeAt(at)) || label.charCodeAt(0) > 127) return true;
  }
  return false;
}

/**
 * The number ending at `end` is a one-time code by what follows it: "71930582 is your one-time
 * code", "12345678 is your Chase verification code", "87654321 是您的验证码". Looks at a bounded
 * window, literal words only.
 */
function isCodeBefore(folded: string, end: number): boolean {
  const after = folded.slice(end, end + CODE_WINDOW).toLowerCase();
  const m = CODE_AFTER.exec(after);
  return m !== null;
}
const CODE_WINDOW = 48;
const CODE_AFTER =
  /^\s?(?:is\s(?:(?:your|the)\s(?:[a-z&'-]{1,20}\s){0,3})?(?:code|passcode|otp|pin)\b|(?:是|为)(?:您的|你的)?[^\d]{0,12}(?:验证码|校验码|动态码|动态密码))/;

/** Uppercase placeholder tokens of the anonymised training data; their spans. */
export function findPlaceholders(text: string, tokens: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const token of tokens) {
    for (let i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + token.length)) {
      if (i > 0 && isUpper(text.charCodeAt(i - 1))) continue;
      const after = text.charCodeAt(i + token.length);
      if (isUpper(after)) continue;
      spans.push([i, i + token.length]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/**
 * Phone numbers: 7 to 15 digits with single spaces or dashes between them, an optional `+`,
 * not inside a word, a link (`exclude`) or a date, not named a reference (REFERENCE_LABELS) and
 * not ending a reference code (`DI-7781234`).
 * With `masked`, `x` counts as a digit (the
 * zh-80w masking) and the placeholders CELLPHONE / PHONE / HOTLINE count as numbers.
 */
export function findPhoneNumbers(
  folded: string,
  exclude: readonly Span[],
  masked: boolean,
): PhoneMatch[] {
  const out: PhoneMatch[] = [];
  const n = folded.length;
  for (let i = 0; i < n; i++) {
    const c = folded.charCodeAt(i);
    // Nearly every unit is past the digits and is no `x`: no number starts there.
    if (c > 57 && c !== 120) continue;
    const plus = c === 43 /* + */ && isDigit(folded.charCodeAt(i + 1));
    if (!plus && !isDigitLike(c, masked)) continue;
    if (i > 0 && isAsciiAlnum(folded.charCodeAt(i - 1)) && !plus) {
      // Inside a word or a longer token: skip to its end.
      while (i + 1 < n && isAsciiAlnum(folded.charCodeAt(i + 1))) i++;
      continue;
    }
    const start = i;
    let k = plus ? i + 1 : i;
    let digits = 0;
    let realDigits = 0;
    let end = k;
    while (k < n) {
      const d = folded.charCodeAt(k);
      if (isDigitLike(d, masked)) {
        digits++;
        if (isDigit(d)) realDigits++;
        k++;
        end = k;
      } else if ((d === 32 || d === 45) && isDigitLike(folded.charCodeAt(k + 1), masked)) {
        k++;
      } else break;
    }
    i = Math.max(end - 1, i);
    if (end < n && isAsciiAlnum(folded.charCodeAt(end))) continue;
    if (digits < MIN_DIGITS || digits > MAX_DIGITS) continue;
    if (!masked && realDigits < MIN_DIGITS) continue;
    if (looksLikeDate(folded, start, end) || overlaps(exclude, start, end)) continue;
    if (followsReferenceLabel(folded, start) || isCodeBefore(folded, end)) continue;
    if (!plus && isCodeSuffix(folded, start)) continue;
    const intl = plus
      ? !folded.startsWith('+86', start)
      : folded.startsWith('00', start) && !folded.startsWith('0086', start);
    out.push({ start, end, international: intl, placeholder: false });
  }
  if (folded.includes('.')) addDottedNumbers(folded, exclude, out);
  if (masked) {
    for (const [start, end] of findPlaceholders(folded, NUMBER_PLACEHOLDERS)) {
      out.push({ start, end, international: false, placeholder: true });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * North American numbers written with dots ("call 800.432.1000", "1.800.935.9935"), the way US
 * banks print their lines: three groups exactly, so an amount ("1,250.00"), a version or an IPv4
 * address (four groups) is none. Added in text order. Linear: bounded digit runs.
 */
const DOTTED_NUMBER = /(?<![\d.])(?:1\.)?\d{3}\.\d{3}\.\d{4}(?![\d.]\d|\d)/g;

function addDottedNumbers(folded: string, exclude: readonly Span[], out: PhoneMatch[]): void {
  DOTTED_NUMBER.lastIndex = 0;
  let added = false;
  for (let m = DOTTED_NUMBER.exec(folded); m !== null; m = DOTTED_NUMBER.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isAsciiAlnum(folded.charCodeAt(start - 1)) || isAsciiAlnum(folded.charCodeAt(end)))
      continue;
    if (overlaps(exclude, start, end)) continue;
    out.push({ start, end, international: false, placeholder: false });
    added = true;
  }
  if (added) out.sort((a, b) => a.start - b.start);
}

/**
 * A short code (4 to 6 digits) announced by "to" within `maxDistance` units after `from`:
 * "Text FA to 87121", "send Nokia to 86021". Its span, or null.
 */
export function findShortCodeAfter(folded: string, from: number, maxDistance: number): Span | null {
  const limit = Math.min(folded.length, from + maxDistance);
  for (let i = from; i + 3 < limit; i++) {
    const t = folded.charCodeAt(i) | 32;
    const o = folded.charCodeAt(i + 1) | 32;
    if (t !== 116 || o !== 111 || folded.charCodeAt(i + 2) !== 32) continue;
    if (i > 0 && isAsciiAlnum(folded.charCodeAt(i - 1))) continue;
    let k = i + 3;
    while (k < folded.length && k - (i + 3) <= 6 && isDigit(folded.charCodeAt(k))) k++;
    const len = k - (i + 3);
    if (len >= 4 && len <= 6 && !isAsciiAlnum(folded.charCodeAt(k))) return [i + 3, k];
  }
  return null;
}

/**
 * A messenger account written after its app's name: `微信 dyky8866`, `加vx：abc_123`, `Telegram
 * @support_desk`, `TG：@zhuihui_team`, `WhatsApp: helpdesk01`, `LINE ID: tiktok_job88`, also with
 * a role between them (`加LINE客服 @shp889`, `微信客服：kf_2231`), `LINE：shopee-tw88`, `微：gp6688`
 * and `薇信 gp6688` (evasions), `加入LINE好友領取：@tw888stock` (an `@` account a few Chinese
 * characters after LINE), and a QQ
 * number (`加我QQ 3829105527`: QQ accounts are numbers), Telegram by its nickname before an `@`
 * account (`联系飞机 @hr_jinbian88`: 飞机, the paper plane of its logo). The span
 * of the account (6-20 letters, digits, `_`, `-`,
 * starting with a letter, as WeChat and Telegram allow); at most `MAX_HANDLES`, none inside a
 * link (`exclude`). The Latin names (`vx`, `tg`, `line`) must start a word; a Chinese one may
 * follow a Latin word ("添加HR微信 hr_hc2024"). Linear: literal app names, bounded runs, no nested
 * repetition.
 */
const MESSENGER_HANDLE =
  /(?:(?:微信号?|微(?=\s?[:：])|[薇威]信|加v|加line|纸?飞机(?=\s?[:：]?\s?@)|(?<![a-z])(?:v(?=\s?[:：]\s?[a-z][a-z0-9]{0,18}[\d_-])|v信|vx|wx|weixin|wechat|telegram|tg|whatsapp|line\s?id|line(?=\s?[:：]\s?@?[a-z][a-z0-9]{0,18}[\d_-])|line[\u4e00-\u9fff]{1,6}[:：]?(?=\s?@)))(?:客服|官方|专员|账号|帐号)?\s?[:：]?\s?@?([a-z][a-z0-9_-]{5,19})(?![a-z0-9_-])|(?<![a-z])qq号?\s?[:：]?\s?(\d{5,11})(?!\d))/gi;
const MAX_HANDLES = 4;

export function findMessengerHandles(folded: string, exclude: readonly Span[]): Span[] {
  const out: Span[] = [];
  MESSENGER_HANDLE.lastIndex = 0;
  for (let m = MESSENGER_HANDLE.exec(folded); m !== null; m = MESSENGER_HANDLE.exec(folded)) {
    const end = m.index + m[0].length;
    const start = end - (m[1] ?? m[2] ?? '').length;
    if (!overlaps(exclude, start, end)) out.push([start, end]);
    if (out.length >= MAX_HANDLES) break;
  }
  return out;
}
