/**
 * The SMS capability's public records: what goes in, what a verdict says and how it explains
 * itself. Pure types; every module of core/sms speaks them.
 */

/** One message to judge. `text` is required; the rest helps. */
export interface SmsInput {
  readonly id?: string | undefined;
  readonly text: string;
  /** The sender as displayed: a short code (`10086`), a phone number or an alphanumeric name. */
  readonly sender?: string | undefined;
  readonly receivedAt?: string | undefined;
}

export const SmsVerdictKind = ['ham', 'spam', 'smishing'] as const;
export type SmsVerdictKind = (typeof SmsVerdictKind)[number];

/** A half-open [start, end) range of UTF-16 code units in the original `text`. */
export type Span = readonly [start: number, end: number];

/**
 * Every signal the rules can raise. Codes are stable strings for clients; the weight attached
 * to each comes from the learned combiner, never from a hand-picked table.
 */
export const SignalCode = [
  // statistical model (one per class score)
  'MODEL_SMISHING',
  'MODEL_SPAM',
  // who may say what
  'BRAND_CLAIMED',
  'BRAND_LINK_NOT_OFFICIAL',
  'BRAND_OFFICIAL_CONTACT',
  'OFFICIAL_SENDER_LINK_NOT_OFFICIAL',
  'OFFICIAL_SENDER_POLICY_VIOLATION',
  'OFFICIAL_SENDER_OFFICIAL_LINK',
  'INSTITUTION_FROM_PERSONAL_NUMBER',
  'SENDER_INTERNATIONAL',
  'SENDER_SPOOFABLE_PREFIX',
  // a sender ID that imitates a registered one in a phone's font ("PayPaI" for "PayPal", "Amaz0n")
  'SENDER_LOOKALIKE',
  // links
  'LINK_PRESENT',
  'LINK_LOOKALIKE_DOMAIN',
  'LINK_SHORTENER',
  'LINK_RAW_IP',
  'LINK_ODD_PORT',
  'LINK_OBFUSCATED',
  'LINK_PUNYCODE',
  'LINK_RISKY_TLD',
  'LINK_APK',
  'APK_PROMPT',
  // lures and asks
  'LURE',
  'URGENCY',
  'MONEY_BAIT',
  'CREDENTIAL_REQUEST',
  'CALLBACK_NUMBER',
  'SERVICE_CONTACT_NUMBER',
  'PAYEE_ACCOUNT',
  'CONTACT_EMAIL',
  'REPLY_TO_WIN',
  'PREMIUM_RATE',
  'MARKETING_OPT_OUT',
  // an outright sale ("Up to 70% off … Shop now", "买一送一，只限今日") from anyone but a person's number
  'SALE_OFFER',
  'POLITICAL_CAMPAIGN',
  // what a scam does not do
  'ANTI_FRAUD_WARNING',
  'ONE_TIME_CODE',
  'SCHOOL_NOTICE',
  'ACCOUNT_NOTICE',
  'SENDER_ID_NOTICE',
  'PERSONAL_MESSAGE',
] as const;
export type SignalCode = (typeof SignalCode)[number];

/** One fired signal: what, how much it weighed in the score (log-odds), and the proof. */
export interface Signal {
  readonly code: SignalCode;
  /** Contribution to the harmful log-odds, from the learned combiner. */
  readonly weight: number;
  /** A sentence an agent can repeat: what matched and why it matters. */
  readonly evidence: string;
  /** Where in the original text the evidence is; empty when it is not text (sender, model). */
  readonly spans: readonly Span[];
}

/** The lure families, named once. */
export const LureFamily = [
  'points_redemption',
  'account_frozen',
  'etc_toll',
  'parcel_customs',
  'refund',
  'tax_refund',
  'medical_insurance',
  'loan',
  'prize',
  'subsidy',
  'verification_code',
  'credit_limit',
  'e_token_expiry',
  'account_security',
  'invoice',
  'gambling',
  'job_offer',
  'investment',
  'family_emergency',
  // seen in the FBS training data (FR:Other, FR:Phishing(Other))
  'flight_cancellation',
  'lost_device',
  'photo_album',
  'fee_deduction',
  // the police / procuratorate impersonation ("冒充公检法": your account is in a money-laundering
  // case, call to cooperate, move your money to a "safe account"): the commonest costly fraud
  'police_investigation',
  // "your credit record will suffer: cancel your student-loan account with customer service" (注销校园贷)
  'credit_record',
  // "I am your manager: come to my office tomorrow; first transfer 50,000 to a client for me" (冒充
  // 领导), and the English "are you free? I need gift cards for a client, I'm in a meeting": a boss
  // on a new number asks for money or gift cards before anyone can check. No public row holds it.
  'boss_impersonation',
  // the "419" advance-fee fraud: millions to transfer, an inheritance, a late client with no next of
  // kin, a consignment box; the reader pays fees to release them (Mishra, a few smishing rows)
  'advance_fee',
  // "I recorded you through your webcam … send $1,500 in Bitcoin or your contacts get the video",
  // "你在酒店的视频我已经拿到了，不想发给你通讯录里的人就加微信": a threat with a price
  'sextortion',
  // "an unpaid traffic fine / parking violation: pay today or your licence is suspended" (the
  // toll lure's twin, with a court or a licence as the threat)
  'traffic_fine',
  // a stranger's "wrong number" or "we met at …" opener that moves to another app or to an
  // investment (romance and "pig-butchering" scams)
  'wrong_number',
  // a landlord, a supplier or a colleague whose bank account has "changed": pay the new one
  'account_change',
  // "I sent Ksh3,500 to your number by mistake, kindly reverse it to this number", "转错账了，麻烦
  // 退回给我": money that never arrived (a fake receipt follows) to be "sent back"
  'mistaken_transfer',
  // "你儿子在我手上，马上往这个账户打20万，不许报警", "we have your daughter … do not call the
  // police … send the money": the "virtual kidnapping" threat with its ransom
  'extortion',
] as const;
export type LureFamily = (typeof LureFamily)[number];

/** The verdict record, identical in the CLI (JSONL), the HTTP API and the library. */
export interface SmsVerdict {
  readonly id: string | null;
  readonly verdict: SmsVerdictKind;
  /** 0..1: how sure it is harmful (spam or smishing). */
  readonly score: number;
  /** The impersonated organisation's display name (e.g. "China Mobile"), or null. */
  readonly brand: string | null;
  readonly lure: LureFamily | null;
  /** Links as found, canonicalised (scheme added, dots and spaces repaired). */
  readonly urls: readonly string[];
  readonly signals: readonly Signal[];
}
