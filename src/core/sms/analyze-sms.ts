/**
 * The rule side of SMS triage: who the message claims to be, which lure it uses, its links, and
 * every rule hit with its evidence. Weights are not decided here (the learned combiner does).
 * Pure: imports only core and tldts; no model, no I/O.
 */
import ipaddr from 'ipaddr.js';
import { getDomainWithoutSuffix } from 'tldts';
import { isPromotionalDltHeader, type SenderInfo, toSenderInfo } from './classify-sender.js';
import { type OfficialSender, SHARED_DOMAINS } from './data/official-senders.js';
import { RISKY_TLDS } from './data/link-lists.js';
import { findSenderSignature, findSignature, isSelfNamedLink } from './self-signature.js';
import {
  BOSS_IMPERSONATION_ASKS,
  FAMILY_EMERGENCY_ASKS,
  CODE_WARNING,
  HINT_CAMPAIGN,
  HINT_OPT_OUT,
  HINT_RECEIPT,
  HINT_TRADE,
  HINT_SMALL_PRINT,
  POLICE_ASKS,
  SCAM_WARNING,
  SEXTORTION_ASKS,
  SERVICE_CONTACT,
  SIGNAL_LEXICON,
  VERIFICATION_CODE_ASKS,
  WRONG_NUMBER_ASKS,
  ACCOUNT_CHANGE_ASKS,
  MISTAKEN_TRANSFER_ASKS,
  ADVANCE_FEE_ASKS,
  EXTORTION_ASKS,
  INVESTMENT_ASKS,
  LURE_LEXICON,
} from './data/sms-lexicon.js';
import { type SmsLink, extractLinks, findEmailAddresses } from './extract-links.js';
import { findLookalike } from './find-lookalike.js';
import { findPayeeAccounts, type PayeeAccount } from './find-payee-account.js';
import {
  findMessengerHandles,
  findPhoneNumbers,
  findPlaceholders,
  findShortCodeAfter,
  type PhoneMatch,
} from './find-numbers.js';
import { toFoldedText } from './fold-text.js';
import {
  findHostingOwner,
  findOfficialOwner,
  isOfficialHostOf,
  isOfficialPhoneOf,
  isUserContentHost,
  officialDomainOf,
} from './official-registry.js';
import { isDenied } from './find-denial.js';
import { addPolicyHits } from './policy-hits.js';
import { toQuotedSlice } from './quote-text.js';
import { RuleHits } from './rule-hits.js';
import {
  LEXICON_SIGNALS,
  type LexiconScan,
  type PhraseMatch,
  scanLexicons,
  toBestLure,
} from './scan-lexicons.js';
import {
  LureFamily as LURE_FAMILIES,
  type LureFamily,
  type SignalCode,
  type SmsInput,
  type Span,
} from './types.js';

/** One rule that fired. `value` is 1 for a binary rule, or a strength in 0..1. */
export interface RuleHit {
  readonly code: SignalCode;
  readonly value: number;
  readonly evidence: string;
  readonly spans: readonly Span[];
}

/** What the rules found in one message. */
export interface SmsAnalysis {
  /** Display name of the organisation the message claims to be (sender, name or keywords). */
  readonly brand: string | null;
  readonly lure: LureFamily | null;
  /** Canonical links found in the text. */
  readonly urls: readonly string[];
  readonly hits: readonly RuleHit[];
  /**
   * The message impersonates a brand it claims (by sender, name or keywords): it links to a host
   * off that brand's official domains, which is not the same name under another suffix (the
   * brand's own `fedex.co.uk` may simply be missing from the registry) nor a shortener (where it
   * leads is unknown), and it asks something of the reader (a strong lure, money bait, urgency or
   * a credential request) or breaks one of the brand's registry policies ("never sends links").
   * Phishing by definition: scoreSms calls it smishing whatever the score. So is the call-back
   * impersonation: a claimed organisation, a number to call and a fraud lure at full strength
   * ("your card is frozen, call customer service on …").
   */
  readonly impersonation: boolean;
  /**
   * Someone the reader knows, writing from a number the reader does not, who asks for money: the
   * "Hi Mum" scam (a family member on a new number who needs money or moves the chat to WhatsApp,
   * the family_emergency lure at full strength, lexicon score >= 6: "hi mum" + "new number" +
   * "whatsapp", "换号" + "急用钱"), and the boss who needs a transfer or gift cards at once
   * (boss_impersonation at score >= 5 with one of its asks: "我是你领导" + "先帮我转", "are you
   * available" + "buy some gift cards"), and the police who want a call back or secrecy about a
   * money-laundering case (police_investigation at score >= 5 with one of its asks, and no word of
   * an anti-fraud warning: "涉嫌洗钱" + "配合调查" + "请立即回电"), and whoever wants a code that was
   * sent to the reader (verification_code at score >= 5 with an ask to pass it on, and no "never
   * share": "reply with the 6-digit code we just sent"). scoreSms calls it smishing
   * whatever the score: the public sets hold no such message, so no weight could learn it, and a
   * chat model reads it as a chat.
   */
  readonly impostorScam: boolean;
  /**
   * The message links to an Android package (`….apk`) on a host that is no known organisation's
   * own: an app sent by text, off any official site, is how banking trojans and "remote support"
   * spyware are installed (sms-fraud-facts.md; the 国家反诈中心 and banks tell customers to install
   * apps from the official store only). Or it links to a public IP address in a message that
   * names an organisation or asks something (LINK_RAW_IP), or shows "your photos" or an album only
   * through a link to an unknown host (the photo_album lure), or breaks a link on purpose to slip
   * past filters (`gstx-pay。com`, zero-width or full-width characters in the host) in a message that
   * names an organisation or lures. scoreSms calls it smishing whatever the score: the public sets
   * anonymised their links, so no weight could learn it.
   */
  readonly malwareLink: boolean;
  /**
   * The message states premium-rate charges (PREMIUM_RATE with a price: "150p/msg", "£1.50 to
   * rcv", "std txt rate"): a paid service selling itself, which scoreSms calls spam at least
   * whatever the score. In the public sets every PREMIUM_RATE message is spam or smishing (285
   * English rows, no ham). A UK premium number alone (09…) does not settle it: a Philippine mobile
   * number is written the same way.
   */
  readonly premiumRate: boolean;
  /**
   * An offer with its opt-out or its small print ("50% off … Reply STOP to opt out", "RM10 OFF …
   * T&C apply", "满300减50 … 退订回T"), or a campaign's ask for a vote ("Vote for … candidate for
   * Ward 14", "請投3號…候選人"): marketing, which scoreSms calls spam at least whatever the score. In
   * the public training sets 947 messages hold an offer with either and none is ham (and none of the
   * 1,527 ham of the probe sets); a notice with an opt-out but no offer ("Reply STOP to end alerts") is not
   * one, and nor is an electoral body's notice ("You are registered to vote in …").
   */
  readonly marketing: boolean;
  /**
   * The "get paid to like videos" task scam: the job_offer lure at full strength with one of its
   * task words (刷单, 点赞, 做任务, "like videos", "rating products") and a messenger account or
   * chat link to sign up through. Harmful at least whatever the score: scoreSms calls it spam when
   * the score would say ham (the FBS set labels its 刷单 rows spam; the kind stays the model's).
   */
  readonly taskScam: boolean;
  /**
   * The stock or crypto tip with its contact: the investment lure at full strength ("内部消息…涨停…
   * 加入VIP群", "trading signals … 90% win rate") and a number, a messenger account or a chat link
   * to join through. Harmful at least whatever the score, as taskScam (every such training row is
   * spam or smishing: 15 of 15); scoreSms calls it spam when the score would say ham.
   */
  readonly investmentPitch: boolean;
  /**
   * A casino's or a lender's pitch: the gambling or the loan lure at full strength ("Free P888
   * welcome bonus … 21+ only", "No collateral, no guarantor … get up to GHS 2,000"). Spam at least
   * whatever the score, as the public sets label it (290 of 291 such training rows are spam).
   */
  readonly advertLure: boolean;
  /**
   * The organisation's own notice: every link is on the official domains of what it claims (by its
   * official sender or in the text: OFFICIAL_SENDER_OFFICIAL_LINK, BRAND_OFFICIAL_CONTACT), and it
   * asks nothing the link could not (no number to call, address to write to, credentials, app,
   * reply), states no premium-rate charge, breaks no registry policy, sells nothing (no offer or
   * opt-out: the brand's own marketing is spam, as the public sets label it) and does not come from
   * a personal number. Following its links leads to the brand itself, so it cannot phish, and
   * scoreSms calls it ham whatever the score: the public sets anonymised their links, so no
   * weight could learn what an official domain is worth (a real bill notice linking to 10086.cn
   * scored as spam). Also a message from the organisation's official number (10086, 95598) with
   * no link but to known organisations, no lure, no offer and no ask but a reply to that number (a
   * bill, a balance, a fraud alert's "Reply YES or NO"), or an anti-fraud warning from one that
   * gives no other contact (isQuietNotice): nothing in it leads anywhere but to the organisation.
   * Also anyone's anti-fraud warning (ANTI_FRAUD_WARNING: the police's, a school's, a forwarded
   * one) with no link or number but those of known organisations, no other contact, no offer and
   * no credential request it does not negate: whatever scams it quotes, it leads to no stranger.
   * Never true together with `impersonation` or `impostorScam`.
   */
  readonly officialNotice: boolean;
}

/** Options for training on anonymised corpora; the defaults suit real messages. */
export interface AnalyzeSmsOptions {
  /**
   * Treat the upper-case token `URL` (the FBS training set's placeholder for a link) as a link
   * to an unknown, non-official host: LINK_PRESENT fires and so may BRAND_LINK_NOT_OFFICIAL and
   * OFFICIAL_SENDER_LINK_NOT_OFFICIAL. It never enters `urls`. Off by default: in real SMS
   * "URL" is a word.
   */
  readonly placeholderLinks?: boolean;
  /**
   * Treat `CELLPHONE` / `PHONE` / `HOTLINE` placeholders and `x`-masked digit runs (the zh-80w
   * masking) as phone numbers for CALLBACK_NUMBER. Off by default.
   */
  readonly placeholderNumbers?: boolean;
}

const DEFAULT_OPTIONS: AnalyzeSmsOptions = Object.freeze({});
/** Longer texts are analysed up to this many UTF-16 units (an SMS is at most a few thousand). */
export const MAX_ANALYZED_CHARS = 65_536;
const URL_PLACEHOLDER = ['URL'] as const;
const MAX_SENDER_EVIDENCE = 24;
const SOURCE_CUT = /[:;(]/;
const NOT_DIGITS = /\D/g;

/** A claimed organisation and how the message claims it. */
interface Claim {
  readonly sender: OfficialSender;
  readonly how: string;
  readonly spans: Span[];
}

/** Evidence-safe sender: official and service numbers in full, personal numbers masked. */
function showSender(info: SenderInfo): string {
  const s = info.normalized.slice(0, MAX_SENDER_EVIDENCE);
  if (info.kind === 'personal_mobile' || info.kind === 'international' || info.kind === 'email') {
    return s.length > 5 ? `${s.slice(0, 3)}…${s.slice(-2)}` : s;
  }
  return s;
}

function quote(text: string, start: number, end: number): string {
  return toQuotedSlice(text, start, Math.min(end, start + 40));
}

// Registry rows are constants, so their evidence texts are computed once per row.
const DOMAIN_LISTS = new Map<OfficialSender, string>();
const REGISTRY_REFS = new Map<OfficialSender, string>();

function domainsOf(s: OfficialSender): string {
  let list = DOMAIN_LISTS.get(s);
  if (list === undefined) {
    list = s.domains.length > 0 ? s.domains.join(', ') : 'none (it sends no links)';
    DOMAIN_LISTS.set(s, list);
  }
  return list;
}

/** Registry row reference for evidence: id, status and the source up to its first colon. */
export function toRegistryRef(s: OfficialSender): string {
  let ref = REGISTRY_REFS.get(s);
  if (ref === undefined) {
    const cut = s.source.search(SOURCE_CUT);
    const src = (cut > 0 ? s.source.slice(0, cut) : s.source).trim().slice(0, 80);
    ref = `registry row ${s.id}, status ${s.status}, source: ${src}`;
    REGISTRY_REFS.set(s, ref);
  }
  return ref;
}

/** A courier named in the text, not as the message's letterhead: its rider or driver writes. */
function isRiderOf(folded: string, claim: Claim): boolean {
  return (
    claim.sender.sector === 'courier' && claim.spans.length > 0 && !isLetterhead(folded, claim)
  );
}

/** A Latin letterhead: "Google Security:", "[Netflix]". */
const LATIN_LETTERHEAD = /^\s{0,3}[【[]?([A-Za-z][A-Za-z0-9&.' -]{1,30}?)\s?[:：】\]]/;

/** The span of a letterhead that opens with `org`'s name ("Google Security:" for Google), or null. */
function findLetterheadName(text: string, org: OfficialSender): Span | null {
  const m = LATIN_LETTERHEAD.exec(text);
  if (m === null) return null;
  const name = org.name.toLowerCase();
  const head = m[1]!.toLowerCase();
  if (!head.startsWith(name) || /[a-z0-9]/.test(head.charAt(name.length))) return null;
  const start = m.index + m[0].indexOf(m[1]!);
  return [start, start + m[1]!.length];
}

/** What closes a letterhead: "Booking.com: …". */
const LETTERHEAD_COLON = /^\s?[:：]/;
/** A bracketed letterhead opening the text: "【爱康国宾】", "[Company]". */
const A2P_LETTERHEAD = /^\s{0,3}[【[][^】\]\n]{2,24}[】\]]/;
/** A bracketed signature closing the text: "…回T退订【开光法器】". No one signs a note to a friend so. */
const TRAILING_LETTERHEAD = /【[^】\n]{2,24}】\s{0,3}$/;

function collectClaims(
  text: string,
  sender: SenderInfo,
  scan: LexiconScan,
  payees: readonly PayeeAccount[],
  links: readonly SmsLink[],
): Claim[] {
  const claims: Claim[] = [];
  if (sender.claimed !== null) {
    claims.push({ sender: sender.claimed, how: `sender ${showSender(sender)}`, spans: [] });
  }
  // A brand whose name is its domain, as letterhead ("Booking.com: Your reservation …"): the name
  // reads as a link, and the lexicon skips what is inside links.
  const head = links[0];
  if (
    head !== undefined &&
    head.start <= 3 &&
    LETTERHEAD_COLON.test(text.slice(head.end, head.end + 2))
  ) {
    const owner = findOfficialOwner(head.host);
    if (owner !== null && owner !== sender.claimed && owner.platform !== true) {
      claims.push({
        sender: owner,
        how: `text ${quote(text, head.start, head.end)}`,
        spans: [[head.start, head.end]],
      });
    }
  }
  for (const b of scan.brands) {
    // The bank of an account to pay into ("农行 6228… 户名张三") is where the money goes, no claim.
    if (payees.some(({ context: [s, e] }) => b.start >= s && b.end <= e)) continue;
    // A payment address ("to VPA swiggy@icici", "priya.s@okaxis") names the payee's bank, no claim.
    if (text.charCodeAt(b.start - 1) === 64 /* @ */) continue;
    // The writer's own bank or app ("my FNB acc is 6281…", "我的招行卡"): a customer speaks, not the brand.
    if (
      saysBefore(text, b.start, 4, WRITERS_OWN_BEFORE) ||
      WRITERS_OWN_AFTER.test(text.slice(b.end, b.end + 6))
    )
      continue;
    let c = claims.find((x) => x.sender.id === b.sender.id);
    if (c === undefined) {
      c = { sender: b.sender, how: `text ${quote(text, b.start, b.end)}`, spans: [] };
      claims.push(c);
    }
    c.spans.push([b.start, b.end]);
  }
  // A 106 code's last five digits are only a guess at its owner (1069095010 need not be Ctrip's
  // 95010): when the text names other organisations and never that one, the text says who it is.
  if (sender.kind === 'a2p' && claims.length > 1 && claims[0]!.spans.length === 0) claims.shift();
  // Nor when the text opens with its own letterhead and never names that one ("【爱康国宾】…" from
  // 1069010512345 is the clinic's, not the 12345 hotline's).
  else if (
    sender.kind === 'a2p' &&
    claims.length === 1 &&
    claims[0]!.spans.length === 0 &&
    A2P_LETTERHEAD.test(text)
  )
    claims.shift();
  // Sender claim first, then the brand named most often, ties to the first named.
  const first = sender.claimed === null || claims[0]?.sender !== sender.claimed ? 0 : 1;
  if (claims.length - first <= 1) return claims;
  const rest = claims
    .slice(first)
    .sort((a, b) => b.spans.length - a.spans.length || a.spans[0]![0] - b.spans[0]![0]);
  return [...claims.slice(0, first), ...rest];
}

/** "my " or "我的" just before a brand's name: the writer's own account there, no claim. */
const WRITERS_OWN_BEFORE = /(?:\bmy\s|我的|我|你的|你)$/i;
/**
 * The same in Tagalog, after the name: "sa gcash nyo" (your GCash), "gcash ko" (my GCash). An
 * institution writes 您 and "your"; a person writes 你 and "mo".
 */
const WRITERS_OWN_AFTER = /^\s(?:nyo|niyo|mo|ko)\b/i;

/**
 * A brand named only as the other side of a transaction ("a $612.40 purchase at BEST BUY", "a
 * payment to Netflix") or as the goods bought ("您购买的 Nike Dunk Low"): a card alert's merchant, a
 * shop's product, not a second sender.
 */
const COUNTERPARTY_BEFORE = /\b(?:at|to|from|with)\s+$|(?:购买的|购入的|订购的|下单的)\s?$/i;

/**
 * A name the writer works for or the reader booked through, in a plain chat: "我是京东快递小王",
 * "我係恒生銀行客戶經理Kelvin" (the writer introduces themself at it), "您在美团上约的" (where the
 * reader booked). Staff text customers from their own mobiles; with nothing to follow (no link,
 * number, account, lure or ask) it is no notice of the organisation's, only its employee's word.
 */
const STAFF_BEFORE = /(?:我是|我系)$/;
const READERS_PLATFORM_BEFORE = /(?:您|你)在$/;
/** "在猎聘上看到您的简历", "在BOSS直聘上看到你的": where the writer found the reader's own profile. */
const READERS_PROFILE_AROUND = /^在$/;
const READERS_PROFILE_AFTER = /^上(?:看到|看了)(?:您|你)的/;

function isStaffOrReadersPlatform(folded: string, claim: Claim): boolean {
  return (
    claim.spans.length > 0 &&
    claim.spans.every(
      ([start, end]) =>
        saysBefore(folded, start, 2, STAFF_BEFORE) ||
        saysBefore(folded, start, 2, READERS_PLATFORM_BEFORE) ||
        (saysBefore(folded, start, 1, READERS_PROFILE_AROUND) &&
          READERS_PROFILE_AFTER.test(folded.slice(end, end + 6))),
    )
  );
}

/** True when the `window` code units before `start` match `pattern` (anchored with `$`: the words just before). */
function saysBefore(folded: string, start: number, window: number, pattern: RegExp): boolean {
  return pattern.test(folded.slice(Math.max(0, start - window), start));
}

function isCounterparty(folded: string, claim: Claim): boolean {
  return (
    claim.spans.length > 0 &&
    claim.spans.every(([start]) => saysBefore(folded, start, 6, COUNTERPARTY_BEFORE))
  );
}

/**
 * "sent to JANE WANJIKU ", "received Ksh500.00 from JOHN DOE ", "from JU*N D*LA CR*Z " (GCash masks
 * names), "from JOHN OKELLO (2567…)", "paid to 0712…": the words before
 * a number that make it the other party of a payment reported. Past tense only ("send Ksh500 to
 * 07…" is an ask). A bounded window: linear.
 */
const PAYMENT_PARTY_BEFORE =
  /\b(?:sent|received|paid|transferred)\b[^\n]{0,40}?\b(?:to|from)\s(?:[a-z*][a-z.'*-]*\s){0,4}\(?$/i;
const PAYMENT_PARTY_WINDOW = 72;
/** What names a number as a scam's, just after it: "疑似涉诈", "是诈骗电话", "is a scam". Anchored: linear. */
const SCAM_NUMBER_AFTER = /^\s?(?:疑似|涉嫌诈骗|涉诈|是诈骗|为诈骗|\bis a scam\b)/i;
/**
 * What labels a number as an account, a reference or a bill's, just before it: "acc no", "A/c",
 * "Ref", "Cons No", "CA No.", "Order #", 账号, 户口. Anchored, bounded: linear.
 */
const NUMBER_LABEL_BEFORE =
  /(?:\b(?:acc|acct|account|a\/c|ref|reference|cons|consumer|ca|policy|order|txn|transaction|invoice|bill|loan|upi ref|utr|rrn|juror|case|member|patient|customer|student|id)\.?(?:\s?(?:no|number|num|#))?\.?\s?[:：#-]?\s?|账号|帐号|户口|账户|尾号|快件|运单号?|单号|订单号?|户号|受理号|工单号?|编号|取件码|提货码)\s?[:：]?\s?$/i;
/** A bank's initials opening a bracket before an account: "(BCA 8730112921)", but not "(TEL 0800…)". */
const BANK_IN_BRACKET_BEFORE = /\((?!TEL |PH |CALL |HP |WA |MOB )[A-Z]{2,8} $/;

function isCounterpartyNumber(folded: string, start: number): boolean {
  return saysBefore(folded, start, PAYMENT_PARTY_WINDOW, PAYMENT_PARTY_BEFORE);
}

/**
 * What a person's own message may fire: another family's idle words, and the wallet or bank it is
 * to be paid through, named (not as letterhead) from a personal number.
 */
const PERSONAL_MESSAGE_HITS: ReadonlySet<SignalCode> = new Set<SignalCode>([
  'LURE',
  'BRAND_CLAIMED',
  'INSTITUTION_FROM_PERSONAL_NUMBER',
]);
/**
 * What a person's payment among people who know each other may fire: the bank or wallet named, and
 * the account to pay into (PAYEE_ACCOUNT), nothing else.
 */
const PERSONAL_PAYMENT_HITS: ReadonlySet<SignalCode> = new Set<SignalCode>([
  'BRAND_CLAIMED',
  'INSTITUTION_FROM_PERSONAL_NUMBER',
  'PAYEE_ACCOUNT',
]);
/**
 * Money asked for or moved, in any words ("你先转2000给他微信", "打钱", "借我", "send me 200", "can you
 * lend"): a message that asks for money is no plain chat, whatever the score says.
 */
const MONEY_ASK =
  /转(?:账|钱|款|\d|[一二两三四五六七八九十百千万几]|给|我|他|她)|先转|还你|打钱|汇款|汇\d|借(?:我|点|钱|\d)|\b(?:send|transfer|wire|lend|loan|pay|venmo|zelle|e-?transfer)\b[^.\n]{0,24}\d|\b(?:send|lend|need) (?:me )?(?:some )?(?:money|cash|funds)\b|gift ?cards?/i;
/**
 * The longest plain chat passed by rule: a message to someone one knows is short (three SMS
 * segments of Chinese); a long text with nothing to follow is left to the score.
 */
const PLAIN_CHAT_MAX_CHARS = 200;
/**
 * The reader's own booking, viewing or application, named by whoever serves it ("您预约的货拉拉司机",
 * "您约了明天下午4点看…", "看了您在智联上投的简历", "今天下午看的那套", "多謝你今日睇…", "the flat you
 * viewed"), or the policy an agent looks after ("你份醫療保單下個月1號續保", "Your car insurance expires
 * 30 Jun"). Literal alternatives: linear.
 */
const READERS_BOOKING =
  /带您看|带你看|带看|\bviewing for\b|您预约的|您预约了|您约了|你约了|您下单的|投的简历|您投递|您应聘的|(?:今天|今日|昨天)(?:上午|下午|晚上)?(?:看|睇)的|多谢你今日|多谢您今天|[您你]上次看的|您放租的|您的保单|你份[\u4e00-\u9fff]{0,4}保单|\b(?:you booked|your booking|you viewed|your viewing|you applied|your application|thanks for applying|thank you for applying|your (?:car|home|health|medical|life|travel) (?:insurance|policy))\b/i;
/** The longest payment among people passed by rule (two SMS segments of English). */
const PERSONAL_PAYMENT_MAX_CHARS = 320;
/** Five digits in a row, thousands, or groups of three or more: an account, a number, a code, an amount. */
const LONG_NUMBER = /\d{5,}|\d,\d{3}|\d{3,}[ .-]\d{3,}/;
/** Below this lexicon score another family's words are talk, not a lure ("the bill", "my parcel"). */
const IDLE_LURE_SCORE = 3;

function isIdleLure(
  lure: { readonly family: LureFamily; readonly index: number },
  folded: string,
  scan: LexiconScan,
): boolean {
  return (
    !PERSON_SCAM_LURES.has(lure.family) &&
    distinctLureScore(scan, lure.index, folded) < IDLE_LURE_SCORE
  );
}

/**
 * A word of a person-to-person scam's story (PERSON_SCAM_LURES: a new number, a relative in trouble,
 * a boss in a meeting, a changed account, a fee, a prize, a loan). The bare words of paying, the
 * scripts' asks at weight 1 ("转到", "pls send", "can you pay", "pay it back"), are in any payment
 * between people, and tell none.
 */
function tellsScamStory(scan: LexiconScan, folded: string): boolean {
  return scan.lureMatches.some((m) => {
    const family = LURE_FAMILIES[m.index]!;
    if (!PERSON_SCAM_LURES.has(family)) return false;
    const phrase = folded.slice(m.start, m.end).toLowerCase();
    const weights = LURE_LEXICON[family] as Readonly<Record<string, number>>;
    return !(weights[phrase] === 1 && IMPOSTOR_LURES.get(family)?.asks.has(phrase) === true);
  });
}

/** The last digits of a sender number that identify it in the text. */
const WRITER_DIGITS = 8;

/** The digits a sender number is recognised by in the text (its last 8, or all of 5 to 7), or null. */
function senderDigitsOf(sender: SenderInfo): string | null {
  if (sender.kind === 'alphanumeric' || sender.kind === 'none') return null;
  const digits = sender.normalized.replace(NOT_DIGITS, '');
  return digits.length >= 5 ? digits.slice(-WRITER_DIGITS) : null;
}

/** The last 8 digits of a personal mobile sender, or null. */
function writerDigitsOf(sender: SenderInfo): string | null {
  const digits = sender.kind === 'personal_mobile' ? senderDigitsOf(sender) : null;
  return digits !== null && digits.length >= WRITER_DIGITS ? digits : null;
}

/** The words of a payment handle or account between people: a wallet, a till, "acc", "PayID". */
const PAY_WORDS = String.raw`\b(?:fps|payid|payme|paynow|paylah|momo|m-?pesa|easypaisa|jazzcash|gcash|maya|venmo|zelle|cash ?app|till|paybill|acc|acct|account|a\/c|upi|g-?pay|google ?pay|phonepe|paytm|opay|palmpay|moniepoint)\b`;
/** Words just before a number that make it a handle to pay into ("PayID", "MoMo", "支付宝", "acc"). */
const PAY_HANDLE_BEFORE = new RegExp(
  String.raw`(?:${PAY_WORDS}|支付宝|微信|转账|转给|转到|转帐)[^\n]{0,20}$`,
  'i',
);
const PAY_HANDLE_WINDOW = 28;
/**
 * Somewhere to pay, in the words of payments between people: "Paybill 247247 acc 0711…", "till
 * 884512", "acct 1012345678", "to my GTB 0123456789", "to Ammi's JazzCash 0300 …", a bank's name
 * and its account ("Pay to Access Bank 0691234567"), an IBAN ("IE29 AIBK 9311 5212 3456 78").
 * Bounded gaps: linear.
 */
const PAY_DESTINATION = new RegExp(
  String.raw`${PAY_WORDS}[^\n\d]{0,16}\d[\d -]{3,}|\bto (?:my|your|his|her|our|[a-z]{2,12}'s) [a-z][a-z -]{1,20}?\d[\d -]{5,}|\bbank[ :,-]{1,3}\d{8,}\b|\b[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){3,7}\b`,
  'i',
);

/** A call just before the number: "… of your account call 0915 …" asks to call it, not to pay it. */
const CALL_BEFORE =
  /(?:\b(?:call|ring|dial|phone|contact|text|sms|whatsapp)\b|致电|拨打|来电|回电|打电话)[^\n\d]{0,12}$/i;

function isPayHandle(folded: string, start: number): boolean {
  return (
    saysBefore(folded, start, PAY_HANDLE_WINDOW, PAY_HANDLE_BEFORE) &&
    !saysBefore(folded, start, PAY_HANDLE_WINDOW, CALL_BEFORE)
  );
}

/** The number at `span` is the writer's own (its digits end in the sender's). */
function isWriters(folded: string, [start, end]: Span, writer: string): boolean {
  return folded.slice(start, end).replace(NOT_DIGITS, '').endsWith(writer);
}

function hostOf(link: SmsLink): string {
  return link.unicodeHost === link.host ? link.host : `${link.host} (${link.unicodeHost})`;
}

function isApkLink(link: SmsLink): boolean {
  const path = link.path.toLowerCase();
  return path.endsWith('.apk') || path.includes('.apk?') || path.includes('.apk#');
}

function addLinkHits(hits: RuleHits, links: readonly SmsLink[]): OfficialSender | null {
  let lookalikeBrand: OfficialSender | null = null;
  for (const link of links) {
    const span: Span[] = [[link.start, link.end]];
    const host = hostOf(link);
    if (link.isShortener)
      hits.add('LINK_SHORTENER', 1, `${host} is a URL shortener (it hides the destination)`, span);
    if (link.isIp) hits.add('LINK_RAW_IP', 1, `link to a raw IP address ${link.host}`, span);
    if (link.port !== null && link.port !== 80 && link.port !== 443) {
      hits.add('LINK_ODD_PORT', 1, `link to ${link.host} on port ${link.port}`, span);
    }
    if (link.obfuscation.length > 0) {
      hits.add(
        'LINK_OBFUSCATED',
        1,
        `link ${host} written with ${link.obfuscation.join(', ')}`,
        span,
      );
    }
    if (link.isIdn) hits.add('LINK_PUNYCODE', 1, `internationalised (punycode) host ${host}`, span);
    const tld = link.host.slice(link.host.lastIndexOf('.') + 1);
    if (!link.isIp && RISKY_TLDS.has(tld))
      hits.add('LINK_RISKY_TLD', 1, `${link.host} uses the .${tld} TLD, common in smishing`, span);
    if (isApkLink(link)) {
      hits.add('LINK_APK', 1, `link downloads an Android package: ${link.url.slice(0, 120)}`, span);
    }
    const look = findLookalike(link);
    if (look !== null) {
      lookalikeBrand ??= look.sender;
      const how =
        look.how === 'contains'
          ? `contains "${look.mark}"`
          : look.how === 'homoglyph'
            ? `spells "${look.mark}" with lookalike characters`
            : `is one or two edits from "${look.mark}"`;
      hits.add(
        'LINK_LOOKALIKE_DOMAIN',
        1,
        `${host} imitates ${look.sender.name} (${how}); ${look.sender.name}'s official domains: ${domainsOf(look.sender)} (${toRegistryRef(look.sender)})`,
        span,
      );
    }
  }
  return lookalikeBrand;
}

function addConsistencyHits(
  hits: RuleHits,
  ctx: {
    claims: readonly Claim[];
    sender: SenderInfo;
    links: readonly SmsLink[];
    placeholders: readonly Span[];
    /** Phone numbers in the text that are lines of a claimed organisation. */
    ownPhones: readonly PhoneMatch[];
    text: string;
  },
): void {
  const { claims, sender, links, placeholders, ownPhones } = ctx;
  // Its own service number named as the line to call ("请致电95539"): too short to read as a phone
  // number, it is one of the claim's spans.
  const ownLines = claims.flatMap((c) =>
    c.spans.map(([a, b]) => ctx.text.slice(a, b)).filter((t) => c.sender.numbers.includes(t)),
  );
  const ownNumbers = [
    ...ownPhones.map((p) => ctx.text.slice(p.start, p.end)),
    ...new Set(ownLines),
  ].join(', ');
  const unknown =
    placeholders.length > 0 ? 'an anonymised link (URL placeholder, host unknown)' : null;
  for (const claim of claims) {
    const bad = links.filter(
      (l) => !isOfficialHostOf(l.host, claim.sender) && !isKnownOfficialLink(l),
    );
    const targets = bad.map(hostOf);
    if (unknown !== null) targets.push(unknown);
    if (targets.length === 0) continue;
    hits.add(
      'BRAND_LINK_NOT_OFFICIAL',
      1,
      `claims ${claim.sender.name} (${claim.how}) but links to ${targets.join(', ')}; ${claim.sender.name}'s official domains: ${domainsOf(claim.sender)} (${toRegistryRef(claim.sender)})`,
      [...bad.map((l): Span => [l.start, l.end]), ...placeholders, ...claim.spans],
    );
  }
  if (sender.kind !== 'official' || sender.claimed === null) {
    // Every link on the domains of every organisation the text claims (with no name in the text,
    // of the one organisation its links belong to), or a number to call that is its own line: its
    // own notice, whoever sent it; following the link or calling the number reaches the organisation.
    if (unknown !== null) return;
    if (links.length === 0 && ownPhones.length === 0 && ownLines.length === 0) return;
    const owner = claims.length === 0 ? officialLinkOwner(links) : null;
    // With no name in the text, links only to a government's own domains ("… pay it through the
    // Dubai Police app or dubaipolice.gov.ae"): no office is named, but every link reaches one.
    const government = claims.length === 0 && owner === null ? governmentLinkOwner(links) : null;
    if (government !== null) {
      hits.add(
        'BRAND_OFFICIAL_CONTACT',
        1,
        `every link is on a domain that only a government office or an accredited school can register: ${links.map(hostOf).join(', ')} (${toRegistryRef(government)})`,
        links.map((l): Span => [l.start, l.end]),
      );
      return;
    }
    if (claims.length === 0 && owner === null) return;
    if (
      !claims.every((c) =>
        links.every((l) => isOfficialHostOf(l.host, c.sender) || isKnownOfficialLink(l)),
      )
    )
      return;
    // Links only to other organisations (a merchant named in the text) and no own line: nothing
    // leads to the claimed brand itself.
    if (
      claims.length > 0 &&
      ownPhones.length === 0 &&
      ownLines.length === 0 &&
      !links.some((l) => claims.some((c) => isOfficialHostOf(l.host, c.sender)))
    )
      return;
    const c = claims[0] ?? { sender: owner!, how: 'its links', spans: [] };
    const what = [
      ...(links.length > 0
        ? [
            `every link is on its official domains${links.every((l) => isOfficialHostOf(l.host, c.sender)) ? '' : " or another known organisation's"}: ${links.map(hostOf).join(', ')}`,
          ]
        : []),
      ...(ownNumbers !== '' ? [`the number to call is its own line: ${ownNumbers}`] : []),
    ];
    hits.add(
      'BRAND_OFFICIAL_CONTACT',
      1,
      `${owner === null ? `claims ${c.sender.name} (${c.how})` : `is about ${c.sender.name} (named by its links only)`} and ${what.join('; ')} (${toRegistryRef(c.sender)})`,
      [
        ...links.map((l): Span => [l.start, l.end]),
        ...ownPhones.map((p): Span => [p.start, p.end]),
      ],
    );
    return;
  }
  const own = sender.claimed;
  const bad = links.filter((l) => !isOfficialHostOf(l.host, own) && !isKnownOfficialLink(l));
  if (bad.length > 0 || unknown !== null) {
    const targets = bad.map(hostOf);
    if (unknown !== null) targets.push(unknown);
    hits.add(
      'OFFICIAL_SENDER_LINK_NOT_OFFICIAL',
      1,
      `sender ${sender.normalized} is ${own.name}'s official number but the message links to ${targets.join(', ')}, outside its official domains (${domainsOf(own)}); a forged sender (fake base station) is the usual cause (${toRegistryRef(own)})`,
      [...bad.map((l): Span => [l.start, l.end]), ...placeholders],
    );
  } else if (links.length === 0 && ownNumbers !== '') {
    // No link, and the line it names is the organisation's own ("详询95530" from 95530): calling
    // it reaches the organisation, whoever sent the text.
    hits.add(
      'BRAND_OFFICIAL_CONTACT',
      1,
      `sender ${sender.normalized} is ${own.name}'s official number and the number to call is its own line: ${ownNumbers} (${toRegistryRef(own)})`,
      ownPhones.map((p): Span => [p.start, p.end]),
    );
  } else if (links.length > 0) {
    hits.add(
      'OFFICIAL_SENDER_OFFICIAL_LINK',
      1,
      `sender ${sender.normalized} is ${own.name}'s official number and every link is on its official domains${links.every((l) => isOfficialHostOf(l.host, own)) ? '' : " or another known organisation's"}: ${links.map(hostOf).join(', ')} (${toRegistryRef(own)})`,
      links.map((l): Span => [l.start, l.end]),
    );
  }
}

function addSenderHits(hits: RuleHits, sender: SenderInfo, claims: readonly Claim[]): void {
  const textClaim = claims.find((c) => c.spans.length > 0);
  const shown = showSender(sender);
  if ((sender.kind === 'personal_mobile' || sender.kind === 'email') && textClaim !== undefined) {
    const what =
      sender.kind === 'email'
        ? 'an e-mail address'
        : `a personal mobile number (${sender.country ?? '?'}) ${shown}`;
    hits.add(
      'INSTITUTION_FROM_PERSONAL_NUMBER',
      1,
      `claims ${textClaim.sender.name} (${textClaim.how}) but was sent from ${what}`,
      textClaim.spans,
    );
  }
  if (sender.kind === 'international') {
    hits.add('SENDER_INTERNATIONAL', 1, `sender ${shown} is an international number`);
  }
  if (sender.kind === 'a2p' || sender.kind === 'service') {
    const kind =
      sender.kind === 'a2p'
        ? 'a 106 bulk (A2P) code'
        : 'a service-style number not in the registry';
    const claimed = sender.claimed === null ? '' : ` ending in ${sender.claimed.name}'s number`;
    hits.add(
      'SENDER_SPOOFABLE_PREFIX',
      1,
      `sender ${shown} is ${kind}${claimed}; fake base stations most often pose as 106, 400 and 955 numbers`,
    );
  } else if (sender.kind === 'alphanumeric' && sender.claimed !== null) {
    hits.add(
      'SENDER_SPOOFABLE_PREFIX',
      1,
      `sender ID "${shown}" names ${sender.claimed.name}; alphanumeric sender IDs can be set by anyone`,
    );
  }
  if (sender.imitates !== undefined) {
    hits.add(
      'SENDER_LOOKALIKE',
      1,
      `sender ID "${shown}" imitates ${sender.imitates.name}'s registered ID "${sender.imitates.senderIds.join('", "')}" with characters that look alike on a phone (I for l, 0 for O, rn for m): no organisation sends under a misspelling of its own name; an impersonation, smishing by rule whatever the score (${toRegistryRef(sender.imitates)})`,
    );
  }
}

const SIGNAL_LABEL: Readonly<Record<(typeof LEXICON_SIGNALS)[number], string>> = {
  URGENCY: 'urgency',
  MONEY_BAIT: 'money bait',
  CREDENTIAL_REQUEST: 'asks for credentials',
  APK_PROMPT: 'asks to install an app',
  REPLY_TO_WIN: 'asks for a reply',
};

/**
 * Credentials to bring in person are not asked for by text: "请携带本人身份证到任意网点办理", "請於10天內攜同身份證明文件領取", "bring
 * your passport to the branch". Matched in the few units before the credential word.
 */
const BRING_IN_PERSON =
  /(?:携带|携同|带同|带上|带好|记得带|请带|带齐|带着|需带|(?:^|[，。,；;\s])带|凭|持)[^，。,；;\n]{0,10}$|\bbring (?:your |a )?$/i;
const BRING_WINDOW = 14;
/** bKash's and GCash's "Cash In" / "Cash Out": the wallet's own names for a deposit and a withdrawal. */
const WALLET_CASH = /^cash (?:in|out)\b/i;
/** "Telecel Cash", "Vodafone Cash", "Orange Cash", Dialog's "eZ Cash": mobile wallets named so. */
const WALLET_BRAND = /\b(?:telecel|vodafone|airteltigo|tigo|orange|wave|ez)\s$/i;
/**
 * "Reply YES to confirm" an appointment, an interview or a booking: an answer, no prize claimed (a
 * premium subscription's "to confirm your subscription" is caught by its price and small print).
 * "Reply YES or NO" stays an ask: from a mobile under a bank's name it is the fake fraud alert.
 */
const REPLY_TO_CONFIRM =
  /^ to (?:confirm|attend)\b(?! (?:your )?(?:subscription|entry|claim|prize|reward))/i;
/** "any City cash office", "the cash counter": a place to pay at, no cash offered. */
const CASH_PLACE = /^cash (?:offices?|counters?|desks?|points?)\b/i;
/** The writer who pays back in cash ("I'll give you cash Sunday", "I will pay u back in cash"): no bait. */
const CASH_REPAY_BEFORE = /\bi(?:'ll|’ll| will)\s(?:give|pay)\s(?:you|u)\s(?:back\s)?(?:in\s)?$/i;
/**
 * A refund reported done ("Your refund of RM89.90 … has been processed to your ShopeePay wallet"):
 * its word "refund" is the fact reported, no money dangled. Bounded gap: linear.
 */
const REFUND_DONE =
  /\brefund\b(?:[^.!?\n]|\.(?=\d)){0,60}?\b(?:has been|have been|was|were)\s(?:successfully\s)?(?:processed|credited|issued|paid|completed|approved|refunded|deposited)\b/i;

/** The medical-insurance card words a notice asks to bring ("请带身份证和医保卡", "請攜帶健保卡"). */
const CARD_WORDS: ReadonlySet<string> = new Set(['医保卡', '健保卡', '社保卡', '医保']);
const MEDICAL_INSURANCE = LURE_FAMILIES.indexOf('medical_insurance');

/**
 * A medical-insurance card to bring in person (a clinic's, a vaccination drive's, a health check's
 * "请带身份证和医保卡") is no medical_insurance lure: the scam wants the card's details or a call, not
 * the card at a desk. Its words leave the scan before the best lure is chosen.
 */
function dropCardsBroughtInPerson(scan: LexiconScan, folded: string): void {
  if (scan.lureScore[MEDICAL_INSURANCE] === 0) return;
  const weights = LURE_LEXICON.medical_insurance as Readonly<Record<string, number>>;
  let k = 0;
  for (const m of scan.lureMatches) {
    const phrase = folded.slice(m.start, m.end);
    if (
      m.index === MEDICAL_INSURANCE &&
      CARD_WORDS.has(phrase) &&
      isBroughtInPerson(folded, m.start)
    ) {
      scan.lureScore[MEDICAL_INSURANCE]! -= weights[phrase] ?? 0;
      continue;
    }
    scan.lureMatches[k++] = m;
  }
  scan.lureMatches.length = k;
}

function isBroughtInPerson(folded: string, start: number): boolean {
  return saysBefore(folded, start, BRING_WINDOW, BRING_IN_PERSON);
}

/**
 * "Your CIMB Clicks password was successfully changed", "You have successfully changed your M2U
 * password": a report that it changed, not a request for it.
 */
const CREDENTIAL_CHANGED_AFTER =
  /^\s?(?:was|has been)\s(?:successfully\s)?(?:changed|reset|updated)\b/i;
const CREDENTIAL_CHANGED_BEFORE = /\b(?:changed|reset|updated) your\s(?:[a-z0-9]{1,12}\s){0,2}$/i;

/**
 * "Your one-time password is 829103", "password: 4471": the credential given, the code message
 * itself, not a request for one (whoever asks for it next is the scam).
 */
const GIVEN_AFTER = /^\s?(?:is|:|：|为|是)?\s?\d{4,8}(?!\d)/i;
const GIVEN_WINDOW = 12;

function isCredentialGiven(folded: string, end: number): boolean {
  return GIVEN_AFTER.test(folded.slice(end, end + GIVEN_WINDOW));
}

function addLexiconHits(hits: RuleHits, text: string, folded: string, scan: LexiconScan): void {
  for (let idx = 0; idx < LEXICON_SIGNALS.length; idx++) {
    const code = LEXICON_SIGNALS[idx]!;
    let score = scan.signalScore[idx]!;
    if (score < 2) continue;
    let matches = scan.signalMatches.filter((m) => m.index === idx);
    const idle = matches.filter((m) => isIdleSignalWord(code, folded, m));
    if (idle.length > 0) {
      const weights: Readonly<Record<string, number>> = SIGNAL_LEXICON[code];
      matches = matches.filter((m) => !idle.includes(m));
      for (const m of idle) score -= weights[folded.slice(m.start, m.end).toLowerCase()] ?? 0;
      if (score < 2) continue;
    }
    const words = [...new Set(matches.map((m) => quote(text, m.start, m.end)))]
      .slice(0, 6)
      .join(', ');
    hits.add(
      code,
      Math.min(1, score / 3),
      `${SIGNAL_LABEL[code]}: ${words}`,
      matches.map((m): Span => [m.start, m.end]),
    );
  }
}

/**
 * A signal word that says nothing of its kind where it stands: a credential brought in person or
 * given to the reader ("请携带身份证", "your PIN is 4821"); "Cash In Tk 5,000.00 from …" (a mobile
 * wallet's deposit, named so), a cash office, a refund reported done, or the cash a clause denies
 * ("中国移动不会通过短信链接让您兑换现金"); "Reply YES to confirm" an appointment.
 */
function isIdleSignalWord(code: SignalCode, folded: string, m: PhraseMatch): boolean {
  if (code === 'CREDENTIAL_REQUEST') {
    return (
      isBroughtInPerson(folded, m.start) ||
      CREDENTIAL_CHANGED_AFTER.test(folded.slice(m.end, m.end + 28)) ||
      saysBefore(folded, m.start, 40, CREDENTIAL_CHANGED_BEFORE) ||
      isCredentialGiven(folded, m.end) ||
      isDenied(folded, m.start)
    );
  }
  if (code === 'MONEY_BAIT') {
    return (
      WALLET_CASH.test(folded.slice(m.start, m.end + 5)) ||
      saysBefore(folded, m.start, 12, WALLET_BRAND) ||
      CASH_PLACE.test(folded.slice(m.start, m.end + 9)) ||
      saysBefore(folded, m.start, 24, CASH_REPAY_BEFORE) ||
      (folded.slice(m.start, m.end).toLowerCase() === 'refund' && REFUND_DONE.test(folded)) ||
      isDenied(folded, m.start)
    );
  }
  if (code === 'REPLY_TO_WIN') return REPLY_TO_CONFIRM.test(folded.slice(m.end, m.end + 24));
  return false;
}

/**
 * Adds SERVICE_CONTACT_NUMBER or CALLBACK_NUMBER for the numbers and messenger handles given;
 * true when the call-back asks the reader to contact a messenger account.
 */
function addCallbackHits(
  hits: RuleHits,
  text: string,
  scan: LexiconScan,
  phones: readonly PhoneMatch[],
  handles: readonly Span[],
  folded: string,
  /** A lure at the strength of an ask (LURE_ASK_SCORE): its number is a call-back however phrased. */
  lure: boolean,
  /** The dispute line of a report from a sender ID or a short code (findDisputeLine), or null. */
  disputeLine: Span | null,
): boolean {
  if (phones.length === 0 && handles.length === 0) return false;
  const service =
    phones.length > 0 && handles.length === 0 && !lure
      ? (findServiceContext(folded) ?? disputeLine)
      : null;
  if (service !== null) {
    hits.add(
      'SERVICE_CONTACT_NUMBER',
      1,
      `gives a number to reach the writer about a booking or a question (${quote(text, service[0], service[1])}), with no fraud lure`,
      [...phones.map((p): Span => [p.start, p.end]), service],
    );
    return false;
  }
  if (scan.cues.length > 0) {
    const cue = scan.cues[0]!;
    const intl = phones.some((p) => p.international);
    const spans = phones.map((p): Span => [p.start, p.end]);
    const what = [
      ...(phones.length > 0
        ? [`a number in the text${intl ? ', with an international prefix' : ''}`]
        : []),
      ...(handles.length > 0
        ? [`a messenger account (${handles.map(([a, b]) => quote(text, a, b)).join(', ')})`]
        : []),
    ];
    hits.add(
      'CALLBACK_NUMBER',
      1,
      `asks to ${phones.length > 0 ? 'call back' : 'contact'} (${quote(text, cue.start, cue.end)}) ${what.join(' and ')}`,
      [...spans, ...handles, [cue.start, cue.end]],
    );
    return handles.length > 0;
  }
  // An account written after its app's name ("LINE ID: tiktok_job88", "TG：@zhuihui_team") is a
  // contact by itself when it looks like one (a digit, `_`, `-` or a leading `@`): "WhatsApp
  // password" is no account.
  const accounts = handles.filter(
    ([a, b]) => text.charCodeAt(a - 1) === 64 || ACCOUNT_MARK.test(text.slice(a, b)),
  );
  if (accounts.length === 0) return false;
  hits.add(
    'CALLBACK_NUMBER',
    1,
    `gives a messenger account to contact (${accounts.map(([a, b]) => quote(text, a, b)).join(', ')})`,
    accounts,
  );
  return true;
}

const ACCOUNT_MARK = /[\d_-]/;

/**
 * "If not done by you", "Not you?", "if unauthorised", "for dispute", "Need help?": the line a
 * transaction report from a sender ID or a short code gives to dispute it, with no lure at full
 * strength (checked by the caller). Where sender IDs are registered (India's DLT headers,
 * Singapore's and Hong Kong's registries, the UK's protection registry) and short codes leased
 * (US, Canada), the sender is the bank's; the call-back scam comes from a number, or carries its lure.
 * Its span, or null when the message is no report (RECEIPT) or gives no such line.
 */
const DISPUTE_LINE =
  /\b(?:if (?:this was |it was )?not (?:done |made )?by you|if (?:this|it) was(?:n't| not) you|if not (?:done by )?you\b|not you\?|if unauthori[sz]ed|if you did(?: not|n't) (?:make|do|perform) (?:this|it)|if you don'?t recogni[sz]e (?:it|this)|for (?:any )?(?:dispute|help|queries|enquiries|assistance)|need help\?|phonebanking|helpline)|如非(?:你|您)?本人|非(?:你|您)?本人(?:操作|交易|进行)|如有疑问|客服专线|客服热线/i;

/** What a 106 code's quiet notice may fire: its guessed owner and the spoofable-ID note. */
const QUIET_A2P_HITS: ReadonlySet<SignalCode> = new Set<SignalCode>([
  'BRAND_CLAIMED',
  'SENDER_SPOOFABLE_PREFIX',
]);
/** "回复1查询", "reply Y", "SMS your name & area to 34567": an answer asked for. */
const REPLY_ASK =
  /回复|回覆|\breply\b|\btext back\b|\b(?:sms|text|txt|send)\b[^.\n]{0,30}\bto \d{4,6}\b/i;

/**
 * An alphanumeric sender ID, a short code or a Chinese 106 code: a name or number a business sends
 * under (short codes are leased to registered programmes), not a person's line; a forged one gains
 * nothing by a message with nothing to follow.
 */
function isBusinessSender(sender: SenderInfo): boolean {
  return isOwnSenderId(sender) || sender.kind === 'a2p' || sender.kind === 'short_code';
}

/** An alphanumeric sender ID that imitates no registered one ("PayPaI" is a forger's, whatever it reports). */
function isOwnSenderId(sender: SenderInfo): boolean {
  return sender.kind === 'alphanumeric' && sender.imitates === undefined;
}

/** An alphanumeric sender ID or a short code: what a business sends from, where they are registered. */
function isRegisteredSender(sender: SenderInfo): boolean {
  return isOwnSenderId(sender) || sender.kind === 'short_code';
}

function findDisputeLine(folded: string, scan: LexiconScan): Span | null {
  if ((scan.hints & HINT_RECEIPT) === 0 || !RECEIPT.test(folded)) return null;
  const m = DISPUTE_LINE.exec(folded);
  return m === null ? null : [m.index, m.index + m[0].length];
}

/**
 * The span of the first SERVICE_CONTACT phrase ("to reschedule", "如需改期"), or null: the number
 * beside it is how to reach a clinic, a garage or a landlord's plumber, not a call-back a lure
 * asks for. Its weight is learned like any other signal's.
 */
function findServiceContext(folded: string): Span | null {
  const lower = folded.toLowerCase();
  for (const phrase of SERVICE_CONTACT) {
    const at = lower.indexOf(phrase);
    if (at >= 0) return [at, at + phrase.length];
  }
  return null;
}

/**
 * Premium-rate charges stated in the text: a price per message, minute or week ("150p/msg",
 * "£1.50 per wk", "150ppm"), "std txt rate"-style small print, or a UK premium number (090 and
 * 098, and 087 national rate: 226 of the 231 09… numbers in the English sets start 090; 091-097 are
 * left out, being how most Philippine mobile numbers start: 0917, 0927…). Subscription and
 * chat-line spam states them because the law asks it to. Each
 * pattern is linear: bounded digit runs and literal words, no nested repetition.
 */
const PREMIUM_RATE =
  /\d{1,4}(?:\.\d{1,2})?p\s?(?:\/|per\s)\s?(?:msg|message|txt|text|min|wk|week|sms|call)|£\d{1,3}(?:\.\d{1,2})?\s?(?:(?:\/|per\s)\s?(?:msg|message|txt|text|min|wk|week|sms|call)|to\srcv)|\b\d{2,4}ppm\b|\bstd\.?\s(?:txt|text|ntwk|network|sms)\s(?:rate|chg|charge)|\b(?:09[08]\d{8}|087\d{8})\b/gi;

const NON_DIGIT = /\D/;

/** Adds PREMIUM_RATE; true when a charge is stated (a price, not only a premium number). */
function addPremiumRateHits(hits: RuleHits, text: string, folded: string): boolean {
  const spans: Span[] = [];
  // exec on the shared global pattern, not matchAll: matchAll clones the RegExp on every call
  // (measured: most of this rule's cost on a message with no match).
  PREMIUM_RATE.lastIndex = 0;
  for (let m = PREMIUM_RATE.exec(folded); m !== null; m = PREMIUM_RATE.exec(folded)) {
    spans.push([m.index, m.index + m[0].length]);
    if (spans.length >= 6) break;
  }
  if (spans.length === 0) return false;
  const words = [...new Set(spans.map(([a, b]) => quote(text, a, b)))].join(', ');
  // A price has a non-digit in it (p, £, ppm, a word); a premium number has none. Runs only on a match.
  const charged = spans.some(([a, b]) => NON_DIGIT.test(folded.slice(a, b)));
  hits.add(
    'PREMIUM_RATE',
    1,
    `states premium-rate charges: ${words}${charged ? ' (a paid service selling itself: spam at least, whatever the score)' : ''}`,
    spans,
  );
  return charged;
}

/**
 * How marketing lets the reader stop it (CTIA's "Reply STOP", China's 退订回T / 拒收请回复R). With
 * an offer it marks an advert; alone it marks nothing: China Mobile's platform appends 拒收请回复R
 * to every message of a 106 code, a pickup code and a bill as much as an advert (PROMOTION).
 */
const OPT_OUT =
  /\b(?:reply|text|txt|send)\s+stop\b|\bstop\s+to\s+(?:opt|end|cancel|quit|unsub)|\bunsubscribe\b|\bunsub\b|\bopt[- ]?out\b|退订|回t\b|回[复覆]t\b|取消订阅|拒收|回复stop|回覆stop/i;
/**
 * 免费 that offers something, not a free service of a notice: 免费保管 (kept for free), 免费改签 / 退票 /
 * 改退 (free rebooking), free health checks and card replacement. Shared by OFFER and PROMOTION.
 */
const FREE_AS_OFFER =
  '(?<!已为您|本短信)免费(?!保管|取件|改签|退票|退改|改退|办理改|办理退|义诊|接种|测血|体检|筛查|换领|换卡|补换|检修)';
/**
 * An offer: a price cut, a sale, something free (not "toll-free"), an upgrade, a carrier's bundle
 * for a while ("Buy 10GB for R99 this weekend only", "Get 2GB … valid till midnight").
 */
const OFFER = new RegExp(
  String.raw`优惠|${FREE_AS_OFFER}|特惠|限时|折扣|促销|抢购|秒杀|立减|专享|专属(?!服务人员|客户经理|理财经理)|\d{1,3}% off|\b(?:rm|rs\.?|r|\$|£|€|s\$)\s?\d{1,4}\s?off\b|\b(?:offers?|deals?|sale|discount|promo|upgrade|last chance|cashback|voucher|coupon|shop now|half price|bogo|double points|pre-?(?:approved|qualified)|(?:get|borrow) up to|don'?t miss out|this weekend only|today only|valid till midnight|limited time|enjoy unlimited|(?:get|buy) \d{1,3}\s?gb|(?:summer|weekly|weekend|winter|spring|holiday|daily) specials?|specials|(?:for only|only|just) (?:rs\.?|rm|\$|£|€|p|php|₱|ksh)\s?\d+)\b|(?<!toll-)\bfree\b|\bat no extra cost\b|笋盘|\bplans from\b|\bthinking of (?:buying|switching|moving)\b|\bapproval in principle\b|\bget a (?:personal )?loan\b|\bloan of up to\b|\d元起|体验价|原价|低至|开抢|满\d{1,5}减\d|快去使用|已降价|降价\d|库存紧张|即享|仅加\d|升级资格|团购(?!券)|\d(?:\.\d)?折|\binstant (?:personal )?loans?\b|\bapply now\b|\battractive rates\b|(?:仅需|只需)\d|\b(?:get )?(?:first|early) access\b|\b(?:profit|odds) boost\b|\bbonus bets?\b`,
  'i',
);

/**
 * An offer's small print: "T&C apply", "T&Cs", "terms apply". In the public English sets 66
 * messages hold it and none is ham.
 */
const SMALL_PRINT = /\bt\s?&\s?cs?\b|\bterms\s(?:(?:&|and)\s)?(?:conditions\s)?apply\b/i;

/** The first OFFER before the opt-out at [start, end), else the first after it. */
function findOffer(folded: string, start: number, end: number): Span | null {
  const before = OFFER.exec(folded.slice(0, start));
  if (before !== null) return [before.index, before.index + before[0].length];
  const after = OFFER.exec(folded.slice(end));
  return after === null ? null : [end + after.index, end + after.index + after[0].length];
}

function addMarketingHits(
  hits: RuleHits,
  text: string,
  folded: string,
  scan: LexiconScan,
): boolean {
  const stop = (scan.hints & HINT_OPT_OUT) !== 0 ? OPT_OUT.exec(folded) : null;
  const optOut = stop ?? ((scan.hints & HINT_SMALL_PRINT) !== 0 ? SMALL_PRINT.exec(folded) : null);
  if (optOut === null) return false;
  const end = optOut.index + optOut[0].length;
  const offer = findOffer(folded, optOut.index, end);
  if (offer === null) return false;
  const what = stop === null ? 'its small print' : 'its opt-out';
  hits.add(
    'MARKETING_OPT_OUT',
    1,
    `an offer (${quote(text, offer[0], offer[1])}) with ${what} (${quote(text, optOut.index, end)}): marketing, spam at least whatever the score`,
    [offer, [optOut.index, end]],
  );
  return true;
}

/**
 * An outright sale in a merchant's words: "Up to 70% off", "Shop now", "buy one get one", "flash
 * sale", "Offer ends Sunday", "2X data bonus", 买一送一, 只限今日, 全场8折, "升级为…套餐". In the public
 * training sets 117 messages hold one: 113 spam, 3 smishing and 1 ham (a friend's "i got a card got
 * 20% off"); in the probe sets 176: 175 spam and 1 smishing, many from the brand's own sender ID with
 * no opt-out (a carrier's upsell, a shop's weekend sale). Literal alternatives and bounded runs: linear.
 */
const SALE =
  /\b\d{1,3}% off\b|\bup to \d{1,3}%|\bdiskaun sehingga \d{1,3}%|\bshop now\b|\bbuy (?:1|one) get (?:1|one)\b|\bbogo\b|买一送一|买\d送\d|只限今日|仅限今日|今日特价|全场\d(?:\.\d)?折|升级为.{0,8}套餐|\bflash sale\b|\bmega sale\b|闪购|限时抢购|\bregister to [a-z]{2,8}\d{2,4}\b|\bsurf more for less\b|\boffer ends\b|\boffer valid (?:till|until|today)\b|\bdata bonus\b|\b(?:extra|get|save|enjoy|take) (?:hk\$|nt\$|s\$|rm|\$|£|€)\d{1,4} off\b|\bsuper sale\b|\bwith (?:promo |voucher |discount )?code [a-z][a-z0-9]{3,11}\b|\b(?:promo|voucher|discount|coupon) code\b|\d{1,2}%回赠/i;
/**
 * A merchant's sale that shoppers also pass on ("亚马逊的书又在满200减100", "…先到先得" in the
 * public sets' Chinese chat): read as a sale only when a sender is shown.
 */
const SALE_FROM_SENDER = /满\s?(?:mop|hk\$|nt\$|rm|s\$|\$|¥|￥)?\s?\d{2,5}\s?减|先到先得/i;
/**
 * Grey-market goods: "Cheap IPTV", "5000 page likes for $25", "elo boosting", 代刷, 涨粉, 透视自瞄…不封号,
 * "Netflix/Disney+ 合租位". Literal alternatives: linear.
 */
const GREY_MARKET =
  /iptv|外挂|自瞄|不封号|代刷|刷粉|涨粉|买赞|合租位|不验车|全程包过|\blikes for\b|\b(?:elo|rank|score) boost(?:ing)?\b|\bboosting service\b|\bfollowers for\b/i;
/**
 * A trader's own advert, sent from a personal mobile as often as not: the handyman's "no job too
 * small", the removal man's "man & van" and 搬屋…$380起, the tutor's "home tuition", the agent's "thinking of
 * selling?" and 有意愿出售, the broker's "beat current rates", the car buyer's "sell your car for
 * cash". None of the public sets' 36,736 messages holds one of these. Literal alternatives: linear.
 */
const TRADE_ADVERT =
  /\bno job too small\b|(?<!\byour )\bfree (?:valuation|quote|estimate)s?\b|\bhome tuition\b|\bman (?:&|and) van\b|\bselling pre-?loved\b|(?:搬屋|搬运|清拆)[^\n]{0,30}?\d{2,5}起|\bwe buy any\b|\bsell your (?:car|house|home|gold) (?:for cash|today|fast)\b|\bbeat (?:your )?(?:current )?(?:rates|quotes?|price)\b|\bthinking of selling\?|\b(?:are you|if you're|if you are) thinking of selling\b|有意愿出售|有意愿卖|\bdemo class\b|\bcheapest in (?:the )?(?:area|town)\b|\bfair rates\b|\blocal handyman\b|有?需要的私聊|\bfor an instant offer\b|本店新到|\bsite visit\b|\b\d\s?bhk\b|免费试听/i;
/** A person's own words ("i got a card got 20% off"): a friend passing on a deal, not a merchant. */
const FIRST_PERSON = /\bi\b/i;

/**
 * SALE_OFFER for a sale from anyone but a personal number (a sender ID, a short code, a 106 code
 * or none shown): marketing, spam at least whatever the score, as the public sets label it.
 */
/** SALE_OFFER for a message under India's promotional DLT header (`VM-AIRTEL-P`). */
function addPromotionalHeaderHit(hits: RuleHits, raw: string | undefined): boolean {
  if (raw === undefined || !isPromotionalDltHeader(raw)) return false;
  hits.add(
    'SALE_OFFER',
    1,
    `sent under the promotional header ${raw.trim().toUpperCase()}: India's DLT registry lets only adverts go out under a "-P" header, so it is one by regulation; spam at least whatever the score`,
  );
  return true;
}

function addSaleHits(
  hits: RuleHits,
  text: string,
  folded: string,
  scan: LexiconScan,
  sender: SenderInfo,
): boolean {
  // Grey-market goods are sold from mobiles too: pirate TV, bought likes, rank boosting, game cheats.
  const grey = GREY_MARKET.exec(folded);
  if (grey !== null) {
    hits.add(
      'SALE_OFFER',
      1,
      `grey-market goods for sale (${quote(text, grey.index, grey.index + grey[0].length)}): pirate TV, bought likes or followers, rank boosting, game cheats, shared accounts; an advert whoever sends it, spam at least whatever the score (in the public sets the 4 such messages are spam)`,
      [[grey.index, grey.index + grey[0].length]],
    );
    return true;
  }
  // measured: TRADE_ADVERT on every message was 6% of analyzeSms; the lexicon pass finds its words
  const trade = (scan.hints & HINT_TRADE) !== 0 ? TRADE_ADVERT.exec(folded) : null;
  if (trade !== null) {
    hits.add(
      'SALE_OFFER',
      1,
      `a trader's advert (${quote(text, trade.index, trade.index + trade[0].length)}): a service or goods offered to whoever reads it, spam at least whatever the score, from a personal number as much as from a sender ID`,
      [[trade.index, trade.index + trade[0].length]],
    );
    return true;
  }
  if (sender.kind === 'personal_mobile' || sender.kind === 'international') return false;
  const m = SALE.exec(folded) ?? (sender.kind === 'none' ? null : SALE_FROM_SENDER.exec(folded));
  if (m === null || FIRST_PERSON.test(folded)) return false;
  hits.add(
    'SALE_OFFER',
    1,
    `a sale in a merchant's words (${quote(text, m.index, m.index + m[0].length)}), not from a person's number: marketing, spam at least whatever the score (in the public sets 116 of 117 such messages are spam or smishing)`,
    [[m.index, m.index + m[0].length]],
  );
  return true;
}

/** A vote asked for a candidate: "vote for …", "re-elect", "can we count on your support?", 請投3號, 惠賜一票, 懇請您支持. */
const CAMPAIGN_ASK =
  /\bvote\s(?:for\s|no\.?\s?\d|#\d|\d|straight\b|(?:yes|no) on\b)|\bre-?elect\b|\belect\s(?:hon|mr|mrs|ms|dr|shri|smt)\b|\byour vote (?:for|on)\b|\bcount on your (?:vote|support)\b|请投|惠赐一票|投给|投.{0,2}\d{1,2}号|投下.{0,4}一票|支持\d{1,2}号|(?:拜托|恳请|请|敬请).{0,6}支持/i;
/** A candidate, a seat or an election, in English and Chinese (shared by the two tests below). */
const CAMPAIGN_EN = String.raw`candidate|aspirant|councill?or|mayor|senat\w*|congress\w*|governor|mla|mep|mca|election|ballot|polling|evm|dear voters?|symbol|button no|slate|amendment|proposition|paid for by`;
const CAMPAIGN_ZH = '候选人|参选人|立委|议员|选区|市长|县长|选举|立法会|区议会|人大代表';
/** Where that vote goes: a candidate, a seat, an election. */
const CAMPAIGN_CONTEXT = new RegExp(
  String.raw`\b(?:${CAMPAIGN_EN}|ward|council|assembly|mp|party)\b|${CAMPAIGN_ZH}|投票日`,
  'i',
);
/**
 * A campaign in a person's message (a candidate's fund-raising from his own phone), without the
 * words friends split bills with: "£49 each for the council tax", "R200 for the party".
 */
const PERSON_CAMPAIGN_CONTEXT = new RegExp(
  String.raw`\b(?:${CAMPAIGN_EN}|vote)\b|${CAMPAIGN_ZH}|投票`,
  'i',
);

/**
 * A campaign's ask for a vote, with the candidate, seat or election it is for: political canvassing
 * by text, spam at least. The public sets hold none; an electoral body's notice ("You are
 * registered to vote in voting district …") asks no vote for anyone.
 */
function addCampaignHits(hits: RuleHits, text: string, folded: string, scan: LexiconScan): boolean {
  if ((scan.hints & HINT_CAMPAIGN) === 0) return false;
  const ask = CAMPAIGN_ASK.exec(folded);
  if (ask === null) return false;
  const where = CAMPAIGN_CONTEXT.exec(folded);
  if (where === null) return false;
  hits.add(
    'POLITICAL_CAMPAIGN',
    1,
    `asks for a vote (${quote(text, ask.index, ask.index + ask[0].length)}) for a candidate or a seat (${quote(text, where.index, where.index + where[0].length)}): political canvassing by text, spam at least whatever the score`,
    [
      [ask.index, ask.index + ask[0].length],
      [where.index, where.index + where[0].length],
    ],
  );
  return true;
}

/** The keyword of an opt-out ("STOP", "UNSUBSCRIBE", "END", "QUIT", "CANCEL", "TD"). */
const OPT_OUT_KEYWORD = /^\W{0,3}(?:stop|unsubscribe|unsub|end|quit|cancel|optout|opt out|td)\b/i;

function addReplyHits(hits: RuleHits, text: string, folded: string, scan: LexiconScan): void {
  for (const v of scan.replyVerbs) {
    const code = findShortCodeAfter(folded, v.end, 24);
    // "Reply STOP ALL to 89203 to unsubscribe" is the opt-out of a code or an alert, not an ask.
    if (code !== null && !OPT_OUT_KEYWORD.test(folded.slice(v.end, code[0]))) {
      hits.add(
        'REPLY_TO_WIN',
        1,
        `asks to ${quote(text, v.start, v.end)} a keyword to short code ${text.slice(code[0], code[1])}`,
        [[v.start, v.end], code],
      );
      return;
    }
  }
}

/** The flags of SmsAnalysis that settle a verdict by rule (ruleVerdictOf). */
export type RuleVerdictFlags = Pick<
  SmsAnalysis,
  | 'impersonation'
  | 'impostorScam'
  | 'malwareLink'
  | 'officialNotice'
  | 'premiumRate'
  | 'marketing'
  | 'taskScam'
  | 'investmentPitch'
  | 'advertLure'
>;

/**
 * What the rules settle whatever the score: `smishing` (an impersonation, an impostor's scam, an
 * app off any known site), `ham` (the organisation's own notice and its kin), `spam` at least (a
 * premium rate, an offer with its opt-out, the task scam, the stock tip, a casino's or a lender's
 * pitch: spam when the score would say ham), or null. scoreSms and the training pipeline both
 * read it, so the verdict measured under cross-validation is the one served.
 */
export function ruleVerdictOf(a: RuleVerdictFlags): 'smishing' | 'ham' | 'spam' | null {
  if (a.impersonation || a.impostorScam || a.malwareLink) return 'smishing';
  if (a.officialNotice) return 'ham';
  if (a.premiumRate || a.marketing || a.taskScam || a.investmentPitch || a.advertLure) {
    return 'spam';
  }
  return null;
}

/**
 * Runs every rule on one message. Deterministic; never throws; linear in the text length
 * (texts beyond MAX_ANALYZED_CHARS are analysed up to it). Spans are UTF-16 offsets into
 * `input.text`.
 */
export function analyzeSms(
  input: SmsInput,
  options: AnalyzeSmsOptions = DEFAULT_OPTIONS,
): SmsAnalysis {
  const text =
    input.text.length > MAX_ANALYZED_CHARS ? input.text.slice(0, MAX_ANALYZED_CHARS) : input.text;
  const folded = toFoldedText(text);
  const sender = toSenderInfo(input.sender);
  const foundLinks = extractLinks(text, folded);
  // A domain the message is about is no link to follow: the registrar's "您的域名 lvchaguan.cn 将于7天后
  // 到期", "kestrelbakery.co.uk expires in 7 days", "Invoice … for domain renewal tamanbuku.com.my".
  const links =
    foundLinks.length === 0 ? foundLinks : foundLinks.filter((l) => !isSubjectDomain(folded, l));
  const placeholders =
    options.placeholderLinks === true ? findPlaceholders(text, URL_PLACEHOLDER) : [];
  const linkSpans: Span[] = foundLinks.map((l) => [l.start, l.end]);
  const scan = scanLexicons(folded, linkSpans);
  dropCardsBroughtInPerson(scan, folded);
  const allPayees = findPayeeAccounts(folded, linkSpans, options.placeholderNumbers === true);
  const phones = findPhoneNumbers(folded, linkSpans, options.placeholderNumbers === true).filter(
    (p) => !allPayees.some(({ span: [s, e] }) => p.start < e && p.end > s),
  );
  const claims = collectClaims(text, sender, scan, allPayees, links);
  // A claimed organisation's own line is no call-back number: calling it reaches the organisation.
  const ownPhones: PhoneMatch[] = [];
  const otherPhones: PhoneMatch[] = [];
  // A mobile-money receipt from the service's own sender ID or short code names the other party
  // by number ("Ksh1,200.00 sent to JANE WANJIKU 0712345678", JazzCash's "You have received Rs.
  // 5,000.00 from ALI RAZA 0300…" from 8558): a party to the payment, not a line to call.
  const receiptSender = isRegisteredSender(sender) || sender.kind === 'none';
  // The writer's own number given to be paid on ("FPS me $45 to 91234567", "my MoMo 024 412
  // 3390", "班长支付宝 139…") from that very number, in a message that names no organisation:
  // paying it pays the writer. No stranger's line, no stranger's account.
  const writer = claims.every((c) => !isLetterhead(folded, c)) ? writerDigitsOf(sender) : null;
  const senderDigits = senderDigitsOf(sender);
  // The sender's own number given to call (no call-back to anyone else, but no personal note either:
  // "Call/WhatsApp 0803…" from 0803… is a seller's advert).
  const senderLines: PhoneMatch[] = [];
  const payees =
    writer === null ? allPayees : allPayees.filter((p) => !isWriters(folded, p.span, writer));
  const writerSpans: Span[] = allPayees.filter((p) => !payees.includes(p)).map((p) => p.span);
  const best = toBestLure(scan);
  const strongLure = best !== null && best.score >= LURE_ASK_SCORE;
  // The sender's own business from its own number (a carrier's points, a courier's parcel): no lure.
  const ownBusinessLure = best !== null && isOwnBusinessNotice(best.family, sender);
  // A lure at the strength of an ask: a number it gives is a call-back, whoever writes; not a
  // courier's own number's parcel notice ("联系派送员陈师傅138…" from 95338).
  const lureAsks = strongLure && !ownBusinessLure;
  // An unlisted organisation's Chinese letterhead ("大西洋銀行：…"): see ZH_ORG_LETTERHEAD.
  const zhOrgLetterhead = ZH_ORG_LETTERHEAD.test(folded);
  let labelledNumbers = 0;
  for (const p of phones) {
    const digits = p.placeholder ? '' : folded.slice(p.start, p.end).replace(NOT_DIGITS, '');
    if (writer !== null && digits.endsWith(writer) && isPayHandle(folded, p.start)) {
      writerSpans.push([p.start, p.end]);
      continue;
    }
    const own = digits !== '' && claims.some((c) => isOfficialPhoneOf(digits, c.sender));
    if (!own && receiptSender && isCounterpartyNumber(folded, p.start)) continue;
    // An account, a reference or a bill's number, labelled so ("to acc no 164012558812", "(BCA
    // 8730112921)", "UPI Ref 406512398765", "Cons No 170012345234"): nothing to call.
    if (
      !own &&
      (saysBefore(folded, p.start, 24, NUMBER_LABEL_BEFORE) ||
        saysBefore(folded, p.start, 10, BANK_IN_BRACKET_BEFORE))
    ) {
      labelledNumbers++;
      continue;
    }
    // A number a warning names as the scam's ("您近期接触的号码02985517620疑似涉诈电话"): quoted, not given.
    if (!own && SCAM_NUMBER_AFTER.test(folded.slice(p.end, p.end + 8))) continue;
    // The very number that sent it, in a message that claims no organisation ("an interviewer will
    // call you from 1-877-949-9492" from +1 877 949 9492, "联系人：HR陈小姐 0755-86013377" from
    // 075586013377): calling it reaches whoever sent the text, forged or not, and no one else.
    // So is a courier's rider or driver who names his company, not as its letterhead, and gives the
    // number he texts from ("LBC rider po ito … Pls call me 0917 123 4567" from +63 917 123 4567).
    if (
      !own &&
      senderDigits !== null &&
      (claims.length === 0 ||
        (!lureAsks &&
          claims.every((c) => isRiderOf(folded, c) || isStaffOrReadersPlatform(folded, c)))) &&
      !zhOrgLetterhead &&
      digits.endsWith(senderDigits)
    ) {
      senderLines.push(p);
      continue;
    }
    (own ? ownPhones : otherPhones).push(p);
  }
  const hits = new RuleHits();

  if (claims.length > 0) {
    const c = claims[0]!;
    const others = claims.slice(1).map((x) => x.sender.name);
    hits.add(
      'BRAND_CLAIMED',
      1,
      `claims ${c.sender.name} (${c.how})${others.length > 0 ? `; also names ${others.join(', ')}` : ''}`,
      claimSpans(claims),
    );
  }
  // A message that names no registry organisation and holds no lure and no offer does not link to
  // an unknown host when it links to the own-named site of the organisation that signs it
  // (self-signature.ts), or to a file, document or album shared on a known platform
  // (docs.google.com, pan.baidu.com): someone sharing it. With a claim or a lure such a link stays
  // an unknown host, and off the claimed brand's domains.
  const plain = claims.length === 0 && best === null && !promotes(folded);
  // It signs in its text ("PG&E: …") or by its alphanumeric sender ID (`TNB`, `VM-BESCOM`).
  const signatures = plain ? findSignatures(text, sender, input.sender) : NO_SIGNATURES;
  const unofficial = links.filter(
    (l) =>
      findOfficialOwner(l.host) === null &&
      !(plain && isUserContentHost(l.host) && findHostingOwner(l.host) !== null) &&
      !isSignedLink(l, signatures),
  );
  if (unofficial.length > 0 || placeholders.length > 0) {
    const what = [
      ...unofficial.map(hostOf),
      ...(placeholders.length > 0 ? ['an anonymised link (URL placeholder)'] : []),
    ];
    hits.add('LINK_PRESENT', 1, `links to ${what.slice(0, 4).join(', ')}`, [
      ...unofficial.map((l): Span => [l.start, l.end]),
      ...placeholders,
    ]);
  }
  const lookalike = addLinkHits(hits, links);
  // The lookalike's brand written as the letterhead ("Google Security: … accounts-google.security-
  // check.co/verify"): a claim, though the registry keeps no bare keyword for a name that common.
  if (lookalike !== null && !claims.some((c) => c.sender === lookalike)) {
    const span = findLetterheadName(text, lookalike);
    if (span !== null) {
      claims.push({
        sender: lookalike,
        how: `text ${quote(text, span[0], span[1])}`,
        spans: [span],
      });
    }
  }
  addConsistencyHits(hits, { claims, sender, links, placeholders, ownPhones, text });
  addSenderHits(hits, sender, claims);
  if (best !== null) {
    const words = [
      ...new Set(
        scan.lureMatches
          .filter((m) => m.index === best.index)
          .map((m) => quote(text, m.start, m.end)),
      ),
    ];
    const spans = scan.lureMatches
      .filter((m) => m.index === best.index)
      .map((m): Span => [m.start, m.end]);
    hits.add(
      'LURE',
      Math.min(1, best.score / 6),
      `${best.family} lure: ${words.slice(0, 6).join(', ')}`,
      spans,
    );
  }
  addLexiconHits(hits, text, folded, scan);
  // A report from a sender ID or a short code may give its own line to dispute it (findDisputeLine);
  // not a new device or a changed password reported by an organisation whose lines the registry
  // knows, with another line to call: the account-takeover call-back (BOI's "A new device has been
  // registered to your 365 account … call our fraud team on 01 526 8891").
  const disputeLine =
    otherPhones.length > 0 &&
    isRegisteredSender(sender) &&
    !(SECURITY_EVENT.test(folded) && claims.some((c) => (c.sender.phones?.length ?? 0) > 0))
      ? findDisputeLine(folded, scan)
      : null;
  const handles = findMessengerHandles(folded, linkSpans);
  const asksMessenger = addCallbackHits(
    hits,
    text,
    scan,
    otherPhones,
    handles,
    folded,
    lureAsks,
    disputeLine,
  );
  const loudPayees = payees.filter((p) => !p.quiet);
  if (loudPayees.length > 0 && !isKnownPayee(folded, best)) {
    hits.add(
      'PAYEE_ACCOUNT',
      1,
      `gives a bank account to pay into (${loudPayees
        .slice(0, 3)
        .map(({ span: [a, b], context }) => quote(text, Math.max(context[0], a - 12), b + 8))
        .join(
          ', ',
        )}): a stranger's card number sent by text is how the "pay it to this card" and "landlord's new card" scams collect; pay only an account confirmed by voice with someone you know`,
      loudPayees.map((p) => p.span),
    );
  }
  // An address on an organisation's own domain ("email help@uidai.gov.in") reaches that
  // organisation, whoever wrote the text: no stranger to write to.
  const emails = findEmailAddresses(folded, linkSpans).filter(
    ([s, e]) => !isOfficialMailDomain(folded.slice(folded.indexOf('@', s) + 1, e).toLowerCase()),
  );
  if (emails.length > 0) {
    hits.add(
      'CONTACT_EMAIL',
      1,
      `gives an e-mail address to write to: ${emails
        .slice(0, 3)
        .map(([s, e]) => quote(text, s, e))
        .join(', ')}`,
      emails,
    );
  }
  addReplyHits(hits, text, folded, scan);
  const premiumRate = addPremiumRateHits(hits, text, folded);
  const marketing =
    addMarketingHits(hits, text, folded, scan) ||
    addCampaignHits(hits, text, folded, scan) ||
    addSaleHits(hits, text, folded, scan, sender) ||
    addPromotionalHeaderHit(hits, input.sender);
  // Policies belong to claimed organisations: with no claim there is nothing to break.
  if (claims.length > 0) {
    addPolicyHits(
      hits,
      {
        claims: claims.map((c) => ({ sender: c.sender, how: c.how })),
        lure: best?.family ?? null,
        hasLinks: links.length + placeholders.length > 0,
        linkHosts: links.map(hostOf),
        phones: otherPhones,
        scan,
        text,
      },
      LEXICON_SIGNALS,
    );
  }
  // An official sender's message that leads nowhere but to the organisation: its own notice. So
  // is a sender ID's, whether it names a registry organisation or none ("Traveloka", "CityPower"),
  // when no other kind of notice below explains it: a forged ID gains nothing by a message in which
  // nothing leads anywhere but to the organisation (no link but official ones, no organisation
  // claimed but the sender's own or the other party of a payment).
  // A relative's, a boss's or a policeman's story is no notice under any sender.
  const impostorScam = best !== null && isImpostorScam(best, scan, folded, claimSpans(claims));
  const quietKind =
    !impostorScam &&
    (isBusinessSender(sender) || (sender.kind === 'official' && sender.claimed !== null)) &&
    placeholders.length === 0 &&
    links.every(isKnownOfficialLink) &&
    claims.every(
      (c) =>
        c.sender === sender.claimed ||
        isCounterparty(folded, c) ||
        // a 106 code is leased to a registered company: its letterhead ("【飞猪】") is its name
        (sender.kind === 'a2p' && isLetterhead(folded, c)),
    )
      ? quietNoticeKind(
          hits,
          folded,
          best !== null &&
            !ownBusinessLure &&
            // a renewal or a debit reported with no number at all ("…自动续费已成功扣款25.00元。如需取消，
            // 可在支付宝-我的-设置…中关闭"): the fake one works only through the line it gives to "cancel"
            !(best.family === 'fee_deduction' && phones.length === 0) &&
            // an insurer's own claim paid ("理赔…赔付金额…已转入"): its business, no refund lure
            !(
              best.family === 'refund' &&
              sellsInsurance(sender.claimed) &&
              onlyInsuranceClaimWords(scan.lureMatches, best.index, folded)
            ) &&
            distinctLureScore(scan, best.index, folded, claimSpans(claims)) >= LURE_ASK_SCORE,
          sellsInsurance(sender.claimed) && onlyInsuranceClaimBait(scan, folded),
          sender.claimed?.sector === 'government',
        )
      : null;
  const quietNotice = sender.kind === 'official' ? quietKind : null;
  if (quietNotice !== null) addOfficialContactHit(hits, sender, quietNotice, links.length);

  const jobLure = best !== null && best.family === 'job_offer' && best.score >= LURE_ASK_SCORE;
  const taskSignUp =
    jobLure &&
    scan.lureMatches.some(
      (m) => m.index === best.index && TASK_WORDS.has(folded.slice(m.start, m.end).toLowerCase()),
    ) &&
    (hits.has('CALLBACK_NUMBER') ||
      links.some((l) => MESSENGER_LINK_HOSTS.has(l.host)) ||
      MESSENGER_MOVE.test(folded));
  const jobFee = jobLure && !taskSignUp && asksJobFee(folded);
  const taskScam = taskSignUp || jobFee;
  const advertLure =
    best !== null &&
    (best.family === 'gambling' || best.family === 'loan') &&
    best.score >= LURE_ASK_SCORE;
  const investmentPitch =
    best !== null &&
    best.family === 'investment' &&
    best.score >= LURE_ASK_SCORE &&
    (hits.has('CALLBACK_NUMBER') ||
      links.some((l) => MESSENGER_LINK_HOSTS.has(l.host) || !isKnownOfficialLink(l)) ||
      MESSENGER_MOVE.test(folded) ||
      PITCH_SIGN_UP.test(folded));
  const apkLink = links.some((l) => isApkLink(l) && findOfficialOwner(l.host) === null);
  // The message names an organisation: a claim, a Chinese letterhead or a signature (asked only
  // when a link calls for it: findSignature reads the whole text).
  const namesSomeone = (): boolean =>
    claims.length > 0 || zhOrgLetterhead || findSignature(text) !== null;
  const rawIpLink =
    // A public IP address as the host ("【燃气集团】…预约安检：http://103.45.118.22/rq") in a message
    // that names an organisation or asks something: no organisation sends readers to a bare
    // address (a carrier's portal on a private one, 10.x, is its own network's).
    links.some(isPublicIpLink) && (namesSomeone() || hits.has('URGENCY') || strongLure);
  // "刚发群里的照片你看了没？你也在里面😂 点这看原图：http://xc-photo.top/…", "这是你的相册吗": the album
  // shown only through an unknown host is a trojan's or a phishing page's bait.
  const albumLink =
    best !== null &&
    best.family === 'photo_album' &&
    best.score >= LURE_ASK_SCORE &&
    links.some((l) => !isKnownOfficialLink(l));
  // A link broken on purpose to slip past link filters ("请访问 gstx-pay。com 补缴", "tc-pay。cn",
  // zero-width or full-width characters in the host) in a message that names an
  // organisation or lures: no organisation breaks its own link, and readers are made to mend it.
  // Not a defanged link ("[.]": a warning quotes so) nor a known organisation's own.
  const evasiveLink =
    links.some((l) => l.obfuscation.some((o) => EVASIONS.has(o)) && !isKnownOfficialLink(l)) &&
    // a casino's advert hides its link as much ("注册网址：amjs88。vip"): an advert still, as the
    // public sets label gambling
    !(best !== null && ADVERT_LURES.has(best.family)) &&
    (namesSomeone() || strongLure);
  const malwareLink = apkLink || rawIpLink || albumLink || evasiveLink;
  // Nothing settled by rule yet, and nothing in it leads to a stranger: no link but known
  // organisations', no placeholder, no other number. Then it may be a harmless kind of message.
  const nothingSettled =
    quietNotice === null && !impostorScam && !malwareLink && placeholders.length === 0;
  const nothingElseToFollow =
    nothingSettled && links.every((l) => isKnownOfficialLink(l) || isSignedLink(l, signatures));
  const leadsNowhere = nothingElseToFollow && otherPhones.length === 0;
  // Or a report from a sender ID whose only numbers are the line it gives to dispute it.
  const leadsToDisputeLine =
    nothingElseToFollow && disputeLine !== null && hits.has('SERVICE_CONTACT_NUMBER');
  // Anyone's warning about scams: the police's, a school's, a friend's.
  // A link written defanged ("royalmail-redelivery[.]com", "hkpost-delivery[.]cc") is quoted, not
  // given: nobody who wants a click breaks their own link so; a warning names the scam's domain so.
  const quotesDefangedLinks =
    nothingSettled &&
    otherPhones.length === 0 &&
    links.length > 0 &&
    links.every((l) => isKnownOfficialLink(l) || l.obfuscation.includes('defanged-dot'));
  const warningSpans =
    leadsNowhere || quotesDefangedLinks ? findAntiFraudWarning(hits, folded) : null;
  // An organisation's one-time code with its "do not share".
  const codeSpans =
    leadsNowhere &&
    warningSpans === null &&
    (best === null || best.family === 'verification_code' || best.score < LURE_ASK_SCORE)
      ? findOneTimeCode(hits, folded, scan, isRegisteredSender(sender))
      : null;
  // A school's notice to parents (家长会, an outing, a rainy day), with no link at all and no lure.
  const schoolSpans =
    leadsNowhere &&
    warningSpans === null &&
    codeSpans === null &&
    best === null &&
    links.length === 0
      ? findSchoolNotice(hits, folded)
      : null;
  // A payment, transfer, recharge, delivery, booking, bill or balance reported, with nothing to follow.
  // Not a bank's or a wallet's statement from someone's mobile: "Your A/c XX4521 credited with
  // Rs.10,000 … Avl bal … -SBI" from +91 9… is the fake credit that a "sent you money by mistake,
  // please return it" call follows.
  const statementFromMobile =
    (sender.kind === 'personal_mobile' || sender.kind === 'international') &&
    (claims.some((c) => !isCounterparty(folded, c)) ||
      BALANCE_STATED.test(folded) ||
      zhOrgLetterhead);
  const receiptSpan =
    !statementFromMobile &&
    (leadsNowhere || leadsToDisputeLine) &&
    warningSpans === null &&
    codeSpans === null &&
    schoolSpans === null &&
    (best === null ||
      distinctLureScore(scan, best.index, folded) < LURE_ASK_SCORE ||
      (REPORTED_LURES.has(best.family) && REPORTED_OUTCOME.test(folded)))
      ? findReceipt(
          hits,
          folded,
          scan,
          leadsToDisputeLine,
          (isRegisteredSender(sender) || sender.kind === 'official') && FRAUD_CHECK.test(folded),
        )
      : null;
  if (receiptSpan !== null) {
    hits.add(
      'ACCOUNT_NOTICE',
      1,
      leadsToDisputeLine
        ? `reports on the reader's account (${quote(text, receiptSpan[0], receiptSpan[1])}) from the sender ID or short code ${showSender(sender)}, and its only number is the line it gives to dispute it, with no link, account, lure or reply to act on; ham by rule whatever the score (where sender IDs are registered the ID is the bank's own; a fake report comes from a number, or with its lure)`
        : `reports on the reader's account (${quote(text, receiptSpan[0], receiptSpan[1])}): a payment, a transfer, a recharge, a delivery, a booking, a bill or a balance, with no link, number, account or reply to act on; ham by rule whatever the score (a fake one works only through a contact it gives, and this one gives none)`,
      [receiptSpan],
    );
  }
  if (schoolSpans !== null) {
    hits.add(
      'SCHOOL_NOTICE',
      1,
      `a school's, an employer's or a residents' committee's notice to parents, students, staff or residents (${schoolSpans
        .map(([a, b]) => quote(text, a, b))
        .join(
          ', ',
        )}) with no link, number, account, fee, offer or lure: nothing in it to follow; ham by rule whatever the score`,
      schoolSpans,
    );
  }
  if (codeSpans !== null) {
    const [codeSpan, warningSpan] = codeSpans;
    hits.add(
      'ONE_TIME_CODE',
      1,
      `gives a one-time code (${quote(text, codeSpan[0], codeSpan[1])}) and ${
        warningSpan === null
          ? `comes from the sender ID or short code ${showSender(sender)}`
          : `says not to share it (${quote(text, warningSpan[0], warningSpan[1])})`
      }, with no link, number or account to follow: the code message itself, ham by rule whatever the score (the scam is whoever asks for the code next)`,
      warningSpan === null ? [codeSpan] : [codeSpan, warningSpan],
    );
  }
  if (warningSpans !== null) {
    hits.add(
      'ANTI_FRAUD_WARNING',
      1,
      `warns about scams (${warningSpans
        .slice(0, 3)
        .map(([a, b]) => quote(text, a, b))
        .join(', ')}) and gives no link, number or account to contact${
        claims.length > 0 ? ' but those of the organisations it names' : ''
      }: whatever scams it quotes, nothing in it leads to a stranger; an anti-fraud warning, ham by rule whatever the score`,
      warningSpans,
    );
  }

  const otherKind =
    receiptSpan !== null || codeSpans !== null || schoolSpans !== null || warningSpans !== null;
  // A 106 code, where most of the public sets' Chinese spam comes from, passes only with nothing at
  // all to act on: no number of any kind but a labelled one (a juror's, an order's), no lure,
  // urgency or reply asked.
  // So does an unlisted short code (premium-rate services and job adverts: "SMS your name to 34567
  // (R1.50/SMS)"), though "Reply STOP to cancel alerts" is no answer asked.
  const quietA2p =
    phones.length === labelledNumbers &&
    best === null &&
    !hits.has('URGENCY') &&
    !REPLY_ASK.test(withoutAlertsOptOut(folded)) &&
    hits.every((code) => QUIET_A2P_HITS.has(code));
  const idKind =
    isBusinessSender(sender) &&
    !otherKind &&
    ((sender.kind !== 'a2p' && sender.kind !== 'short_code') || quietA2p)
      ? quietKind
      : null;
  // A 106 code's owner is only guessed from its last digits: its notice is an unlisted sender's.
  const listed = sender.claimed !== null && sender.kind === 'alphanumeric';
  const senderIdNotice = listed ? idKind : null;
  if (senderIdNotice !== null) addOfficialContactHit(hits, sender, senderIdNotice, links.length);
  const unlistedIdKind = listed ? null : idKind;
  const unlistedIdNotice =
    unlistedIdKind !== null &&
    !marketing &&
    !hits.has('REPLY_TO_WIN') &&
    !(best !== null && ADVERT_LURES.has(best.family)) &&
    !sells(folded);
  if (unlistedIdNotice) {
    hits.add(
      'SENDER_ID_NOTICE',
      1,
      `sent ${
        sender.kind === 'a2p'
          ? `from the business code ${showSender(sender)} (China's 106 codes are leased to registered companies)`
          : `under the sender ID ${showSender(sender)}`
      }, ${
        unlistedIdKind === 'warning'
          ? 'an anti-fraud warning with no link and no other contact'
          : 'with no link but official ones, no number to call, no account, no offer and no lure'
      }: nothing in it to follow, so a forged ID would gain nothing by it; ham by rule whatever the score`,
    );
  }

  // The number that sent it, given for a booking or a question ("到了打我电话150…", "call me on …"):
  // the writer's own service line, with no lure. Added after the notices are read: a clinic's
  // reminder from its own line ("如需改期請來電02-2700-5388" from 0227005388) stays its notice.
  const ownService =
    otherPhones.length === 0 && senderLines.length > 0 && !lureAsks
      ? findServiceContext(folded)
      : null;
  if (ownService !== null) {
    hits.add(
      'SERVICE_CONTACT_NUMBER',
      1,
      `gives the number that sent it to reach the writer about a booking or a question (${quote(text, ownService[0], ownService[1])}), with no fraud lure`,
      [...senderLines.map((p): Span => [p.start, p.end]), ownService],
    );
  }

  // A person's own message, from a personal mobile number: no organisation as letterhead, no link,
  // no notice of another kind, nothing that sells. A scam sent from a mobile has to lead to a
  // stranger: a link, another number or account, a story.
  const fromPerson =
    writer !== null &&
    findSignature(text) === null &&
    !A2P_LETTERHEAD.test(text) &&
    !TRAILING_LETTERHEAD.test(text) &&
    !otherKind &&
    links.length === 0 &&
    placeholders.length === 0 &&
    !sells(folded);
  // Cash named as bait, not as a wallet, a cash office or the writer's own repayment ("I'll give
  // you cash Sunday"): it keeps a message from being a person's own.
  const liveCash = fromPerson && scan.cash.some((m) => !isIdleSignalWord('MONEY_BAIT', folded, m));
  // What the forms that pass a person's money or number need alike: no lure but another family's
  // idle words, no word of a person-to-person scam ("Congratulations! Your BISP payment … To receive
  // it, send the Rs 1,000 registration fee …": a fee or a prize is a story), no cash bait, no balance.
  const tellsNoStory =
    fromPerson &&
    (best === null || isIdleLure(best, folded, scan)) &&
    !tellsScamStory(scan, folded) &&
    !liveCash &&
    !BALANCE_STATED.test(folded);
  // Either it asks to be paid on the very number that texted ("FPS me $45 to 91234567" from +852
  // 9123 4567, "班长支付宝 139…" from 139…), with no stranger's number or account and nothing a
  // scam leads with (a lure, money bait, a credential, a reply to win, urgency, a balance): paying
  // it pays whoever texted.
  const personalMessage =
    tellsNoStory &&
    writerSpans.length > 0 &&
    otherPhones.length === 0 &&
    senderLines.length === 0 &&
    hits.every((code) => PERSONAL_MESSAGE_HITS.has(code));
  // Or nothing in it leads anywhere: no organisation named, no number, account, amount or handle,
  // no lure or ask of any kind (a tutor's lesson moved, a wedding invitation).
  const plainChat =
    fromPerson &&
    !personalMessage &&
    text.length <= PLAIN_CHAT_MAX_CHARS &&
    claims.every((c) => isStaffOrReadersPlatform(folded, c)) &&
    phones.length === 0 &&
    allPayees.length === 0 &&
    best === null &&
    !scan.lureMatches.some((m) => PERSON_SCAM_LURES.has(LURE_FAMILIES[m.index]!)) &&
    !PERSON_CAMPAIGN_CONTEXT.test(folded) &&
    hits.every((code) => code === 'BRAND_CLAIMED' || code === 'INSTITUTION_FROM_PERSONAL_NUMBER') &&
    !liveCash &&
    !LONG_NUMBER.test(folded) &&
    !MONEY_ASK.test(folded);
  // Or it settles money between people who know each other, in their words and nothing else: "€20
  // each to the club account IE29 AIBK …", "Contributions 2,000 via Equity Paybill 247247",
  // "你方便的话转到我农行卡 6228…，户名李秀兰", "send 5000 to Ammi's JazzCash 0300…". No word
  // of any person-to-person scam (a new number, a relative in trouble, a changed account, a boss, a
  // fee, a prize, a tip), no lure, link, other line to call, handle, balance, campaign or urgency:
  // a stranger who asks a stranger to pay an account needs a story, and this one tells none.
  const personalPayment =
    tellsNoStory &&
    !personalMessage &&
    !plainChat &&
    text.length <= PERSONAL_PAYMENT_MAX_CHARS &&
    senderLines.length === 0 &&
    // money with no ask ("transferred AED 1,500 to your ENBD acc, check and confirm"), or an ask
    // with somewhere to pay: an account, or a number as a wallet's handle ("to Ammi's JazzCash 0300…")
    (MONEY_ASK.test(folded)
      ? payees.length > 0 ||
        phones.some((p) => isPayHandle(folded, p.start)) ||
        PAY_DESTINATION.test(folded)
      : PERSON_AMOUNT.test(folded) || payees.length > 0 || PAY_DESTINATION.test(folded)) &&
    !PERSON_CAMPAIGN_CONTEXT.test(folded) &&
    hits.every((code) => PERSONAL_PAYMENT_HITS.has(code));
  // Or whoever serves the reader's own booking, viewing or application gives the very number that
  // texted ("您好，我是您预约的货拉拉司机…到了给您打电话，我号码186 1234 5678" from 186…, an agent after
  // a viewing, a recruiter after an application): no other number, account, link, lure or money.
  const bookingContact =
    tellsNoStory &&
    !personalMessage &&
    !plainChat &&
    !personalPayment &&
    text.length <= PERSONAL_PAYMENT_MAX_CHARS &&
    senderLines.length > 0 &&
    otherPhones.length === 0 &&
    allPayees.length === 0 &&
    READERS_BOOKING.test(folded) &&
    !MONEY_ASK.test(folded) &&
    hits.every((code) => PERSONAL_MESSAGE_HITS.has(code) || code === 'SERVICE_CONTACT_NUMBER');
  if (bookingContact) {
    hits.add(
      'PERSONAL_MESSAGE',
      1,
      `a person who serves the reader's own booking, viewing or application gives the number that sent it (${senderLines.map((p) => quote(text, p.start, p.end)).join(', ')}), with no other number, account or link, no lure and no money asked; ham by rule whatever the score (calling it reaches whoever texted, and no one else)`,
      senderLines.map((p): Span => [p.start, p.end]),
    );
  }
  if (plainChat) {
    hits.add(
      'PERSONAL_MESSAGE',
      1,
      `a person's own message from the personal number ${showSender(sender)}: ${
        claims.length === 0
          ? 'no organisation named or signed'
          : `no organisation named but as the writer's employer or the reader's own platform (${claims.map((c) => c.sender.name).join(', ')})`
      }, no link, no number, account, amount or handle, no lure, offer or ask of any kind; ham by rule whatever the score (a scam sent from a mobile has to lead somewhere: a link, a number or an account, a story)`,
    );
  }
  if (personalPayment) {
    hits.add(
      'PERSONAL_MESSAGE',
      1,
      `a person settles money with someone they know, from the personal number ${showSender(sender)}: an amount, a bank or a wallet to pay, and nothing else; no organisation as letterhead, no link, no line to call or handle, no lure and no word of any scam between people (a new number, a relative in trouble, a changed account, a boss, a fee, a prize, a tip); ham by rule whatever the score (a stranger who asks you to pay an account needs a story; if the sender is not who you think, call them on the number you know)`,
    );
  }
  if (personalMessage) {
    hits.add(
      'PERSONAL_MESSAGE',
      1,
      `a person asks to be paid on their own number (the sender ${showSender(sender)} gives its own digits as the handle to pay: ${writerSpans.map(([a, b]) => quote(text, a, b)).join(', ')}), with no organisation as letterhead, no link, no stranger's number or account, no lure, offer or ask that a scam leads with; ham by rule whatever the score (paying it pays whoever texted; a scam from a mobile leads to a stranger: a link, another number or account, a story)`,
      writerSpans,
    );
  }

  const brand = claims[0]?.sender ?? sender.imitates ?? lookalike ?? officialLinkOwner(links);
  // A sender ID that imitates a registered one ("PayPaI"): only a forger misspells the name.
  const byLookalikeSender = sender.imitates !== undefined;
  let ruleHits = hits.toArray();
  // A link that wears the very brand the message claims as a subdomain of someone else's domain
  // ("Royal Mail: … royalmail.redelivery-uk.com") is no unlisted domain of it (`dhl-usa.com` may
  // be): with any lure, that is ask enough. So is a lookalike of it on a risky TLD.
  const imitatesClaim =
    lookalike !== null &&
    claims.some((c) => c.sender === lookalike) &&
    ((best !== null && links.some((l) => wearsBrandAsSubdomain(l, lookalike))) ||
      hits.has('LINK_RISKY_TLD') ||
      // or with anything to do there: "If this was NOT you, cancel it at hsbc-device-cancel.com",
      // "Re-confirm within 24h to keep your seat: bc-ielts-booking.com/pay"
      LINK_CALL_TO_ACTION.test(folded));
  // A warning that quotes the scam's domain defanged impersonates no one.
  const byLink =
    !(quotesDefangedLinks && warningSpans !== null) &&
    impersonates(claims, links, best !== null && isCallbackFraud(best)) &&
    (imitatesClaim || ruleHits.some(isAsk));
  // A link that imitates a brand's domain ("your courier … £1.45 unpaid customs. Pay here:
  // royalmail-redeliver.info/pay") with something asked: the link itself claims the brand.
  // Not when the text names a brand (byLink decides that, and lets a brand's own name under
  // another suffix, fedex.co.uk, pass), nor for the brand's own name under another suffix.
  const byLookalikeLink =
    !byLink &&
    claims.length === 0 &&
    !(quotesDefangedLinks && warningSpans !== null) &&
    ruleHits.some(isAsk) &&
    links.some(imitatesBrandDomain);
  // "City Utilities: … scheduled for disconnection … call our billing dept at …" from someone's
  // mobile: an organisation's name as letterhead claims it as surely as a registry name would.
  const signedFromMobile = sender.kind === 'personal_mobile' && findSignature(text) !== null;
  // Or an official matter (a frozen card, a benefit, a parcel) handled through a messenger account
  // to add ("请添加社保服务专员微信 sbk2026kf 办理认证"): no office, bank or courier has its officers
  // befriend the reader, whoever the text says it is.
  const messengerCallback = best !== null && CALLBACK_FRAUD_LURES.has(best.family) && asksMessenger;
  const byCallback =
    best !== null &&
    (((claims.length > 0 || SELF_CLAIMING_LURES.has(best.family) || signedFromMobile) &&
      isCallbackFraud(best) &&
      ruleHits.some((h) => h.code === 'CALLBACK_NUMBER')) ||
      messengerCallback);
  // An organisation's letterhead ("Bank of America Fraud Dept:", "【工商银行】") on a message from
  // a personal mobile number or an e-mail address, with something to act on: no organisation
  // sends its notices so (its riders and couriers text as themselves, without the letterhead).
  const bySender =
    hits.has('INSTITUTION_FROM_PERSONAL_NUMBER') &&
    claims.some((c) => isLetterhead(folded, c)) &&
    (ruleHits.some((h) => isAsk(h) || OFFLINE_ASKS.has(h.code) || h.code === 'LINK_PRESENT') ||
      PAY_IN_ASK.test(folded));
  // An organisation's letterhead asking to be paid into a person's account ("【红十字会】…爱心捐款请
  // 转账至：6222 …，户名：张某某"): an organisation collects into its own accounts (a company's or
  // a school's is no payee account), never into someone's card.
  const byPayee =
    !bySender &&
    receiptSpan === null &&
    hits.has('PAYEE_ACCOUNT') &&
    claims.some((c) => isLetterhead(folded, c)) &&
    MONEY_ASK.test(folded);
  // The evidence says that the verdict is settled by rule (the score may stay under the threshold).
  if (
    byLink ||
    byLookalikeLink ||
    byCallback ||
    bySender ||
    byPayee ||
    impostorScam ||
    malwareLink ||
    taskScam ||
    investmentPitch ||
    advertLure
  ) {
    // Each settling rule's note goes on the evidence of its signal (the first that applies).
    const notes: readonly (readonly [on: boolean, code: SignalCode, note: string])[] = [
      [byLink, 'BRAND_LINK_NOT_OFFICIAL', IMPERSONATION_NOTE],
      [byLookalikeLink, 'LINK_LOOKALIKE_DOMAIN', IMPERSONATION_NOTE],
      [byCallback, 'CALLBACK_NUMBER', CALLBACK_IMPERSONATION_NOTE],
      [bySender, 'INSTITUTION_FROM_PERSONAL_NUMBER', LETTERHEAD_NOTE],
      [byPayee, 'PAYEE_ACCOUNT', PAYEE_LETTERHEAD_NOTE],
      [impostorScam, 'LURE', IMPOSTOR_LURES.get(best?.family ?? '')?.note ?? ''],
      [taskSignUp, 'LURE', TASK_SCAM_NOTE],
      [jobFee, 'LURE', JOB_FEE_NOTE],
      [investmentPitch, 'LURE', INVESTMENT_PITCH_NOTE],
      [advertLure, 'LURE', ADVERT_LURE_NOTE],
      [apkLink, 'LINK_APK', MALWARE_NOTE],
      [rawIpLink, 'LINK_RAW_IP', RAW_IP_NOTE],
      [evasiveLink, 'LINK_OBFUSCATED', EVASIVE_LINK_NOTE],
      [albumLink && !apkLink && !rawIpLink, 'LURE', ALBUM_NOTE],
    ];
    ruleHits = ruleHits.map((hit) => {
      const note = notes.find(([on, code]) => on && code === hit.code)?.[2] ?? '';
      return note === '' ? hit : { ...hit, evidence: hit.evidence + note };
    });
  }
  const officialNotice =
    !byLookalikeSender &&
    !byLink &&
    !byLookalikeLink &&
    !byPayee &&
    !byCallback &&
    !bySender &&
    !impostorScam &&
    !malwareLink &&
    // the brand's own offer with its opt-out or small print is its marketing: spam at least
    !marketing &&
    (quietNotice !== null ||
      senderIdNotice !== null ||
      unlistedIdNotice ||
      personalMessage ||
      plainChat ||
      personalPayment ||
      bookingContact ||
      warningSpans !== null ||
      codeSpans !== null ||
      schoolSpans !== null ||
      receiptSpan !== null ||
      (ruleHits.some(isOfficialLinkHit) &&
        !ruleHits.some((h) => OFFICIAL_LINK_NOTICE_BREAKERS.has(h.code)) &&
        // the brand's own offer ("满300减50，戳 3.cn/… 抢购！拒收请回复R") is its marketing: spam,
        // as the public sets label it, if the score says so; a government sells nothing ("Book at
        // www.vaccine.gov.sg. This is a free service.")
        (!promotes(folded) ||
          (claims.length > 0 && claims.every((c) => c.sender.sector === 'government')))));
  if (officialNotice) {
    ruleHits = ruleHits.map((hit) =>
      isOfficialLinkHit(hit) ? { ...hit, evidence: hit.evidence + OFFICIAL_NOTICE_NOTE } : hit,
    );
  }
  return {
    brand: brand?.name ?? null,
    lure: best?.family ?? null,
    urls: foundLinks.map((l) => l.url),
    hits: ruleHits,
    impersonation:
      byLookalikeSender || byLink || byLookalikeLink || byCallback || bySender || byPayee,
    impostorScam,
    malwareLink,
    premiumRate,
    marketing,
    taskScam,
    investmentPitch,
    advertLure,
    officialNotice,
  };
}

function isOfficialLinkHit(hit: RuleHit): boolean {
  return hit.code === 'BRAND_OFFICIAL_CONTACT' || hit.code === 'OFFICIAL_SENDER_OFFICIAL_LINK';
}

/**
 * What a reader could be made to do besides following a link (the phishing is then in the text),
 * and what no organisation's own notice does: each keeps a message with official links from being
 * an official notice (SmsAnalysis.officialNotice).
 */
export const OFFLINE_ASKS: ReadonlySet<SignalCode> = new Set<SignalCode>([
  'CALLBACK_NUMBER',
  'PAYEE_ACCOUNT',
  'SERVICE_CONTACT_NUMBER',
  'CONTACT_EMAIL',
  'CREDENTIAL_REQUEST',
  'APK_PROMPT',
  'LINK_APK',
  'REPLY_TO_WIN',
]);
const NOT_OFFICIAL_NOTICE: ReadonlySet<SignalCode> = new Set<SignalCode>([
  ...OFFLINE_ASKS,
  'PREMIUM_RATE',
  'OFFICIAL_SENDER_POLICY_VIOLATION',
  'INSTITUTION_FROM_PERSONAL_NUMBER',
]);

/**
 * What a notice whose every link is the organisation's own must not hold: the asks, except the
 * service line given with no lure (SERVICE_CONTACT_NUMBER: "【顺丰速运】…派送员王师傅150…，可登录
 * www.sf-express.com 查询", the courier's own mobile).
 */
const OFFICIAL_LINK_NOTICE_BREAKERS: ReadonlySet<SignalCode> = new Set<SignalCode>(
  [...NOT_OFFICIAL_NOTICE].filter((c) => c !== 'SERVICE_CONTACT_NUMBER'),
);

/**
 * What an official sender's message without a link must not hold to be its own notice (a bill, a
 * balance, a parcel signed for, a courier's number to reach him): an ask, a price, an offer (MONEY_BAIT: the carrier's own
 * marketing is spam, as the public sets label it), a broken policy. A forged sender can do no
 * harm with such a message: there is nothing in it to follow.
 */
const QUIET_NOTICE_BREAKERS: readonly SignalCode[] = [
  // a courier's or a clinic's own line with no lure (SERVICE_CONTACT_NUMBER) is part of the notice
  ...[...NOT_OFFICIAL_NOTICE].filter((c) => c !== 'REPLY_TO_WIN' && c !== 'SERVICE_CONTACT_NUMBER'),
  'MONEY_BAIT',
];
const QUIET_NOTICE_BREAKERS_INSURER: readonly SignalCode[] = QUIET_NOTICE_BREAKERS.filter(
  (c) => c !== 'MONEY_BAIT',
);
/**
 * What an anti-fraud warning from an official number ("凡是让您下载APP刷单返利……都是诈骗") must
 * not hold: it quotes the scams' lures and asks, but gives no stranger's contact.
 */
const WARNING_BREAKERS: readonly SignalCode[] = [
  'CALLBACK_NUMBER',
  'PAYEE_ACCOUNT',
  'SERVICE_CONTACT_NUMBER',
  'CONTACT_EMAIL',
  'PREMIUM_RATE',
  'OFFICIAL_SENDER_POLICY_VIOLATION',
  'INSTITUTION_FROM_PERSONAL_NUMBER',
];

/**
 * A notice of the sender's own business from its own number. A carrier's points reminder ("【中国移动】您有1,260积分将于12月31日到期，可登录
 * 中国移动APP兑换"): the programme's own vocabulary, not a lure, from an organisation whose registry
 * row says its points never pay cash (the cash or the bank card it would then ask for breaks that
 * policy, and a broken policy keeps the message from being its notice).
 */
function isOwnBusinessNotice(family: LureFamily, sender: SenderInfo): boolean {
  if (sender.kind !== 'official' || sender.claimed === null) return false;
  if (family === 'points_redemption')
    return sender.claimed.policies.includes('points_no_cash') === true;
  // A parcel from a courier's or a shop's own number ("【京东快递】…今日派送未成功…明日再次派送" from
  // 950616), a delay from an airline's: its business, as points are a carrier's. A forged number
  // needs a link or a line to call to be of use, and those are checked apart.
  const sectors = OWN_BUSINESS_LURES[family];
  return sectors?.includes(sender.claimed.sector) === true;
}

/** Lures that are the business of these sectors when their own number sends them. */
const OWN_BUSINESS_LURES: Partial<Record<LureFamily, readonly OfficialSender['sector'][]>> = {
  parcel_customs: ['courier', 'retail'],
  flight_cancellation: ['travel'],
  etc_toll: ['toll'],
};

/**
 * BRAND_OFFICIAL_CONTACT for an official number's or a brand's sender ID's own notice (a link-less
 * one only: with links, OFFICIAL_SENDER_OFFICIAL_LINK says it).
 */
function addOfficialContactHit(
  hits: RuleHits,
  sender: SenderInfo,
  kind: 'notice' | 'warning',
  linkCount: number,
): void {
  const claimed = sender.claimed;
  if (linkCount > 0 || claimed === null) return;
  const what =
    kind === 'warning'
      ? 'an anti-fraud warning with no link and no other contact'
      : hits.has('SERVICE_CONTACT_NUMBER')
        ? 'with no link, no offer and no lure, and no number but a service contact'
        : 'with no link, no number to call, no offer and no lure';
  const from =
    sender.kind === 'official'
      ? `sent from ${sender.normalized}, ${claimed.name}'s official number`
      : `sent under the sender ID ${showSender(sender)}, which names ${claimed.name} (a forged ID would gain nothing by it)`;
  hits.add(
    'BRAND_OFFICIAL_CONTACT',
    1,
    `${from}, ${what}: nothing in it leads anywhere but to ${claimed.name} itself (${toRegistryRef(claimed)})`,
  );
}

/**
 * What an official number's message (with no link but to known organisations) is when it is its
 * own notice: a `notice` sells nothing and asks nothing but a reply to that number (a fraud
 * alert's "Reply YES or NO"), with no lure; a `warning` warns about scams (SCAM_WARNING), whatever
 * lures and asks it quotes, and gives no other contact. Null otherwise.
 */
function quietNoticeKind(
  hits: RuleHits,
  folded: string,
  lure: boolean,
  /** Its only money bait is an insurer's own claim ("理赔", "赔付"), from the insurer's number. */
  ownClaimBait: boolean,
  /** A government's: its "free" is a free service ("Registration is FREE"), no offer. */
  sellsNothing: boolean,
): 'notice' | 'warning' | null {
  const warnings = findScamWarnings(folded);
  if (warnings.length > 0) {
    // "Your GLoan offer of up to P125,000 is ready! … GCash will never ask for your MPIN": a
    // reminder after an offer closes an advert, which stays one (a warning that quotes an offer,
    // "警惕'免费领取'骗局", names the scam first)
    const offer = sellsNothing || lure || !promotes(folded) ? null : PROMOTION.exec(folded);
    if (offer !== null && offer.index < warnings[0]![0]) return null;
    return WARNING_BREAKERS.some((code) => hits.has(code)) ? null : 'warning';
  }
  const breakers = ownClaimBait ? QUIET_NOTICE_BREAKERS_INSURER : QUIET_NOTICE_BREAKERS;
  if (lure || breakers.some((code) => hits.has(code)) || (!sellsNothing && promotes(folded))) {
    return null;
  }
  return 'notice';
}

/** An organisation that sells insurance: an insurer's row, or a group's whose names say 保险. */
function sellsInsurance(org: OfficialSender | null): boolean {
  return org !== null && (org.sector === 'insurer' || org.keywords.some((k) => k.includes('保险')));
}

/** An insurance claim, the insurer's own business: money bait from anyone else. */
const INSURANCE_CLAIM_WORDS: ReadonlySet<string> = new Set(['理赔', '赔付', 'claim', 'claims']);
const MONEY_BAIT_INDEX = LEXICON_SIGNALS.indexOf('MONEY_BAIT');

/** Every match of lexicon entry `index` among `matches` is an insurance claim's word. */
function onlyInsuranceClaimWords(
  matches: readonly PhraseMatch[],
  index: number,
  folded: string,
): boolean {
  return matches.every(
    (m) =>
      m.index !== index || INSURANCE_CLAIM_WORDS.has(folded.slice(m.start, m.end).toLowerCase()),
  );
}

function onlyInsuranceClaimBait(scan: LexiconScan, folded: string): boolean {
  return onlyInsuranceClaimWords(scan.signalMatches, MONEY_BAIT_INDEX, folded);
}
/**
 * What an anti-fraud warning from anyone must not hold besides a stranger's link or number (checked
 * by the caller): another contact, a paid service, a broken policy, an institution on a personal
 * number, an offer. A credential request counts only when nothing in the text negates it ("正规退款
 * 无需您提供密码", "never share your password").
 */
const ANY_WARNING_BREAKERS: readonly SignalCode[] = [
  ...WARNING_BREAKERS,
  'REPLY_TO_WIN',
  'LINK_APK',
  'MONEY_BAIT',
];
const CREDENTIAL_NEGATION = [
  ...CODE_WARNING,
  '无需',
  '不需要',
  '不会',
  'never',
  'will not',
  "won't",
];

/**
 * The spans of the scam-warning words (SCAM_WARNING) of a message that is a warning and nothing
 * else, or null: no breaker (ANY_WARNING_BREAKERS), no offer (PROMOTION), no unnegated credential
 * request. The caller has checked that no link or number leads to a stranger.
 */
function findAntiFraudWarning(hits: RuleHits, folded: string): Span[] | null {
  const spans = findScamWarnings(folded);
  if (spans.length === 0) return null;
  if (ANY_WARNING_BREAKERS.some((code) => hits.has(code)) || promotes(folded)) return null;
  return asksCredentials(hits, folded) ? null : spans;
}

/** A credential request that nothing in the text negates ("正规退款无需您提供密码", "never share your PIN"). */
function asksCredentials(hits: RuleHits, folded: string): boolean {
  if (!hits.has('CREDENTIAL_REQUEST')) return false;
  const lower = folded.toLowerCase();
  return !CREDENTIAL_NEGATION.some((w) => lower.includes(w));
}
/**
 * Parents, students or staff addressed, and a school, a teacher, a university office or an
 * employer's office who writes (Chinese: the public sets hold none).
 */
const PARENT_AUDIENCE =
  /^\s{0,3}[\u4e00-\u9fff]{1,4}(?:妈妈|爸爸|家长)(?:您好|你好|[,，:：])|各位家长|家长们|家长您好|尊敬的家长|亲爱的家长|家长朋友|家长[:：]|各位同学|同学你好|同学您好|同学们|各位同事|同事们|各位居民|居民朋友|各位业主|业主朋友|各位住户|住户您好|各位里民|里民好|各位邻居/;
const SCHOOL_SIGNER =
  /老师|班主任|小学|中学|幼儿园|学校|年级|[一二三四五六七八九十\d]班|教务|学院|大学|辅导员|人事部|人力资源|行政部|办公室|居委会|社区|村委会|物业|管委会|管理委员会|管理处|里长|里办公室/;
/** What a school's own notice does not hold: an education advert, an account, a QR code, a group. */
const NOT_SCHOOL_NOTICE =
  /招生|辅导班|培训|课程|试听|补习|名额|加盟|招聘|多报多送|报\S{0,6}送|开班|转账|转至|账户|帐户|收款|汇款|扫码|二维码|加微信|进群|加群/;
/** A fee to pay: no school notice's, unless it is paid through the school's own channel (SCHOOL_CHANNEL). */
const SCHOOL_FEE = /学费|缴费|缴纳|交费|资料费|付款|缴付/;
/**
 * The school's own way to pay: "统一在学校缴费平台交，不用转给我个人", "放联络簿袋交给我，或用学校缴费单到超商
 * 缴纳", "请透过学校eClass App…缴付", "学校不安排任何个人收款".
 */
const SCHOOL_CHANNEL =
  /学校缴费平台|学校缴费单|缴费单|联络簿|学校公众号|校方|eclass|不用转给我个人|不安排任何个人收款|不会以短[讯信](?:连结|链接)要求付款/i;

/**
 * The spans [audience, signer] of a school's notice to parents, or null: both present, no breaker
 * (SCHOOL_NOTICE_BREAKERS), no offer, no advert or fee words. The caller has checked that it has no link,
 * no number and no lure. In the public sets 2 messages fire it, both labelled spam (an FBS
 * kindergarten's new-year greeting among them: FBS labels all that a fake base station sent).
 */
function findSchoolNotice(hits: RuleHits, folded: string): [Span, Span] | null {
  const audience = PARENT_AUDIENCE.exec(folded);
  if (audience === null) return null;
  const signer = SCHOOL_SIGNER.exec(folded);
  if (signer === null) return null;
  if (SCHOOL_NOTICE_BREAKERS.some((c) => hits.has(c))) return null;
  if (promotes(folded) || NOT_SCHOOL_NOTICE.test(folded)) return null;
  if (SCHOOL_FEE.test(folded) && !SCHOOL_CHANNEL.test(folded)) return null;
  return [
    [audience.index, audience.index + audience[0].length],
    [signer.index, signer.index + signer[0].length],
  ];
}

/** A one-time code as it is written: "code is 482913", "code: 482-193", "验证码：705 218", "482913 is your code". */
const ONE_TIME_CODE =
  /(?:\b(?:code|otp|passcode|pin|tac|netcode)\b(?:[^\n]{0,120}?\s)?(?:is|:)\s?:?\s?|(?:验证码|校验码|动态码|动态密码|一次性密码)(?:是|为)?[:：]?\s?)(\d{3}[\s-]?\d{1,5})(?!\d)|(?<!\d)(\d{4,8})\s?(?:is\s(?:(?:your|the)\s(?:[a-z&'-]{1,20}\s){0,3})?(?:code|passcode|otp|pin)\b|(?:(?:是|为)(?:您的|你的)?|\()[^\d]{0,12}(?:验证码|校验码|动态码))|\b(?:otp|netcode)\s(\d{4,8})(?!\d)/i;
/** "Do not share it", "请勿泄露": the code message's own warning. */
const DO_NOT_SHARE =
  /\b(?:don'?t|do not|never|not to)\s(?:share|give|tell|disclose|forward|reveal)\b|\bwill never ask (?:you )?for\b|(?:请勿|切勿|不要|勿)(?:将\S{0,6}|[向与][^,.;\n]{0,12}?)?(?:泄露|告知|告诉|转发|提供|分享)|不会(?:以|通过|透过|致电)[^，。\n]{0,8}要求[您你]?提供|不会以任何方式[^，。\n]{0,6}索取/i;
const CODE_BREAKERS: readonly SignalCode[] = [
  ...ANY_WARNING_BREAKERS,
  'PAYEE_ACCOUNT',
  'MARKETING_OPT_OUT',
  'SALE_OFFER',
  'APK_PROMPT',
];
const SCHOOL_NOTICE_BREAKERS: readonly SignalCode[] = [...CODE_BREAKERS, 'CREDENTIAL_REQUEST'];
const RECEIPT_WITH_LINE_BREAKERS: readonly SignalCode[] = CODE_BREAKERS.filter(
  (c) => c !== 'SERVICE_CONTACT_NUMBER',
);

/**
 * The spans [code, warning] of a one-time code message, or null: a code, a "do not share" (or a
 * sender ID or short code to send it: the warning is then null), no
 * breaker (CODE_BREAKERS), no offer, no credential request but a negated one ("never share your
 * PIN"). The caller has checked that no link or number leads to a stranger.
 */
function findOneTimeCode(
  hits: RuleHits,
  folded: string,
  scan: LexiconScan,
  /** From a sender ID or a short code: the platform's own code message needs no warning. */
  registeredSender: boolean,
): [Span, Span | null] | null {
  // "the code is 482913, just forward it back to me": the thief quotes the warning too
  // (not the warning's own "请勿向任何人提供验证码", "we will never ask you to send the code")
  if (
    scan.lureMatches.some(
      (m) =>
        VERIFICATION_CODE_ASKS.has(folded.slice(m.start, m.end).toLowerCase()) &&
        !isDenied(folded, m.start),
    )
  ) {
    return null;
  }
  const warning = DO_NOT_SHARE.exec(folded);
  if (warning === null && !registeredSender) return null;
  const code = ONE_TIME_CODE.exec(folded);
  if (code === null) return null;
  if (CODE_BREAKERS.some((c) => hits.has(c)) || promotes(folded)) return null;
  if (asksCredentials(hits, folded)) return null;
  const digits = code[1] ?? code[2] ?? code[3] ?? '';
  const at = code.index + code[0].indexOf(digits);
  return [
    [at, at + digits.length],
    warning === null ? null : [warning.index, warning.index + warning[0].length],
  ];
}

/** A currency written before an amount: Rs, ₹, PHP, NGN, $, £, €, RM, R, HKD, … (ASCII-folded text). */
const CURRENCY = String.raw`(?:rs\.?|hk\$|inr|₹|php|₱|p|ngn|₦|kes|ksh|ghs|ghc|ugx|tzs|tk|bdt|pkr|lkr|zar|r|usd|us\$|\$|s\$|sgd|gbp|£|eur|€|rm|myr|hkd|mop|nt\$|aud|cad|idr|rp|aed|sar|qar|omr|kwd|bhd)`;
const AMOUNT = String.raw`${CURRENCY}\s?\d[\d,]*(?:\.\d{1,2})?`;
/**
 * An amount of money between people: a currency before it ("AED 1,500", "R180"), 元 or 块 after,
 * or a sum sent or owed ("sent 2,500 to your GPay").
 */
const PERSON_AMOUNT = new RegExp(
  String.raw`(?<![a-z\d])${AMOUNT}|\d[\d,.]*\s?(?:元|块|蚊)|(?:货款|房租|租金|学费|药钱|饭钱)\d{3,}|\d\s?(?:rupees|naira|shillings|dollars|bob)\b|\b(?:sent|send|paid|pay|transferred|transfer|owe)\s(?:you\s|me\s|na\s(?:po\s)?)?\d[\d,.]*`,
  'i',
);
/**
 * A security event on the reader's account: "A new device was registered for AIB Mobile Banking",
 * "Login to FNB App approved on new device", "Your CIMB Clicks password was successfully changed".
 * Bounded, literal: linear.
 */
const SECURITY_EVENT =
  /\bnew device (?:has been|was) (?:registered|added)\b|\bapproved on (?:a )?new device\b|\b(?:password|pin|passcode)\s(?:was|has been)\s(?:successfully\s)?(?:changed|reset|updated)\b|\bsuccessfully (?:changed|reset) your\b|异地登录|与常用地不符|密码已修改成功|密码修改成功/i;

/**
 * A card's fraud check: "Did you attempt a $312.40 purchase at BESTBUY … ? Reply YES or NO". From a
 * sender ID or a short code it is the bank's own (it gives nothing to follow but the answer); from a
 * mobile number REPLY_TO_WIN keeps it an ask (the fake fraud alert). Bounded: linear.
 */
const FRAUD_CHECK =
  /\bdid you (?:attempt|use|make|authori[sz]e|try)\b[^?\n]{0,120}\?\s?(?:please )?reply (?:(?:yes|y)(?: or |\/|, ?)(?:no|n)|1 (?:for )?yes,? (?:or )?2 (?:for )?no)\b/i;

/**
 * A report on the reader's account, as receipts and statements say it: "has been credited",
 * "received PHP 1,500.00", "Rs 500 received", "Recharge of Rs 299 successful", "Amt:NGN25,000.00
 * CR", a 10-digit Indian railway PNR, "your bill … is due", "premium of Rs … is due", "your policy
 * renews on", 将于…从您的账户代扣, 已签收 / 已到账 / 扣款成功 / 改签成功 /
 * 签账 / 账单金额 / 余额不足. Bounded gaps, no nested repetition: linear.
 */
const RECEIPT = new RegExp(
  [
    String.raw`\b(?:has|have)\sbeen\s(?:successfully\s)?(?:credited|debited|received|delivered|paid|processed|refunded|transferred|collected|dispatched|shipped|signed for|deducted|linked|filed|submitted)\b`,
    String.raw`\b(?:credited|debited)\s(?:to|from)\s(?:your\s)?(?:a\/c|acct|account|card)\b`,
    // Nigeria's bank alerts: "Debit Alert: Acct 01****4471 Amt NGN25,000.00 Desc: POS/… Bal …"
    String.raw`\b(?:debit|credit)\salert\b[^\n]{0,60}?\b(?:amt|amount)\b`,
    String.raw`\bwe(?:'ve| have) received your\b`,
    FRAUD_CHECK.source,
    String.raw`\b(?:refund|credit|reimbursement)\b[^.\n]{0,40}\bhas been issued to your\b|\byou've sent\b`,
    String.raw`\b(?:was|were)\s(?:successfully\s)?(?:credited|debited|delivered|paid|received|refunded|deducted|(?:auto-?)?deposited)\b`,
    String.raw`\b(?:new departure time|now departs|now departing|gate (?:has )?changed to)\b`,
    String.raw`\bwill (?:be paid|reflect|be credited|be deposited) (?:in|into|to) your (?:registered )?(?:bank )?(?:account|a\/c)\b|\b(?:issued|credited|paid) to your (?:bank )?(?:a\/c|account)\b`,
    String.raw`\btoken\s?:?\s?\d{4}(?:[\s-]\d{4}){4}\b`,
    String.raw`\b(?:has been |was )?(?:activated|updated|registered|renewed) successfully\b|\bhas been (?:successfully )?activated\b|\bmoney received\b|\b(?:credit|debit)\s+amt\s?:\s?${AMOUNT}`,
    String.raw`\b(?:registration|licen[cs]e|passport|road tax|insurance|policy|subscription|membership)\b[^.\n]{0,40}?\bexpires? on\b`,
    String.raw`\b(?:has been|was) picked up\b|\bout for delivery today\b|\bwill be delivered today\b|\bwill reach you in\b`,
    String.raw`\byour room\b[^.\n]{0,16}\bis ready\b|房间[^，。\n]{0,8}已准备好`,
    String.raw`\bsuccessfully\s(?:loaded|paid|sent|transferred|received|topped up|renewed|booked|subscribed to|purchased)\b|\b(?:was|were|has been)\stopped up\b`,
    String.raw`\d{1,2}月账单(?:人民币|金额)?\d|余额为\d|您已购\d{1,2}月|保单[^，。\n]{0,12}到期`,
    String.raw`\breserved for (?:a )?purchase\b|\byou have [\d,]{1,9} (?:[a-z]{2,12} )?points\b|已(?:使用|用)[^，。\n]{0,10}流量|流量[^，。\n]{0,10}剩余|余额已低于`,
    String.raw`\bready\.?\s(?:please\s)?(?:to\s)?collect|\bready\sfor\s(?:collection|pick-?up)\b|\bexceeded your\b(?:[^.\n]|\.\d){0,24}\balert\b`,
    String.raw`\b(?:received|credited|debited|paid|spent|withdrawn|you(?: have)? sent)\s(?:(?:for|with|of|from|to|by)\s)?${AMOUNT}`,
    String.raw`(?<![\w.])${AMOUNT}\s(?:has been\s)?(?:received|credited|debited|paid|sent|transferred|withdrawn|spent)\b`,
    String.raw`\b(?:recharge|payment|transaction|transfer|top-?up|booking|ticket|purchase|verification|registration|enrol(?:l)?ment|renewal)\b(?:[^.\n]|\.\d){0,48}?\b(?:successful(?:ly)?|confirmed|completed?)\b`,
    String.raw`\b(?:transaction|purchase|payment|charge|withdrawal|txn)\b(?:[^.\n]|\.\d){0,64}?\b(?:was|has been) (?:made|declined)\b|\b(?:payment|withdrawal|transfer|debit)\b(?:[^.\n]|\.\d){0,64}?\b(?:left|went out of|came out of) your (?:account|a\/c|card)\b|^\s{0,3}(?:purchase|payment|withdrawal|transaction)\sof\s${AMOUNT}\s(?:with|using|on|at|from)\b|^\s{0,3}(?:purchase|payment|withdrawal)\s+amount\s?:\s?${AMOUNT}`,
    String.raw`\byou(?:'ve| have) used \d{1,3}% of\b|\b\d{1,3}% of your\b[^.\n]{0,30}?\b(?:data|allowance|quota|plan)\b`,
    String.raw`\b(?:item|article|parcel|package|shipment|consignment)\s(?:no\.?\s?)?[a-z0-9]{8,30}\sdelivered\s(?:at|to|on)\b`,
    String.raw`\bamt\s?:\s?${AMOUNT}\s?(?:cr|dr)\b`,
    String.raw`\bpnr\s?(?:no\.?)?\s?[:\-]?\s?\d{10}\b`,
    String.raw`\b(?:bill|premium|emi|instal(?:l)?ment)\b[^\n]{0,60}?\b(?:is|has been)\s(?:generated|ready|due)\b`,
    String.raw`\b(?:bill|premium|emi|instal(?:l)?ment)\b[^\n]{0,40}?\bis\s${AMOUNT}`,
    String.raw`\b(?:policy|subscription|membership|plan)\s(?:renews|will renew|is due for renewal)\b`,
    String.raw`(?:账单|帐单|费单)[^，。\n]{0,16}已(?:发出|出账|生成)`,
    `(?:收到|转账|消费|支出|转入|存入|入账)${AMOUNT}`,
    // "您2月消费89.00元…当前余额36.20元", "账单￥5,621.08，到期还款日4月25日", "车险保单…已续保成功"
    String.raw`(?:消费|支出|扣费|(?:电费|水费|燃气费|话费|物业费)为?)\d[\d,]*(?:\.\d{1,2})?元|当前余额\d|到期还款日|应还金额|续保成功|正由[^，。\n]{0,16}派送|派送中`,
    // a security event on the reader's account (SECURITY_EVENT), a direct debit set up
    SECURITY_EVENT.source,
    String.raw`\bdirect debit\b[^.\n]{0,40}?\b(?:has been|was) set up\b`,
    String.raw`\bwe declined a\b|\byou are registered to vote\b|\bpower has been restored\b|\b(?:estimated|est\.?) restoration\b`,
    String.raw`\b(?:water supply|power supply|supply|service)\b(?:[^.\n]|\.\d){0,40}?\bwill be (?:interrupted|suspended|restored)\b|\bplanned (?:power |water |supply |electricity )?(?:interruption|outage|shutdown)\b`,
    String.raw`将于[^，。\n]{0,12}从您[^，。\n]{0,12}代扣|已从[^，。\n]{0,8}扣除`,
    String.raw`(?:预订|预约|订单)[^，。\n]{0,30}已确认|预订成功|预约成功`,
    // an appointment reminder: "Alvarez Family Dental appt Tue 3/18 at 2:30 PM. Reply C to confirm",
    // "提醒您明天上午10:00回診，如需改期請來電…", "您於5月28日…有覆診預約。如需更改，請致電預約中心"
    String.raw`\b(?:appt|appointment)s?\b[^\n]{0,100}?\b(?:reply\s[a-z0-9]{1,8}\sto\s(?:confirm|cancel|reschedule)|to (?:confirm|reschedule|rearrange|cancel))\b`,
    String.raw`(?:回诊|复诊|覆诊|就诊|门诊|预约)[^\n]{0,40}?如需(?:改期|更改|取消|改约)|提醒您[^，。\n]{0,20}(?:回诊|复诊|覆诊|就诊|复健|洗牙|看诊)`,
    '退款已成功|退款成功|将原路退回|原路退回|原路返回|自动续费扣款|已开通自动续费|兑换成功|已扣除积分|暂停供水|暂停供电|停止供水|停止供电|预计起飞时间|预计延误|调整为d{1,2}:d{2}|缴费到期日|尚未缴纳|已解冻|自动退还|自动解冻|已预授权|已收到订金|已收到定金|取货码|已到达自提点|已送达|已自动增值|自动增值成功|例行维保|计划停电|计划停水|停水通知|停电通知|已发放|已为您保留|已为您预留|起飞时间调整为|起飞时间变更为|成功储值|成功充值|成功缴费|成功支付|取件码|凭回执领取|待领取|待招领|账单金额|帐单金额|本期账单|本月账单|缴费期限|话费余额|余额已不足|余额不足|' +
      '用量已达|流量已用|已签收|已由本人签收|已由他人代签收|签收人|已到账|已入账|已存入|已支出|已扣款|扣款成功|支付成功|付款成功|充值成功|缴费成功|转账成功|汇款成功|改签成功|出票成功|购票成功|订票成功|退票成功|已原路退回|已汇入您|退回原支付账户|退回至原支付账户|退回原账户|您已改签|签账|自动扣缴|完成扣缴|扣缴成功|已扣缴|消费总额|应退票款|已成功办理|已发货|订位代号|可办理入住|正在配送中|已出餐',
    // "提取金额15,000.00元将于1-2个工作日内转入您尾号5521的银行卡"
    String.raw`将于[^，。\n]{0,16}转入您`,
    // a satisfaction survey after a purchase or a visit, answered by a digit: "How likely are you to
    // recommend us to a friend? Reply with a number 0-10", "请问对本次购物满意吗？回复1非常满意"
    String.raw`\bhow likely are you to recommend\b|\brate (?:your|our) (?:experience|service|visit|delivery|stay)\b|满意吗|满意度(?:调查|回访)|回复1非常满意`,
    // "A deposit of $2,500.00 to your brokerage account ending in 4471 has posted", "Your withdrawal
    // of $1,200.00 USD to Chase ****8812 has been initiated", "您名下一码通账户…新开立深市证券账户"
    String.raw`\b(?:deposit|payment|transfer|withdrawal|trade|order)\b(?:[^.\n]|\.\d){0,80}?\b(?:has (?:posted|cleared)|has been initiated|was initiated)\b|新开立|已开立`,
    // a charity's receipt: "Thank you for your $10 donation to the American Red Cross", "thank you
    // for your monthly gift of £15", "感谢您向“河南暴雨紧急救援”项目捐赠200.00元"
    String.raw`\bthank you for (?:donating|your [^.\n]{0,16}?\b(?:donation|gift))\b|感谢您[^，。！\n]{0,30}?(?:捐赠|捐款|月捐)`,
  ].join('|'),
  'i',
);

/**
 * A prize or a gift: "已存入" a prize you won is the bait, not a receipt ("抽中的流量已存入", "付款成功赠送积分",
 * "claim your reward"); an insurance claim's number is no prize. So is money "已到账" that can be
 * withdrawn only after a fee ("需先缴纳3%手续费…才能提现").
 */
const PRIZE =
  /才能提现|方可提现|(?<!捐)赠|抽中|中奖|奖品|红包|\b(?:won|win|winner|prize|bonus|reward)\b|\bclaim\s(?:your|it|now|the|this)\b/i;

/**
 * The span of a receipt's or a statement's words (RECEIPT), or null: no breaker (CODE_BREAKERS), no offer,
 * no credential request but a negated one. The caller has checked that no link, number or
 * placeholder leads to a stranger and that no lure asks anything.
 */
/**
 * Lures whose words a report of what has happened carries, with nothing to follow: the refund
 * "将在24小时内原路退回", the renewal "将按您开通的自动续费扣款149元", the points "兑换成功，已扣除积分2,000",
 * the delay "预计起飞时间21:40…如需改签或退票请通过东方航空APP办理".
 * Their scams work only through a contact they give, and a receipt gives none (receiptSpan).
 */
const REPORTED_LURES: ReadonlySet<LureFamily> = new Set<LureFamily>([
  'refund',
  'fee_deduction',
  'points_redemption',
  'flight_cancellation',
]);
/** The outcome such a report states. Literal alternatives: linear. */
const REPORTED_OUTCOME =
  /原路退回|原路返回|退回原支付|兑换成功|已扣除积分|按您开通的自动续费|已开通自动续费|预计起飞时间|预计延误|调整为|refunded to your original|back to your original (?:payment|card)/i;

function findReceipt(
  hits: RuleHits,
  folded: string,
  scan: LexiconScan,
  /** Its only number is its dispute line (SERVICE_CONTACT_NUMBER is then no breaker). */
  disputeLine: boolean,
  /** A card's fraud check from a sender ID or a short code, answered YES or NO (FRAUD_CHECK). */
  fraudCheck: boolean,
): Span | null {
  if ((scan.hints & HINT_RECEIPT) === 0) return null;
  const m = RECEIPT.exec(folded);
  if (m === null) return null;
  const breakers = disputeLine ? RECEIPT_WITH_LINE_BREAKERS : CODE_BREAKERS;
  if (
    breakers.some((c) => hits.has(c) && !(fraudCheck && c === 'REPLY_TO_WIN')) ||
    promotes(folded) ||
    PRIZE.test(folded)
  )
    return null;
  if (asksCredentials(hits, folded)) return null;
  return [m.index, m.index + m[0].length];
}

/**
 * The spans of SCAM_WARNING phrases in `folded` (at most six), in one regex pass: most messages
 * hold none (measured: an indexOf per phrase on the lower-cased text was a fifth of analyzeSms).
 */
function findScamWarnings(folded: string): Span[] {
  SCAM_WARNING_ANY.lastIndex = 0;
  const spans: Span[] = [];
  for (let m = SCAM_WARNING_ANY.exec(folded); m !== null; m = SCAM_WARNING_ANY.exec(folded)) {
    spans.push([m.index, m.index + m[0].length]);
    if (spans.length >= 6) break;
  }
  return spans;
}
/** Any SCAM_WARNING phrase, case-insensitive: literal alternatives only, so linear. */
const SCAM_WARNING_ANY = new RegExp(
  SCAM_WARNING.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'gi',
);

/**
 * Marketing words: with one of them an official sender's message sells something (spam, as the
 * public sets label a carrier's own offers), not a notice. 退订 / 回T / 拒收 is the opt-out that
 * Chinese rules require on commercial messages and service notices do not carry; but not the bare
 * 拒收请回复R, which China Mobile's platform appends to every message of a 106 code. Linear: literal
 * alternatives, one bounded digit run.
 */
const PROMOTION = new RegExp(
  String.raw`退订|回t\b|拒收(?!请回复\s?r\b)|(?<!已享[^，。\n]{0,8})优惠|${FREE_AS_OFFER}|特惠|限时|折扣|促销|抢购|秒杀|(?<!已享[^，。\n]{0,10})立减|\bdiskaun\b|专享|专属(?!服务人员|客户经理|理财经理)|满\d{1,5}减\d|快去使用|立即使用|已降价|库存紧张|仅加\d|升级资格|团购(?!券)|借款额度|最高可借|年化利率|额度可提升|随借随还|预授信|[$£€₱]\d{1,4} off\b|仅需多付|回复\d{1,2}立即办理|回复[a-z0-9]{1,8}办理|满\d{1,5}可用|回归红包|立即捐款|\bdonate (?:now|today)\b|\bon us\b|\bjackpot\b|\bplay responsibly\b|\bat no extra cost\b(?! to you)|\bplans from\b|\bthinking of (?:buying|switching)\b|\bapproval in principle\b|\bsales? event\b|\b0% (?:apr|finance|financing)\b|\b(?:offers?|deals?|sale|discount|promo|(?<!\b7726 for |\brepairs? (?:are|is|will be) |\b(?:texts?|msgs?|messages?|replies) (?:are|is) )free|upgrade|last chance)\b|\d{1,3}% off`,
  'i',
);

/**
 * PROMOTION.test(folded), remembered for the last text: several rules ask it of the same message
 * (measured: 2-4 calls a message at about 500 ns each on the union of the train sets).
 */
let promotionText: string | null = null;
let promotionFound = false;
function promotes(folded: string): boolean {
  if (folded !== promotionText) {
    promotionText = folded;
    promotionFound = PROMOTION.test(folded);
  }
  return promotionFound;
}

/**
 * What an unlisted sender ID's message must not hold to pass for a notice, besides an opt-out, small
 * print or an offer (OPT_OUT, SMALL_PRINT, PROMOTION): a bare STOP, the words of a sale, a bet or a
 * loan. Literal alternatives and bounded runs: linear.
 */
const SELLS =
  /\bstop\b|\b(?:specials?|clearance|save up to|\d-for-\d|while stocks? last|for only|only (?:rs\.?|p|r|rm|\$|£|€)\s?\d|new arrivals|book now|order now|shop now|call now|visit us|sign up|register now|download now|bonus|jackpot|bet|betting|loan|loans|rates? from|1[89]\+|21\+)\b|\d{1,3}%|不欲|推广|推介|特价|睇楼|楼盘|首期|低至|赠送|送礼|送券|笋盘|急售|急放|看房|开业|代办.{0,6}信用卡|包下卡|即送|抽卡|\d(?:\.\d)?折|\d\s?起(?=[，,。！!\s]|$)|首单|新客|报价|免运|包邮|\bpre-?order\b|\/kg\b|\bper kg\b|\bno job too small\b|\bfor a (?:free )?quote\b|全包|名额(?:就|仅|只)剩|套餐\d|iptv|机顶盒|外挂|自瞄|不封号|代刷|刷粉|涨粉|买赞|合租位|\blikes for\b|\b(?:elo |rank |score )?boost(?:ing)?\b|\bfollowers\b|\bhalf price\b|平过官方|\bcheapest\b|全网最低|老师傅|不漏不收费|专业(?:防水|补漏|堵漏|开锁|疏通|搬家|保洁|维修|清洗)|\bfrom (?:rs\.?|rm|\$|£|€|s\$|php|₱|ksh)\s?\d|\blimited (?:\w+ )?slots\b|\bfor (?:p|php|₱)\s?\d{2,5}\b(?! (?:was|has been|is) )/i;
function sells(folded: string): boolean {
  // "Reply STOP to cancel alerts" ends a service's alerts, not an advert
  const f = withoutAlertsOptOut(folded);
  return SELLS.test(f) || OPT_OUT.test(f) || SMALL_PRINT.test(f) || promotes(f);
}
/**
 * The opt-out of a service's alerts, which CTIA rules put on every programme's texts, not only on
 * adverts: "Reply STOP to cancel alerts", "Reply STOP to unsubscribe from Austin Resource Recovery
 * alerts". Bounded: linear.
 */
const ALERTS_OPT_OUT =
  /\b(?:reply|text|txt)\s+stop\s+to\s+(?:cancel|end|stop|opt out of|unsubscribe from)\b[^.\n]{0,48}?\b(?:alerts|reminders|notifications)\b/gi;
/** `folded` with any alerts' opt-out blanked out (the text itself when it has none). */
function withoutAlertsOptOut(folded: string): string {
  return folded.replace(ALERTS_OPT_OUT, ' ');
}
/** Lure families of adverts: with any word of theirs an unlisted sender ID's message may be selling. */
const ADVERT_LURES: ReadonlySet<LureFamily> = new Set<LureFamily>([
  'gambling',
  'loan',
  'investment',
  'job_offer',
  'prize',
]);

/** A balance stated as statements state it: "Avl bal Rs.10,482", "Balance: PHP 1,230.50", "余额1,234.56元". */
const BALANCE_STATED =
  /\b(?:avl|avail(?:able)?|current|new|a\/c|acct)?\.?\s?bal(?:ance)?\b\s?(?:is\s)?[:.]?\s?(?:rs\.?|inr|₹|php|₱|pkr|ksh|kes|ngn|₦|ghs|zar|r|rm|s\$|\$|£|€|aed|sar|hk\$)\s?\d|余额[:：]?\s?(?:为|是)?\s?(?:人民币|rmb)?\s?\d/i;

/** What the evidence of the signal that settles a verdict by rule adds (SmsAnalysis). */
const IMPERSONATION_NOTE =
  '; it asks something of the reader too: an impersonation, smishing by rule whatever the score';
const CALLBACK_IMPERSONATION_NOTE =
  ' in a message that claims an organisation (or the police) and a fraud lure: a call-back impersonation, smishing by rule whatever the score; reach the organisation through the number on its official site or card instead';
const JOB_FEE_NOTE =
  ' (a job that has the worker pay first: a deposit, a fee or a top-up to unlock tasks; the task or fake-recruiter scam, harmful at least whatever the score)';
const TASK_SCAM_NOTE =
  ' (a task for pay and a messenger account to sign up through: the "like videos, get paid" task scam, harmful at least whatever the score)';
const ADVERT_LURE_NOTE =
  " (a casino's or a lender's pitch: an advert, spam at least whatever the score)";
const INVESTMENT_PITCH_NOTE =
  ' (a stock or crypto tip and a contact to join through: the "insider tips, join the VIP group" pitch that leads to fake trading platforms, harmful at least whatever the score)';
/**
 * What a job that pays has the worker pay first: a deposit, a joining or training fee, a crypto
 * top-up to "unlock" better tasks ("缴纳保证金500元", "top up 500 USDT"). With the job_offer lure at
 * full strength it is the task or fake-recruiter scam whoever writes; an advert's "无需保证金" (a
 * fee denied or waived) is not. Literal alternatives: linear.
 */
const JOB_FEE =
  /保证金|押金|入职费|培训费|服装费|制服|训练费|\btop up\b|\btop-up\b|\busdt\b|\bregistration fee\b|\bjoining fee\b/gi;

/** "无需保证金", "不收取任何押金", "no registration fee": the fee waived just before it. */
const FEE_WAIVED_BEFORE = /(?:无需|无须|不收|不需|不用|免|\bno\b|\bwithout\b)[^，。,.!?\n]{0,6}$/i;

function asksJobFee(folded: string): boolean {
  JOB_FEE.lastIndex = 0;
  for (let m = JOB_FEE.exec(folded); m !== null; m = JOB_FEE.exec(folded)) {
    const before = folded.slice(Math.max(0, m.index - 12), m.index);
    if (!isDenied(folded, m.index) && !FEE_WAIVED_BEFORE.test(before)) return true;
  }
  return false;
}

/** The job_offer words of the task scam: pay for trivial clicks, by the day. */
const TASK_WORDS: ReadonlySet<string> = new Set([
  'like youtube videos',
  '刷单',
  '点赞',
  '点赞关注',
  '按赞',
  '做任务',
  '动动手指',
  '一单一结',
  'like videos',
  'like youtube videos',
  'rating products',
  'product reviews',
  'simple tasks',
  '60-90 min',
  '60-90 minutes',
  'paid daily',
  'daily pay',
  'earn daily',
  'daily earn',
  '日结',
  '日赚',
  '秒结',
  '即日出粮',
  'paid per task',
  'per day from home',
]);
/**
 * An ask to carry on in a messenger on the number that texted: "Kindly add my WhatsApp for
 * details", "add me on Telegram", "加我微信". Literal alternatives: linear.
 */
const MESSENGER_MOVE =
  /\badd (?:me|my) (?:on |at )?(?:whatsapp|telegram|line|wechat|signal)\b|加(?:我|一下我)的?(?:微信|line|whatsapp|telegram|qq)/i;
/**
 * Something to do on a link: "cancel it at", "Re-confirm", "Pay now", "Accept your Interac
 * e-Transfer here", 点击, 登录. With a lookalike of the very brand the message claims, that is the
 * impersonation's ask. Literal alternatives: linear.
 */
const LINK_CALL_TO_ACTION =
  /\b(?:visit|click|tap|log ?in|sign in|sign|verify|confirm|re-?confirm|update|pay|cancel|accept|claim|reschedule|review|unlock|restore|reactivate|secure|submit|appeal)\b|点击|登录|登陆|验证|确认|更新|缴纳|支付|取消|领取|解除/i;
/**
 * How an advert has its reader sign up: "WhatsApp us for the brochure", "WhatsApp to book",
 * "WhatsApp報名", "添加导师微信", "加LINE", "进群", "下载…App开户", "回覆1報名", "咨询请回电". Literal alternatives
 * and bounded gaps: linear.
 */
const PITCH_SIGN_UP =
  /\bwhatsapp (?:us|to|for|now)\b|whatsapp报名|加(?:导师|助理|老师|客服)?(?:微信|line|vx)|\bline id\b|进群|下载[^，。！\n]{0,12}app|回[复覆]\d报名|请回电|回电咨询|\bjoin (?:our|my) (?:vip|telegram|whatsapp|group|class|mentorship)|\b(?:send|email) you (?:the|our|a) (?:brochure|prospectus|information pack)\b/i;
/** Chat invitations: a link that opens a conversation with whoever set it up. */
const MESSENGER_LINK_HOSTS: ReadonlySet<string> = new Set([
  't.me',
  'telegram.me',
  'wa.me',
  'chat.whatsapp.com',
  'line.me',
]);
/**
 * Money asked into somewhere: "请缴纳培训及保险费380元至指定账户", "存入指定戶口", "Send your donation via
 * M-PESA to 0712…", "donate through GCash". Bounded gaps, literal alternatives: linear.
 */
const PAY_IN_ASK =
  /(?:转|汇|存|缴纳?|付|交)[^，。！\n]{0,24}?(?:至|到|入)(?:指定|以下|如下)(?:账户|帐户|户口|账号)|\bsend (?:your |a )?donations?\b|\bdonate (?:via|through|by|using)\b/i;
const PAYEE_LETTERHEAD_NOTE =
  ", under an organisation's letterhead: an organisation is paid into its own accounts, not a person's card; an impersonation, smishing by rule whatever the score";
const LETTERHEAD_NOTE =
  ", under the organisation's letterhead and with something to act on: no organisation sends its notices from a personal number; an impersonation, smishing by rule whatever the score";
/**
 * A claim written as the message's letterhead: at its start (after an opening 【 or [), closed
 * within a few words by `:`, `：`, `】` or `]` ("Bank of America Fraud Dept:", "【工商银行】",
 * "USPS:"). Bounded windows: linear.
 */
const LETTERHEAD_BEFORE = /^\s{0,3}[【[]?\s?$/;
const LETTERHEAD_AFTER = /^[^\n:：】\]]{0,24}[:：】\]]/;

/**
 * A Chinese organisation's letterhead the registry does not list ("大西洋銀行：…", "【XX物业】",
 * "身份證明局：…"): a name ending in a bank, bureau, office, company or hospital, first in the text.
 * From someone's mobile, its statement is no account notice and the number it gives to call is no
 * line of the writer's own. Anchored, bounded: linear.
 */
const ZH_ORG_LETTERHEAD =
  /^\s{0,3}[【[]?[\u4e00-\u9fff]{1,10}(?:银行|邮政|邮局|证券|保险|集团|公司|医院|局|署|中心|电力|电信|移动|联通|快递|速运|物流)[】\]:：]/;

function isLetterhead(folded: string, claim: Claim): boolean {
  return claim.spans.some(
    ([start, end]) =>
      (start <= 6 &&
        LETTERHEAD_BEFORE.test(folded.slice(0, start)) &&
        LETTERHEAD_AFTER.test(folded.slice(end, end + 26))) ||
      inLeadingBracket(folded, start, end),
  );
}
/** The bracket that opens a text: 【广汽丰田佛山顺德店】, [Honda Service Centre]. Bounded: linear. */
const LEADING_BRACKET = /^\s{0,3}[【[][^【】[\]\n]{1,30}[】\]]/;
/** [start, end) lies inside the bracketed letterhead that opens the text (a dealer's 广汽丰田…店). */
function inLeadingBracket(folded: string, start: number, end: number): boolean {
  if (start > 34) return false;
  const m = LEADING_BRACKET.exec(folded);
  return m !== null && end < m[0].length;
}
const OFFICIAL_NOTICE_NOTE =
  ", and it asks nothing else of the reader: the organisation's own notice, ham by rule whatever the score";
const FAMILY_EMERGENCY_NOTE =
  ' (a relative on a new number who asks for money or a move to another app: the "Hi Mum" scam, smishing by rule; call them on the number you know)';
const MALWARE_NOTE =
  ", on a host that is no known organisation's own: an app sent by text is how banking trojans and remote-control spyware get installed; smishing by rule whatever the score (install apps from the official store only)";
const ALBUM_NOTE =
  ' (photos of the reader, an album or a video shown only through a link to an unknown host: the album trojan or phishing page, smishing by rule; ask the sender by another way first)';
/**
 * How a link is broken to slip past filters (extractLinks' obfuscation), not defanged to quote it.
 * Not spaces: extractLinks joins spaced-out hosts, and a join can take in a word before the host
 * ("Hi Mum 10086wds.cn" reads as himum10086wds.cn).
 */
const EVASIONS: ReadonlySet<string> = new Set([
  'zero-width',
  'ideographic-dot',
  'full-width',
  'userinfo',
]);
const EVASIVE_LINK_NOTE =
  ', in a message that names an organisation or lures: written to slip past link filters, and no organisation breaks its own link for its readers to mend; smishing by rule whatever the score';
const RAW_IP_NOTE =
  ', in a message that names an organisation or asks something of the reader: no organisation sends its readers to a bare address; a phishing page set up in a hurry is served so; smishing by rule whatever the score';
const POLICE_NOTE =
  ' (someone posing as the police who wants a call back, secrecy or the money moved: the police impersonation scam, smishing by rule; the police do not investigate by text; call them on a number you know (110 in China))';
const CODE_NOTE =
  ' (someone who wants a code that was sent to you: whoever has it takes over the account or approves the payment; the verification-code scam, smishing by rule; never pass a code on)';
const SEXTORTION_NOTE =
  ' (a threat to send a video to your contacts unless you pay: the sextortion scam, smishing by rule; do not pay or reply, keep the message and report it to the police)';
const WRONG_NUMBER_NOTE =
  ' (a stranger\'s "wrong number" or "we met at …" opener that moves you to another app or to an investment: how romance and investment ("pig-butchering") scams start, smishing by rule; do not reply or move to another app)';
const ACCOUNT_CHANGE_NOTE =
  ' (someone, a landlord, a supplier or a colleague, whose bank account has "changed" and who asks you to pay into the new one: how rent and invoice payments are stolen, smishing by rule; confirm by calling them on the number you know before paying)';
const INVESTMENT_SCAM_NOTE =
  ' (a trading platform\'s handler who asks for a deposit, secrecy, or a fee or a tax before a withdrawal, or a "recovery" service with a fee: the fake-platform ("pig-butchering") investment scam, smishing by rule; a real broker never needs a fee wired to release your own money)';
const ADVANCE_FEE_NOTE =
  ' (money, an inheritance or a parcel that will come once a fee is paid by money transfer: the advance-fee fraud, smishing by rule; nothing real is released by a fee wired to a stranger)';
const MISTAKEN_TRANSFER_NOTE =
  ' (a stranger who "sent money to your number by mistake" and asks for it back: the money never came, the "receipt" is fake; smishing by rule; check your balance with your provider and let it reverse any real mistake)';
const EXTORTION_NOTE =
  ' (a threat that someone close to you is held, with a ransom to pay now and no police: the "virtual kidnapping" scam, smishing by rule; call them or those they are with on the numbers you know, and call the police)';
const BOSS_NOTE =
  ' (a manager who asks for a transfer or gift cards by text before anyone can check: the boss impersonation scam, smishing by rule; call your manager on the number you know)';

/**
 * What makes a link off the brand's domains an impersonation and not an unlisted domain of the
 * brand: the message asks something of the reader (a lure, money bait, urgency, credentials), or
 * does what the brand says it never does (a registry policy: "USPS never sends links").
 */
const ASKS: ReadonlySet<SignalCode> = new Set<SignalCode>([
  'MONEY_BAIT',
  'URGENCY',
  'CREDENTIAL_REQUEST',
  'OFFICIAL_SENDER_POLICY_VIOLATION',
]);
/**
 * A lure counts when it is more than the brand's own vocabulary: "your parcel is out for delivery"
 * (parcel 2 + delivery 1) is what a courier's real notice says; "could not be delivered … parcel"
 * (3 + 2) is not. LURE's value is its lexicon score / 6.
 */
const LURE_ASK_SCORE = 4;

/** A link whose host is a public (unicast) IP address. */
function isPublicIpLink(link: SmsLink): boolean {
  if (!link.isIp || !ipaddr.isValid(link.host)) return false;
  return ipaddr.parse(link.host).range() === 'unicast';
}

function isAsk(hit: RuleHit): boolean {
  return ASKS.has(hit.code) || (hit.code === 'LURE' && hit.value >= LURE_ASK_SCORE / 6 - 1e-9);
}

/**
 * Lures that, with a claimed organisation and a number to call, are the call-back scam: "your card
 * is frozen / your refund failed / the annual fee will be charged, call customer service on …".
 * In the training sets a claimed brand, a call-back number and one of these at full strength is
 * smishing every time (FBS 38 rows, Mishra 11, none spam); points, prizes, loans and the like are
 * left out: with a number to call they are as often an advert (FBS: 6 spam rows).
 */
const CALLBACK_FRAUD_LURES: ReadonlySet<LureFamily> = new Set<LureFamily>([
  'account_frozen',
  'refund',
  'tax_refund',
  'medical_insurance',
  'credit_limit',
  'e_token_expiry',
  'account_security',
  'fee_deduction',
  'etc_toll',
  'parcel_customs',
  'flight_cancellation',
  'lost_device',
  'verification_code',
  'police_investigation',
  'credit_record',
  // "您的驾驶证因累计记分已满12分…如有异议请致电…": a licence threat disputed on a stranger's line
  'traffic_fine',
  // "【人社局】您有一笔技能补贴待领取，请添加QQ …": a benefit paid through a stranger's line
  'subsidy',
]);

/** Lures whose wording claims an authority by itself ("money-laundering case, cooperate"). */
const SELF_CLAIMING_LURES: ReadonlySet<LureFamily> = new Set<LureFamily>([
  'police_investigation',
  // "注销校园贷账户，否则影响征信": only the scam has a student-loan account to cancel
  'credit_record',
]);

function isCallbackFraud(lure: { readonly family: LureFamily; readonly score: number }): boolean {
  return CALLBACK_FRAUD_LURES.has(lure.family) && lure.score >= LURE_ASK_SCORE;
}

/**
 * Lexicon scores at which an impostor's lure is the scam itself (SmsAnalysis.impostorScam), the
 * phrases of which one must be there (the ask: money, a move to another app, gift cards, a call
 * back, secrecy), words that make it a warning about the scam instead, and what the LURE evidence
 * then adds. A new number alone, "I'm in a meeting", or "请回电" is not the scam.
 */
const IMPOSTOR_LURES: ReadonlyMap<
  string,
  {
    readonly score: number;
    readonly asks: ReadonlySet<string>;
    readonly warnings: readonly string[];
    readonly note: string;
  }
> = new Map([
  [
    'family_emergency',
    { score: 6, asks: FAMILY_EMERGENCY_ASKS, warnings: [], note: FAMILY_EMERGENCY_NOTE },
  ],
  [
    'boss_impersonation',
    { score: 5, asks: BOSS_IMPERSONATION_ASKS, warnings: [], note: BOSS_NOTE },
  ],
  [
    'police_investigation',
    { score: 5, asks: POLICE_ASKS, warnings: SCAM_WARNING, note: POLICE_NOTE },
  ],
  [
    'verification_code',
    { score: 5, asks: VERIFICATION_CODE_ASKS, warnings: CODE_WARNING, note: CODE_NOTE },
  ],
  [
    'sextortion',
    { score: 5, asks: SEXTORTION_ASKS, warnings: SCAM_WARNING, note: SEXTORTION_NOTE },
  ],
  ['wrong_number', { score: 5, asks: WRONG_NUMBER_ASKS, warnings: [], note: WRONG_NUMBER_NOTE }],
  [
    'advance_fee',
    { score: 6, asks: ADVANCE_FEE_ASKS, warnings: SCAM_WARNING, note: ADVANCE_FEE_NOTE },
  ],
  [
    'mistaken_transfer',
    {
      score: 5,
      asks: MISTAKEN_TRANSFER_ASKS,
      warnings: SCAM_WARNING,
      note: MISTAKEN_TRANSFER_NOTE,
    },
  ],
  [
    'account_change',
    { score: 5, asks: ACCOUNT_CHANGE_ASKS, warnings: SCAM_WARNING, note: ACCOUNT_CHANGE_NOTE },
  ],
  ['extortion', { score: 5, asks: EXTORTION_ASKS, warnings: SCAM_WARNING, note: EXTORTION_NOTE }],
  [
    'investment',
    { score: 5, asks: INVESTMENT_ASKS, warnings: SCAM_WARNING, note: INVESTMENT_SCAM_NOTE },
  ],
]);

/**
 * The lures a scam from a mobile is made of: the impostor scripts (a relative's or a boss's new
 * number, a stranger's opener, a threat, money sent by mistake, a changed account, a fee) and the
 * adverts' (a tip, a job, a casino, a loan, a prize). Any word of them keeps a message from being
 * a person's own (PERSONAL_MESSAGE).
 */
const PERSON_SCAM_LURES: ReadonlySet<string> = new Set<string>([
  ...IMPOSTOR_LURES.keys(),
  ...ADVERT_LURES,
]);

/** `text` with the spans blanked out (same length, so offsets stay). */
function blankSpans(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const [a, b] of spans) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  return out;
}

/** The "Hi Mum", boss, police or code scam: an impostor's lure at full strength, with its ask. */
function isImpostorScam(
  lure: { readonly family: string; readonly score: number; readonly index: number },
  scan: LexiconScan,
  folded: string,
  /** Where the text names an organisation: "【国家反诈中心】" is a name, no warning. */
  names: readonly Span[],
): boolean {
  const rule = IMPOSTOR_LURES.get(lure.family);
  if (rule === undefined || lure.score < rule.score) return false;
  if (rule.warnings.length > 0) {
    const lower = blankSpans(folded, names).toLowerCase();
    if (rule.warnings.some((w) => lower.includes(w))) return false;
  }
  return scan.lureMatches.some(
    (m) => m.index === lure.index && rule.asks.has(folded.slice(m.start, m.end).toLowerCase()),
  );
}

/**
 * The link is on an official domain of some registry organisation: "FedEx: shipment from Apple …
 * fedex.com/track" names two brands and links to the one that delivers; a card alert names its
 * merchant as "BESTBUY.COM". Neither is a link off the claimed brand's domains: nobody but the
 * organisation publishes there (user-content hosts are never official), so a scam cannot hide
 * behind it.
 */
/**
 * "Same account as always", "还是之前那个工行账户": an account the reader has paid before, which
 * the landlord's or the friend's message only recalls. The account-change scam says the opposite
 * ("a new account", "原来那张卡冻结了"), so a new account, a change or its lure undoes it.
 */
const KNOWN_PAYEE =
  /\bsame (?:account|bank details|details) as (?:always|before|usual|last (?:time|month))\b|\busual account\b|还是(?:之前|原来|上次|以前)(?:那个|的)/i;
const NEW_PAYEE =
  /\bnew (?:account|bank|details)\b|\bnot the same\b|\bchanged\b|新(?:账户|账号|卡)|换了|不是(?:之前|原来)|冻结/i;

function isKnownPayee(folded: string, lure: { readonly family: LureFamily } | null): boolean {
  return lure?.family !== 'account_change' && KNOWN_PAYEE.test(folded) && !NEW_PAYEE.test(folded);
}

/**
 * A lure family's score with each phrase counted once: "Your parcel … from Parcel Locker …" names
 * the parcel twice but says no more than once (2), where "could not be delivered … parcel" says
 * more (3 + 2); a phrase inside the brand's own name (`names`) counts for nothing.
 */
function distinctLureScore(
  scan: LexiconScan,
  family: number,
  folded: string,
  /** Spans whose words are no lure: the claimed brand's own name (航空 in 东方航空). */
  names: readonly Span[] = NO_SPANS,
): number {
  const weights = LURE_LEXICON[LURE_FAMILIES[family]!] as Readonly<Record<string, number>>;
  const seen = new Set<string>();
  let score = 0;
  for (const m of scan.lureMatches) {
    if (m.index !== family) continue;
    if (names.length > 0 && overlapsSpan(names, m.start, m.end)) continue;
    const phrase = folded.slice(m.start, m.end).toLowerCase();
    if (seen.has(phrase)) continue;
    seen.add(phrase);
    score += weights[phrase] ?? 0;
  }
  return score;
}

const NO_SIGNATURES: readonly string[] = [];
const NO_SPANS: readonly Span[] = [];

function overlapsSpan(spans: readonly Span[], start: number, end: number): boolean {
  for (const [s, e] of spans) if (start < e && end > s) return true;
  return false;
}

/** The names a message signs with: its text's signature, and its alphanumeric sender ID's. */
function findSignatures(text: string, sender: SenderInfo, raw: string | undefined): string[] {
  const out: string[] = [];
  const own = findSignature(text);
  if (own !== null) out.push(own);
  const id = sender.kind === 'alphanumeric' ? findSenderSignature(raw) : null;
  if (id !== null && id !== own) out.push(id);
  return out;
}

/** The link is the own-named site of a name the message signs with (findSignatures). */
function isSignedLink(link: SmsLink, signatures: readonly string[]): boolean {
  for (const s of signatures) if (isSelfNamedLink(link, s)) return true;
  return false;
}

function isKnownOfficialLink(link: SmsLink): boolean {
  return findOfficialOwner(link.host) !== null;
}

/** A claimed brand's message links off its official domains (see SmsAnalysis.impersonation). */
function impersonates(
  claims: readonly Claim[],
  links: readonly SmsLink[],
  strongLure: boolean,
): boolean {
  for (const claim of claims)
    for (const link of links) {
      if (isOfficialHostOf(link.host, claim.sender)) continue;
      // A brand may shorten its own links; behind a fraud lure at full strength ("we missed you,
      // reschedule: cutt.ly/…") a shortener hides a link off its domains.
      if (link.isShortener) {
        if (strongLure) return true;
        continue;
      }
      if (isKnownOfficialLink(link)) continue;
      // A host where anyone publishes on the brand's own domain (forms.office.com) is no
      // unlisted domain of the brand: only another suffix of its name may be one.
      if (link.domain !== null && claim.sender.domains.includes(link.domain)) return true;
      if (!officialLabelsOf(claim.sender).has(registrableLabel(link))) return true;
    }
  return false;
}

/** What names a bare domain as the one a message is about, just before or just after it. */
const SUBJECT_DOMAIN_BEFORE = /(?:域名|\bdomain(?: name)?(?: renewal)?(?: for)?)\s?[:：]?\s?$/i;
const SUBJECT_DOMAIN_AFTER =
  /^\s?(?:将于|即将|已于|已经|\b(?:expires|will expire|is expiring|has expired|is due)\b)/i;

/**
 * A bare domain (no scheme, no path) named as the subject of a registrar's or a host's notice:
 * after 域名 or "domain", or before "expires" or 将于…到期. Anchored, bounded: linear.
 */
function isSubjectDomain(folded: string, link: SmsLink): boolean {
  const written = folded.slice(link.start, link.end);
  if (written.includes('/') || written.includes(':') || link.isIp) return false;
  return (
    SUBJECT_DOMAIN_BEFORE.test(folded.slice(Math.max(0, link.start - 24), link.start)) ||
    SUBJECT_DOMAIN_AFTER.test(folded.slice(link.end, link.end + 20))
  );
}

/** The link imitates a brand's domain and is not the brand's own name under another suffix. */
function imitatesBrandDomain(link: SmsLink): boolean {
  const look = findLookalike(link);
  return (
    look !== null &&
    !isKnownOfficialLink(link) &&
    !officialLabelsOf(look.sender).has(registrableLabel(link))
  );
}

/** The brand's mark is in a label left of the registrable domain, and not in that domain. */
function wearsBrandAsSubdomain(link: SmsLink, brand: OfficialSender): boolean {
  const look = findLookalike(link);
  if (look === null || look.sender !== brand || link.domain === null) return false;
  const mark = look.mark.toLowerCase();
  const sub = link.host.slice(0, Math.max(0, link.host.length - link.domain.length - 1));
  return sub.includes(mark) && !registrableLabel(link).includes(mark);
}

const OFFICIAL_LABELS = new WeakMap<OfficialSender, ReadonlySet<string>>();

/** The names of a brand's official domains without their suffix: `fedex` of `fedex.com`. */
function officialLabelsOf(sender: OfficialSender): ReadonlySet<string> {
  let labels = OFFICIAL_LABELS.get(sender);
  if (labels === undefined) {
    labels = new Set(sender.domains.map((d) => getDomainWithoutSuffix(d) ?? d));
    OFFICIAL_LABELS.set(sender, labels);
  }
  return labels;
}

/** `fedex` of `www.fedex.co.uk`; an IP address is its own label. */
function registrableLabel(link: SmsLink): string {
  if (link.domain === null || link.publicSuffix === null) return link.host;
  return link.domain.slice(0, link.domain.length - link.publicSuffix.length - 1);
}

function claimSpans(claims: readonly Claim[]): Span[] {
  const spans: Span[] = [];
  for (const c of claims) for (const span of c.spans) spans.push(span);
  return spans;
}

/** The organisation owning every link, when the message names no one: it is "about" that brand. */
/**
 * The government row whose domains hold every link, when they are a whole government's (gov.ae,
 * gov.uk): not which office, only that the links reach one. Null with no link or any other host.
 */
/** Mail anyone can open an address on: an address there is a person's, whoever runs the domain. */
const FREE_MAIL: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'qq.com',
  'foxmail.com',
  '163.com',
  '126.com',
  'yeah.net',
  'sina.com',
  'zoho.com',
  'gmx.com',
  'mail.com',
  'yandex.com',
  'rediffmail.com',
]);

function isOfficialMailDomain(domain: string): boolean {
  if (FREE_MAIL.has(domain) || domain.startsWith('yahoo.') || domain.startsWith('hotmail.'))
    return false;
  const owner = findOfficialOwner(domain);
  return owner !== null && owner.platform !== true && isOfficialHostOf(domain, owner);
}

function governmentLinkOwner(links: readonly SmsLink[]): OfficialSender | null {
  if (links.length === 0) return null;
  const owner = findOfficialOwner(links[0]!.host);
  if (owner === null || owner.sector !== 'government') return null;
  return links.every((l) => isOfficialHostOf(l.host, owner)) ? owner : null;
}

function officialLinkOwner(links: readonly SmsLink[]): OfficialSender | null {
  if (links.length === 0) return null;
  const host = links[0]!.host;
  const owner = findOfficialOwner(host);
  // A platform's link (a video, a listing) is anybody's, not the platform's notice.
  if (owner === null || owner.platform === true) return null;
  // A whole government's domain (gov.uk, gov.cn) says not which office the message is about.
  if (SHARED_DOMAINS.has(officialDomainOf(host, owner) ?? '')) return null;
  return links.every((l) => isOfficialHostOf(l.host, owner)) ? owner : null;
}
