/**
 * Quick experiment: the stacked-pipeline 5-fold CV only (no candidate comparison, writes nothing).
 *   npx tsx scripts/sms/cv-experiment.ts [--epochs N] [--eta0 X] [--lambda X]
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildFeatureMatrix, trainingRules } from './build-feature-matrix.js';
import { computeMetrics, crossValidatePipeline } from './cross-validate-sms.js';
import { DEFAULT_TEXT_OPTIONS, type TextOptions } from './fit-sms-pipeline.js';
import { loadSmsCorpus } from './load-sms-datasets.js';
import { renderMetricsTable } from './write-sms-model.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    epochs: { type: 'string' },
    eta0: { type: 'string' },
    lambda: { type: 'string' },
  },
});
const t0 = Date.now();
const corpus = loadSmsCorpus(resolve(ROOT, '../shared/datasets/sms'));
const m = buildFeatureMatrix(corpus, trainingRules);
const opt: TextOptions = {
  ...DEFAULT_TEXT_OPTIONS,
  epochs: Number(values.epochs ?? 12),
  eta0: Number(values.eta0 ?? 1.5),
  lambda: Number(values.lambda ?? 1e-7),
};
process.stderr.write(
  `features ${m.buckets.length} in ${Date.now() - t0} ms; ${JSON.stringify(opt)}\n`,
);
const cv = crossValidatePipeline(m, opt, 20_240_520);
process.stdout.write(`${renderMetricsTable(computeMetrics(corpus, cv))}\n`);
process.stderr.write(`total ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
