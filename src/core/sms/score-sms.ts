/**
 * scoreSms: the SMS verdict. Runs the rules (analyzeSms) and the statistical text model, and lets
 * the learned combiner weigh every signal; each signal's weight is its exact share of the harmful
 * log-odds. Pure: imports only core (the model's weights are generated data).
 */
import { OFFLINE_ASKS, type RuleHit, analyzeSms, ruleVerdictOf } from './analyze-sms.js';
import {
  COMBINER_INPUTS,
  type Combiner,
  combine,
  harmfulContribution,
  ruleInputIndex,
  setTextInputs,
} from './model/combiner.js';
import { createFeatureBuffer, featuriseSmsText, MAX_FEATURES } from './model/featurise-sms-text.js';
import { getSmsModel, type SmsModel } from './model/sms-model.js';
import { compactTextLogits, compactTopFeatures, softmax3 } from './model/text-model.js';
import { toSenderInfo } from './classify-sender.js';
import { toQuotedSlice } from './quote-text.js';
import type { Signal, SignalCode, SmsInput, SmsVerdict, SmsVerdictKind } from './types.js';

// Scratch for one synchronous call; nothing here is returned.
const BUFFER = createFeatureBuffer();
const FEATURE_CODES = new Int32Array(MAX_FEATURES);
const LOGITS = new Float64Array(3);
const TEXT_PROBS = new Float64Array(3);
const INPUTS = new Float64Array(COMBINER_INPUTS);
const PROBS = new Float64Array(3);
/** A model signal is reported when it adds at least this much to the harmful log-odds. */
const MODEL_SIGNAL_MIN_WEIGHT = 0.05;
const TOP_TERMS = 3;
const MAX_TERM_CHARS = 24;

/** Scores one message: verdict, harmful score in [0, 1] (4 dp) and the weighed signals. */
export function scoreSms(input: SmsInput): SmsVerdict {
  const analysis = analyzeSms(input);
  const model = getSmsModel();
  const n = featuriseSmsText(input.text, BUFFER);
  compactTextLogits(model.compactText, BUFFER.buckets, n, LOGITS, FEATURE_CODES);
  setTextInputs(INPUTS, LOGITS);
  INPUTS.fill(0, 2);
  for (const hit of analysis.hits) {
    const j = ruleInputIndex(hit.code);
    if (j >= 0 && hit.value > INPUTS[j]!) INPUTS[j] = Math.min(1, hit.value);
  }
  combine(model.combiner, INPUTS, PROBS);
  const harm = PROBS[1]! + PROBS[2]!;
  const score = Math.round(harm * 10_000) / 10_000;
  const t = BUFFER.cjk ? model.thresholds.cjk : model.thresholds.latin;
  const settled = ruleVerdictOf(analysis);
  let verdict: SmsVerdictKind = 'ham';
  if (settled === 'smishing') {
    // A claimed brand with a link off its domains or a number to call, and an ask; or a "Hi Mum,
    // new number" scam: phishing whatever the text model makes of the wording (the public sets'
    // links are anonymised and they hold no "Hi Mum" message, so no weight could learn either).
    verdict = 'smishing';
  } else if (settled === 'ham') {
    // Every link leads to the brand it claims, and nothing else is asked: its own notice.
    verdict = 'ham';
  } else if (score >= t.harmful) {
    const kind = PROBS[2]! / harm >= t.smishingShare ? 'smishing' : 'spam';
    verdict = decideKind(
      kind,
      analysis.hits,
      ownSender(input.sender) && analysis.urls.length === 0,
    );
  } else if (settled === 'spam') {
    // A paid service that states its charges, or an offer with its opt-out, is selling
    // something: spam at least; so is the task scam's "like videos, get paid" with its contact,
    // and the stock tip's "join the VIP group" with its own, and a casino's or a lender's pitch.
    verdict = 'spam';
  }
  return {
    id: input.id ?? null,
    verdict,
    score,
    brand: analysis.brand,
    lure: analysis.lure,
    urls: analysis.urls,
    signals: explain(model, input.text, analysis.hits, n),
  };
}

/**
 * Impersonation decides the kind, not the harm: a harmful message that links to a lookalike or an
 * unofficial domain of a brand it claims, or forges an official sender, is phishing by definition.
 * The training sets replaced links by placeholders, so the combiner never saw these rules fire and
 * cannot learn this split; the harmful score itself stays the learned one.
 */
const IMPERSONATION: ReadonlySet<SignalCode> = new Set<SignalCode>([
  'BRAND_LINK_NOT_OFFICIAL',
  'OFFICIAL_SENDER_LINK_NOT_OFFICIAL',
  'LINK_LOOKALIKE_DOMAIN',
]);

/**
 * The consistency rules settle spam vs smishing where the data could not teach it: impersonation
 * makes it smishing; an official sender whose every link is on its own official domains (and which
 * is not its own notice, SmsAnalysis.officialNotice: it states a premium rate or breaks a registry
 * policy), or that sends no link at all, with nothing else to act on (no number to call, no app,
 * no credentials, no reply), cannot phish: the reader can only go to the brand itself, so it is
 * spam at most. So is a listed sender ID's message with no link.
 */
function decideKind(
  kind: 'spam' | 'smishing',
  hits: readonly RuleHit[],
  officialWithoutLinks: boolean,
): 'spam' | 'smishing' {
  let officialOnly = officialWithoutLinks;
  let asks = false;
  for (const hit of hits) {
    if (IMPERSONATION.has(hit.code)) return 'smishing';
    if (hit.code === 'OFFICIAL_SENDER_OFFICIAL_LINK') officialOnly = true;
    if (OFFLINE_ASKS.has(hit.code)) asks = true;
  }
  return officialOnly && !asks ? 'spam' : kind;
}

/**
 * An organisation's own number, or a sender ID the registry lists ("Lazada"): with no link and
 * nothing else to act on, a message from it leads only to the organisation (a forged ID gains
 * nothing by it), so it can be an advert but not phishing.
 */
function ownSender(sender: string | undefined): boolean {
  if (sender === undefined) return false;
  const info = toSenderInfo(sender);
  return info.kind === 'official' || (info.kind === 'alphanumeric' && info.claimed !== null);
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Signals, strongest push towards harmful first: the model's part, then one per rule code. */
function explain(model: SmsModel, text: string, hits: readonly RuleHit[], n: number): Signal[] {
  const signals: Signal[] = [];
  TEXT_PROBS.set(LOGITS);
  softmax3(TEXT_PROBS);
  for (const [j, cls, code] of MODEL_INPUTS) {
    const weight = harmfulContribution(model.combiner, PROBS, INPUTS, j);
    if (weight < MODEL_SIGNAL_MIN_WEIGHT) continue;
    const evidence = modelEvidence(model, text, n, cls);
    signals.push({ code, weight: round3(weight), evidence, spans: [] });
  }
  // Hits come in SignalCode order (RuleHits), so a repeated code follows its first hit.
  let previous: SignalCode | null = null;
  for (const hit of hits) {
    const j = ruleInputIndex(hit.code);
    if (j < 0 || hit.code === previous) continue;
    previous = hit.code;
    signals.push(ruleSignal(model.combiner, hits, hit.code, j));
  }
  sortByWeight(signals);
  return signals;
}

/**
 * Strongest first, ties in their order: what a stable `sort((a, b) => b.weight - a.weight)`
 * gives, by insertion (a message has a handful of signals; no comparator calls).
 */
export function sortByWeight(signals: Signal[]): void {
  for (let i = 1; i < signals.length; i++) {
    const s = signals[i]!;
    let j = i - 1;
    while (j >= 0 && signals[j]!.weight < s.weight) {
      signals[j + 1] = signals[j]!;
      j--;
    }
    signals[j + 1] = s;
  }
}

const MODEL_INPUTS: readonly (readonly [input: number, cls: number, code: SignalCode])[] = [
  [0, 1, 'MODEL_SPAM'],
  [1, 2, 'MODEL_SMISHING'],
];

/** One signal per rule code: the strongest hit's evidence, every hit's spans. */
function ruleSignal(
  combiner: Combiner,
  hits: readonly RuleHit[],
  code: SignalCode,
  j: number,
): Signal {
  let strongest: RuleHit | null = null;
  const spans: RuleHit['spans'][number][] = [];
  for (const hit of hits) {
    if (hit.code !== code) continue;
    if (strongest === null || hit.value > strongest.value) strongest = hit;
    spans.push(...hit.spans);
  }
  const weight = round3(harmfulContribution(combiner, PROBS, INPUTS, j));
  return { code, weight, evidence: strongest?.evidence ?? code, spans };
}

function modelEvidence(model: SmsModel, text: string, n: number, cls: number): string {
  const name = cls === 2 ? 'smishing' : 'spam';
  const terms = compactTopFeatures(model.compactText, BUFFER, FEATURE_CODES, n, cls, TOP_TERMS).map(
    (f) =>
      toQuotedSlice(
        text,
        BUFFER.starts[f]!,
        Math.min(BUFFER.ends[f]!, BUFFER.starts[f]! + MAX_TERM_CHARS),
      ),
  );
  const head = `text model: ${TEXT_PROBS[cls]!.toFixed(2)} ${name}`;
  return terms.length > 0 ? `${head}; strongest terms ${terms.join(', ')}` : head;
}
