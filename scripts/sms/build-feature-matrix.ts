/**
 * Turns the corpus into the training matrix: hashed text features of every row (the same
 * featuriser as inference) and the rule codes analyzeSms raised, as combiner inputs.
 */
import {
  type AnalyzeSmsOptions,
  analyzeSms,
  type RuleVerdictFlags,
  ruleVerdictOf,
  type SmsAnalysis,
} from '../../src/core/sms/analyze-sms.js';
import { COMBINER_INPUTS, ruleInputIndex } from '../../src/core/sms/model/combiner.js';
import {
  createFeatureBuffer,
  featuriseSmsText,
  isCjkText,
} from '../../src/core/sms/model/featurise-sms-text.js';
import { type Corpus, knowsSmishing, smishingDatasets } from './load-sms-datasets.js';
import { type FeatureMatrix, GROUP_MARK } from './fit-sms-pipeline.js';

const LABEL_INDEX = { ham: 0, spam: 1, smishing: 2 } as const;

/** The rule analysis of one training text (analyzeSms with the training options). */
export type RuleRunner = (text: string) => Pick<SmsAnalysis, 'hits'> & RuleVerdictFlags;

// FBS replaced links and numbers by placeholders and zh-80w masked digits as x: training asks the
// rules to read those as a link of unknown host and as numbers, as they would be in a real SMS.
const TRAINING_RULE_OPTIONS: AnalyzeSmsOptions = Object.freeze({
  placeholderLinks: true,
  placeholderNumbers: true,
});
export const TRAINING_RULES_NOTE =
  'analyzeSms with `placeholderLinks` and `placeholderNumbers` on (dataset placeholders read as a link of unknown host / a number); training texts have no sender.';

/** The rule analysis of a training text. */
export const trainingRules: RuleRunner = (text) => analyzeSms({ text }, TRAINING_RULE_OPTIONS);

/** Featurises every row; rule inputs hold the strongest value of each rule code. */
export function buildFeatureMatrix(corpus: Corpus, rules: RuleRunner): FeatureMatrix {
  const n = corpus.rows.length;
  const buf = createFeatureBuffer();
  const offsets = new Int32Array(n + 1);
  const chunks: Uint32Array[] = [];
  const labels = new Uint8Array(n);
  const ruleInputs = new Float64Array(n * COMBINER_INPUTS);
  const strata: string[] = [];
  const cjk = new Uint8Array(n);
  const generated = new Uint8Array(n);
  const smishingKnown = new Uint8Array(n);
  const smishingByRule = new Uint8Array(n);
  const hamByRule = new Uint8Array(n);
  const spamByRule = new Uint8Array(n);
  const labelling = smishingDatasets(corpus);
  let total = 0;
  for (let r = 0; r < n; r++) {
    const row = corpus.rows[r]!;
    const count = featuriseSmsText(row.text, buf);
    chunks.push(buf.buckets.slice(0, count));
    total += count;
    offsets[r + 1] = total;
    labels[r] = LABEL_INDEX[row.label];
    cjk[r] = isCjkText(row.text) ? 1 : 0;
    if (row.foldGroup !== undefined) generated[r] = 1;
    if (knowsSmishing(row, labelling)) smishingKnown[r] = 1;
    strata.push(
      row.foldGroup !== undefined
        ? `${GROUP_MARK}${row.foldGroup}`
        : `${row.sources[0]?.dataset ?? '?'}/${row.label}`,
    );
    const analysis = rules(row.text);
    const settled = ruleVerdictOf(analysis);
    if (settled === 'smishing') smishingByRule[r] = 1;
    else if (settled === 'ham') hamByRule[r] = 1;
    else if (settled === 'spam') spamByRule[r] = 1;
    for (const hit of analysis.hits) {
      const j = ruleInputIndex(hit.code);
      if (j < 0) continue;
      const o = r * COMBINER_INPUTS + j;
      if (hit.value > ruleInputs[o]!) ruleInputs[o] = hit.value;
    }
  }
  const buckets = new Uint32Array(total);
  for (let r = 0; r < n; r++) buckets.set(chunks[r]!, offsets[r]!);
  return {
    rows: n,
    offsets,
    buckets,
    labels,
    ruleInputs,
    strata,
    cjk,
    generated,
    smishingKnown,
    smishingByRule,
    hamByRule,
    spamByRule,
  };
}
