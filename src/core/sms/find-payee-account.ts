/**
 * Bank accounts written out to be paid into: "农行 6228 4800 1234 5678 910 户名：张三", "你把房租打到
 * 建行卡上 6217…", "A/C no 123456789012 IFSC SBIN0001234". A stranger's card number and name, sent
 * to many, is how the "remit here" scam (请把钱打到这个卡上: the reader who owes someone money pays
 * the scammer) and the fake landlord's "new card" collect: in zh-sms-spam-80w 55 such messages are
 * spam and 1 is ham. A company's account (a property office's fee notice) is not one. Linear scan
 * with charCodeAt and short bounded windows for the context. Pure: imports only core.
 */
import { isAsciiAlnum } from './fold-text.js';
import type { Span } from './types.js';

/** One account number and the window its bank or label was found in. */
export interface PayeeAccount {
  /** The number as written (groups, separators). */
  readonly span: Span;
  /** The number with its context window: a bank named in it is the payee's bank, no claim. */
  readonly context: Span;
  /**
   * Found only by a British sort code or an Australian BSB ("Monzo 04-00-04 43918822", "BSB
   * 062-000 acc 1234 5678"): how friends split a bill, read as an account (not a phone number)
   * without the weight the sets give a card number sent by text.
   */
  readonly quiet: boolean;
}

/** Bank cards of China UnionPay have 16 to 19 digits. */
const CARD_MIN_DIGITS = 16;
const CARD_MAX_DIGITS = 19;
/** An account after its English label ("A/C no", "account number"): 8 to 18 digits. */
const LABELLED_MIN_DIGITS = 8;
const LABELLED_MAX_DIGITS = 18;
const BEFORE = 24;
const AFTER = 16;

/** The bank or the payee beside a card number (Chinese, on folded text). */
const ZH_BANK_CONTEXT =
  /银行|工行|建行|农行|中行|交行|招行|邮政|邮储|信用社|农信|农商|信托|户名|开户行|收款人|接受人|卡号|账号|帐号|账户|帐户|打到|转到|汇到|转这个卡|卡上/;
/**
 * The Chinese account label right before the number ("帳號0001234-0567890", "账号：…"): with a bank
 * or payee beside it (ZH_PAYEE_BANK), an account of 10 to 18 digits (Taiwan's post office
 * writes 14, its banks 12 to 16; a login's "账号" names no bank).
 */
const ZH_ACCOUNT_LABEL = /(?:账号|帐号|账户|帐户)[:：]?\s?$/;
const ZH_PAYEE_BANK =
  /银行|工行|建行|农行|中行|交行|招行|邮政|邮局|邮储|信用社|农信|农商|户名|开户行|收款人/;
const ZH_LABELLED_MIN_DIGITS = 10;
/** The English account's bank details ("sort code", "IFSC", "bank", South Africa's "branch" code). */
const EN_BANK_CONTEXT = /\b(?:bank|branch|sort\s?code|ifsc|iban|routing|swift|beneficiary)\b/i;
const BSB = /\bbsb\b/i;
/** A British sort code and account number written as one ("Starling 60-83-71 23456789"). */
const SORT_CODE_ACCOUNT = /^\d{2}-\d{2}-\d{2} \d{8}$/;
/** The English account label right before the number ("A/C No.", "account number:", "acct #"). */
const EN_ACCOUNT_LABEL =
  /(?:\ba\/c|\bacc(?:oun)?t?|\bacc)\.?\s?(?:no\.?|number|num|#)?\s?(?:is\s)?[:#.-]?\s?$/i;
/**
 * Not a payee's: a company's account, its name before or after the number ("户名：某某物业有限公司
 * 开户行：建行 账号：…"); a school or hospital only after it ("在医院交押金差3000，你先转这个卡" is
 * the scam).
 */
const COMPANY = /公司|有限|物业|委员会|事务所|\b(?:ltd|limited|inc|llc|plc)\b/i;
const INSTITUTION_AFTER = /学校|医院/;
/** The company the money comes from, not the payee: "你先从公司账上转5万到6217…". */
const FROM_COMPANY = /从(?:公司|单位)/;
/** Not an account: an ID card, an order or a transaction reference (its label just before). */
const REFERENCE =
  /身份证|证件|订单|单号|流水|交易号|凭证|保单|合同|\b(?:order|tracking|txn|transaction|ref)\b/i;
const REFERENCE_BEFORE = 10;

/** Eight digits with at most single separators between them: the least an account can be. */
const CANDIDATE = /\d[\d .-]{6,}\d/;
const MASKED_CANDIDATE = /[\dx][\dx .-]{6,}[\dx]/;

function isDigitLike(c: number, masked: boolean): boolean {
  return (c >= 48 && c <= 57) || (masked && c === 120) /* x */;
}

/** A separator inside an account number: one space, dot or dash (two spaces at most). */
function isGroupSeparator(c: number): boolean {
  return c === 32 || c === 46 || c === 45;
}

/**
 * The payee accounts of `folded` (fold-text.ts output), outside the `exclude` spans (links). With
 * `masked`, `x` counts as a digit (the zh-80w masking of the training sets).
 */
export function findPayeeAccounts(
  folded: string,
  exclude: readonly Span[],
  masked: boolean,
): PayeeAccount[] {
  const out: PayeeAccount[] = [];
  // Most messages hold no run that long: one native regex test instead of a loop over the text.
  if (!(masked ? MASKED_CANDIDATE : CANDIDATE).test(folded)) return out;
  const n = folded.length;
  for (let i = 0; i < n; i++) {
    const c = folded.charCodeAt(i);
    if (c > 57 && c !== 120) continue;
    if (!isDigitLike(c, masked)) continue;
    if (i > 0 && isAsciiAlnum(folded.charCodeAt(i - 1))) {
      while (i + 1 < n && isAsciiAlnum(folded.charCodeAt(i + 1))) i++;
      continue;
    }
    const start = i;
    let k = i;
    let digits = 0;
    let end = k;
    while (k < n) {
      const d = folded.charCodeAt(k);
      if (isDigitLike(d, masked)) {
        digits++;
        k++;
        end = k;
        continue;
      }
      // One separator, or two spaces, then more digits.
      let s = k;
      if (isGroupSeparator(d)) s++;
      if (s > k && folded.charCodeAt(s) === 32 && d === 32) s++;
      if (s > k && isDigitLike(folded.charCodeAt(s), masked)) {
        k = s;
        continue;
      }
      break;
    }
    i = Math.max(end - 1, i);
    if (end < n && isAsciiAlnum(folded.charCodeAt(end))) continue;
    if (digits < LABELLED_MIN_DIGITS || digits > CARD_MAX_DIGITS) continue;
    if (exclude.some(([s, e]) => start < e && end > s)) continue;
    const from = Math.max(0, start - BEFORE);
    const to = Math.min(n, end + AFTER);
    const before = folded.slice(from, start);
    const after = folded.slice(end, to);
    // The context first (most numbers are phone numbers with none), then what rules it out.
    const card =
      digits >= CARD_MIN_DIGITS && (ZH_BANK_CONTEXT.test(before) || ZH_BANK_CONTEXT.test(after));
    const labelled =
      !card &&
      digits <= LABELLED_MAX_DIGITS &&
      ((EN_ACCOUNT_LABEL.test(before) &&
        (EN_BANK_CONTEXT.test(before) || EN_BANK_CONTEXT.test(after))) ||
        (digits >= ZH_LABELLED_MIN_DIGITS &&
          ZH_ACCOUNT_LABEL.test(before) &&
          (ZH_PAYEE_BANK.test(before) || ZH_PAYEE_BANK.test(after))));
    const quiet =
      !card &&
      !labelled &&
      digits <= LABELLED_MAX_DIGITS &&
      (SORT_CODE_ACCOUNT.test(folded.slice(start, end)) ||
        (EN_ACCOUNT_LABEL.test(before) && (BSB.test(before) || BSB.test(after))));
    if (!card && !labelled && !quiet) continue;
    if (
      COMPANY.test(after) ||
      (COMPANY.test(before) && !FROM_COMPANY.test(before)) ||
      INSTITUTION_AFTER.test(after) ||
      REFERENCE.test(before.slice(-REFERENCE_BEFORE))
    ) {
      continue;
    }
    out.push({ span: [start, end], context: [from, to], quiet });
  }
  return out;
}
