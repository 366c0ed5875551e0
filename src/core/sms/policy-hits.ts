/**
 * OFFICIAL_SENDER_POLICY_VIOLATION: the message makes a claimed organisation do something it
 * has said it never does (12381 never sends links or numbers, USPS never sends links, HMRC never
 * texts about tax rebates, carriers' points never pay cash or ask for a bank card...).
 * Pure: imports only core.
 */
import type { OfficialSender, SenderPolicy } from './data/official-senders.js';
import type { PhoneMatch } from './find-numbers.js';
import type { RuleHits } from './rule-hits.js';
import type { LexiconScan } from './scan-lexicons.js';
import { isDenied } from './find-denial.js';
import type { LureFamily, Span } from './types.js';

/** What the policy rules look at. */
export interface PolicyContext {
  readonly claims: readonly { readonly sender: OfficialSender; readonly how: string }[];
  readonly lure: LureFamily | null;
  readonly hasLinks: boolean;
  readonly linkHosts: readonly string[];
  readonly phones: readonly PhoneMatch[];
  readonly scan: LexiconScan;
  readonly text: string;
}

const CREDENTIAL_SIGNAL_INDEX_NAME = 'CREDENTIAL_REQUEST';

const POLICY_TEXT: Readonly<Record<SenderPolicy, string>> = {
  no_links: 'never sends links by SMS',
  no_phone_numbers: 'never puts a phone number to call in its SMS',
  no_tax_rebate_texts: 'never sends tax-rebate notifications by text',
  no_credential_requests: 'never asks for passwords, card numbers or codes by text',
  points_no_cash: 'says its points programme never pays out cash',
  points_no_bank_card: 'says its points programme never asks for a bank card',
};

function spansOf(ms: readonly { start: number; end: number }[]): Span[] {
  return ms.map((m): Span => [m.start, m.end]);
}

/** What in the message breaks `policy`, with its spans; null when nothing does. */
function violation(
  policy: SenderPolicy,
  ctx: PolicyContext,
  credentialIndex: number,
): { what: string; spans: Span[] } | null {
  const { scan } = ctx;
  switch (policy) {
    case 'no_links':
      return ctx.hasLinks
        ? {
            what: `this message links to ${ctx.linkHosts.join(', ') || 'an anonymised link'}`,
            spans: [],
          }
        : null;
    case 'no_phone_numbers':
      return ctx.phones.length > 0
        ? { what: 'this message gives a phone number', spans: spansOf(ctx.phones) }
        : null;
    case 'no_tax_rebate_texts':
      return ctx.lure === 'tax_refund'
        ? { what: 'this message announces a tax refund', spans: [] }
        : null;
    case 'no_credential_requests': {
      const ms = scan.signalMatches.filter((m) => m.index === credentialIndex);
      const score = scan.signalScore[credentialIndex] ?? 0;
      // "HMRC will never ask for your bank details by text" states the policy, it does not break it.
      if (score < 2 || ms.every((m) => isDenied(ctx.text, m.start))) return null;
      return { what: 'this message asks for credentials', spans: spansOf(ms) };
    }
    case 'points_no_cash': {
      if (ctx.lure !== 'points_redemption') return null;
      const cash = scan.cash.filter((m) => !isDenied(ctx.text, m.start));
      return cash.length > 0
        ? {
            what: `this message offers cash for points (${JSON.stringify(ctx.text.slice(cash[0]!.start, cash[0]!.end))})`,
            spans: spansOf(cash),
          }
        : null;
    }
    case 'points_no_bank_card': {
      if (ctx.lure !== 'points_redemption') return null;
      const card = scan.card.filter((m) => !isDenied(ctx.text, m.start));
      return card.length > 0
        ? { what: 'this message asks for a bank card to redeem points', spans: spansOf(card) }
        : null;
    }
    default:
      return null;
  }
}

/** Adds OFFICIAL_SENDER_POLICY_VIOLATION for every claimed organisation's broken policy. */
export function addPolicyHits(
  hits: RuleHits,
  ctx: PolicyContext,
  signals: readonly string[],
): void {
  const credentialIndex = signals.indexOf(CREDENTIAL_SIGNAL_INDEX_NAME);
  for (const claim of ctx.claims) {
    for (const policy of claim.sender.policies) {
      const v = violation(policy, ctx, credentialIndex);
      if (v === null) continue;
      hits.add(
        'OFFICIAL_SENDER_POLICY_VIOLATION',
        1,
        `claims ${claim.sender.name} (${claim.how}), which ${POLICY_TEXT[policy]} (registry row ${claim.sender.id}, policy ${policy}), but ${v.what}`,
        v.spans,
      );
    }
  }
}
