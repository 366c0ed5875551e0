/**
 * One pass of every SMS lexicon over the folded text: brand keywords (from the registry), lure
 * phrases, lexicon signals, call-back cues and the policy words. The automaton is built on first
 * use. Pure: imports only core.
 */
import { type Lexicon, createLexicon, type LexiconPattern } from './create-lexicon.js';
import { OFFICIAL_SENDERS, type OfficialSender } from './data/official-senders.js';
import {
  BANK_CARD_WORDS,
  CALLBACK_CUES,
  CASH_WORDS,
  HINT_WORDS,
  LURE_LEXICON,
  SIGNAL_LEXICON,
} from './data/sms-lexicon.js';
import type { LureFamily, Span } from './types.js';
import { LureFamily as LURE_FAMILIES } from './types.js';

/** The lexicon signals (a subset of SignalCode). */
export type LexiconSignal = keyof typeof SIGNAL_LEXICON;
export const LEXICON_SIGNALS = Object.keys(SIGNAL_LEXICON) as LexiconSignal[]; // keys of a const table

type Payload =
  | { readonly k: 'brand'; readonly sender: OfficialSender }
  | { readonly k: 'lure'; readonly family: number; readonly weight: number }
  | { readonly k: 'signal'; readonly signal: number; readonly weight: number }
  | { readonly k: 'cue' }
  | { readonly k: 'cash' }
  | { readonly k: 'card' }
  | { readonly k: 'reply' }
  | { readonly k: 'hint'; readonly bit: number };

/** One matched phrase; `index` is the lure family's or the signal's index where it applies. */
export interface PhraseMatch {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** What the lexicons found. Arrays are in text order. */
export interface LexiconScan {
  readonly brands: {
    readonly sender: OfficialSender;
    readonly start: number;
    readonly end: number;
  }[];
  /** Summed weight per LureFamily index, and the lure phrases matched. */
  readonly lureScore: number[];
  readonly lureMatches: PhraseMatch[];
  /** Summed weight per LEXICON_SIGNALS index, and the signal phrases matched. */
  readonly signalScore: number[];
  readonly signalMatches: PhraseMatch[];
  readonly cues: PhraseMatch[];
  readonly cash: PhraseMatch[];
  readonly card: PhraseMatch[];
  /** "text", "txt", "send", "reply" (REPLY_TO_WIN when a short code follows). */
  readonly replyVerbs: PhraseMatch[];
  /**
   * The HINT_WORDS kinds found (bits): a rule whose regex needs one of its words skips the regex
   * when none is there, for free (this pass runs anyway).
   */
  hints: number;
}

const REPLY_VERBS = ['text', 'txt', 'send', 'reply'] as const;

let lexicon: Lexicon<Payload> | null = null;

function buildPatterns(): LexiconPattern<Payload>[] {
  const out: LexiconPattern<Payload>[] = [];
  for (const sender of OFFICIAL_SENDERS as readonly OfficialSender[]) {
    const payload: Payload = { k: 'brand', sender };
    for (const text of sender.keywords) out.push({ text, payload });
    for (const text of sender.caseKeywords) out.push({ text, payload, caseSensitive: true });
  }
  LURE_FAMILIES.forEach((family, idx) => {
    for (const [text, weight] of Object.entries(LURE_LEXICON[family])) {
      out.push({ text, payload: { k: 'lure', family: idx, weight } });
    }
  });
  LEXICON_SIGNALS.forEach((code, idx) => {
    for (const [text, weight] of Object.entries(SIGNAL_LEXICON[code])) {
      out.push({ text, payload: { k: 'signal', signal: idx, weight } });
    }
  });
  for (const text of CALLBACK_CUES) out.push({ text, payload: { k: 'cue' } });
  for (const text of CASH_WORDS) out.push({ text, payload: { k: 'cash' } });
  for (const text of BANK_CARD_WORDS) out.push({ text, payload: { k: 'card' } });
  for (const text of REPLY_VERBS) out.push({ text, payload: { k: 'reply' } });
  for (const [bit, words] of HINT_WORDS)
    for (const text of words) out.push({ text, payload: { k: 'hint', bit } });
  return out;
}

function getLexicon(): Lexicon<Payload> {
  if (lexicon === null) lexicon = createLexicon(buildPatterns());
  return lexicon;
}

// Score arrays start as copies of these (a packed copy is cheaper than pushing zeros).
const LURE_ZEROS: readonly number[] = LURE_FAMILIES.map(() => 0);
const SIGNAL_ZEROS: readonly number[] = LEXICON_SIGNALS.map(() => 0);

function inside(spans: readonly Span[], start: number, end: number): boolean {
  for (const [s, e] of spans) if (start < e && end > s) return true;
  return false;
}

/**
 * Scans `folded` (toFoldedText) with every lexicon; matches overlapping `exclude` (the links'
 * spans) are dropped, so "10086" inside `jf.10086.cn` is not a keyword claim.
 */
export function scanLexicons(folded: string, exclude: readonly Span[]): LexiconScan {
  const scan: LexiconScan = {
    brands: [],
    lureScore: LURE_ZEROS.slice(),
    lureMatches: [],
    signalScore: SIGNAL_ZEROS.slice(),
    signalMatches: [],
    cues: [],
    cash: [],
    card: [],
    replyVerbs: [],
    hints: 0,
  };
  getLexicon().scan(folded, (p, start, end) => {
    if (exclude.length > 0 && inside(exclude, start, end)) return;
    switch (p.k) {
      case 'brand':
        scan.brands.push({ sender: p.sender, start, end });
        return;
      case 'lure':
        scan.lureScore[p.family] = scan.lureScore[p.family]! + p.weight;
        scan.lureMatches.push({ index: p.family, start, end });
        return;
      case 'signal':
        scan.signalScore[p.signal] = scan.signalScore[p.signal]! + p.weight;
        scan.signalMatches.push({ index: p.signal, start, end });
        return;
      case 'cue':
        scan.cues.push({ index: 0, start, end });
        return;
      case 'cash':
        scan.cash.push({ index: 0, start, end });
        return;
      case 'card':
        scan.card.push({ index: 0, start, end });
        return;
      case 'reply':
        scan.replyVerbs.push({ index: 0, start, end });
        return;
      case 'hint':
        scan.hints |= p.bit;
        return;
      default:
        return;
    }
  });
  return scan;
}

/** The lure family with the highest score (at least 3), ties to the earlier family; or null. */
export function toBestLure(
  scan: LexiconScan,
): { family: LureFamily; score: number; index: number } | null {
  let best = -1;
  let bestScore = 2;
  for (let i = 0; i < scan.lureScore.length; i++) {
    const s = scan.lureScore[i]!;
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  }
  return best < 0 ? null : { family: LURE_FAMILIES[best]!, score: bestScore, index: best };
}
