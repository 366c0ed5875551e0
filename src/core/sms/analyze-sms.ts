/**
 * The rule side of SMS triage: who the message claims to be, which lure it uses, its links, and
 * every rule hit with its evidence. Weights are not decided here (the learned combiner does).
 * Pure: imports only core.
 */
import type { LureFamily, SignalCode, SmsInput, Span } from './types.js';

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
}

/** Runs every rule on one message. TODO(#3): placeholder until the rules land. */
export function analyzeSms(_input: SmsInput): SmsAnalysis {
  return { brand: null, lure: null, urls: [], hits: [] };
}
