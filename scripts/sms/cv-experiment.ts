/**
 * Quick experiment: the stacked-pipeline 5-fold CV of train-sms-model.ts (same corpus with the
 * generated notifications, same defaults) without the candidate comparison; writes nothing.
 *   npx tsx scripts/sms/cv-experiment.ts [--epochs N] [--eta0 X] [--lambda X] [--seed N]
 *     [--errors FILE]  (JSONL of the public rows the CV gets wrong, for reading)
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildFeatureMatrix, trainingRules } from './build-feature-matrix.js';
import { computeMetrics, crossValidatePipeline } from './cross-validate-sms.js';
import { DEFAULT_TEXT_OPTIONS, type TextOptions } from './fit-sms-pipeline.js';
import { loadSmsCorpus } from './load-sms-datasets.js';
import { withNotificationHam } from './notification-ham.js';
import { renderMetricsTable } from './write-sms-model.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    epochs: { type: 'string' },
    eta0: { type: 'string' },
    lambda: { type: 'string' },
    seed: { type: 'string' },
    errors: { type: 'string' },
  },
});
const t0 = Date.now();
const seed = Number(values.seed ?? 20_240_520);
const corpus = withNotificationHam(
  loadSmsCorpus(resolve(ROOT, process.env['TOCSIN_SMS_DATASETS'] ?? '../shared/datasets/sms')),
  20_240_520,
);
const m = buildFeatureMatrix(corpus, trainingRules);
const opt: TextOptions = {
  ...DEFAULT_TEXT_OPTIONS,
  epochs: Number(values.epochs ?? DEFAULT_TEXT_OPTIONS.epochs),
  eta0: Number(values.eta0 ?? DEFAULT_TEXT_OPTIONS.eta0),
  lambda: Number(values.lambda ?? DEFAULT_TEXT_OPTIONS.lambda),
};
process.stderr.write(
  `features ${m.buckets.length} in ${Date.now() - t0} ms; ${JSON.stringify(opt)}\n`,
);
const cv = crossValidatePipeline(m, opt, seed);
process.stdout.write(`${renderMetricsTable(computeMetrics(corpus, cv))}\n`);
// Each generated family is held out whole by one fold: its flag rate is that of an unseen kind.
const flagged = new Map<string, [number, number]>();
corpus.rows.forEach((row, r) => {
  if (row.foldGroup === undefined) return;
  const [f, n] = flagged.get(row.foldGroup) ?? [0, 0];
  flagged.set(row.foldGroup, [f + (cv.verdicts[r]! > 0 ? 1 : 0), n + 1]);
});
for (const [family, [f, n]] of flagged)
  process.stdout.write(`${family.padEnd(16)} flagged ${f}/${n} (${((100 * f) / n).toFixed(0)}%)\n`);
if (values.errors !== undefined) {
  const names = ['ham', 'spam', 'smishing'] as const;
  const lines: string[] = [];
  corpus.rows.forEach((row, r) => {
    if (row.foldGroup !== undefined) return;
    const got = names[cv.verdicts[r]!]!;
    // every 3-class confusion: spam called smishing costs smishing precision where a set labels it
    if (got === row.label) return;
    const sets = row.sources.map((s) => s.dataset).join(',');
    lines.push(
      JSON.stringify({ label: row.label, got, score: cv.scores[r], sets, text: row.text }),
    );
  });
  writeFileSync(values.errors, `${lines.join('\n')}\n`);
}
process.stderr.write(`total ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
