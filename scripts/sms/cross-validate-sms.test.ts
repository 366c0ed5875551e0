import { describe, expect, it } from 'vitest';
import { computeMetrics, macroF1 } from './cross-validate-sms.js';
import type { Corpus, CorpusRow, SmsLabel } from './load-sms-datasets.js';

function row(label: SmsLabel, sources: [string, SmsLabel][]): CorpusRow {
  return {
    text: 'x',
    label,
    lang: 'en',
    sources: sources.map(([dataset, l]) => ({ dataset, label: l })),
  };
}

describe('computeMetrics', () => {
  // "phish" labels smishing apart from spam; "spamset" has only ham and spam.
  const corpus: Corpus = {
    datasets: ['phish', 'spamset'],
    readCounts: {},
    rows: [
      row('smishing', [['phish', 'smishing']]), // predicted smishing: a true positive
      row('spam', [['phish', 'spam']]), // predicted smishing: a false positive
      row('spam', [['spamset', 'spam']]), // predicted smishing: unknown, not counted
      row('ham', [['spamset', 'ham']]), // predicted smishing: a false positive
      row('smishing', [
        ['phish', 'smishing'],
        ['spamset', 'spam'],
      ]), // predicted spam: a false negative
      row('ham', [['phish', 'ham']]),
    ],
  };
  const verdicts = Uint8Array.from([2, 2, 2, 2, 1, 0]);
  const metrics = computeMetrics(corpus, { verdicts, scores: new Float64Array(6) });
  const group = (name: string) => metrics.find((g) => g.group === name)!;

  it('measures smishing in the language rows only where the label can tell', () => {
    const en = group('all en');
    expect(en.smishingPrecision).toBeCloseTo(1 / 3, 10);
    expect(en.smishingRecall).toBeCloseTo(1 / 2, 10);
    // harmful F1 and ham FPR still count every row
    expect(en.rows).toBe(6);
    expect(en.hamFpr).toBeCloseTo(1 / 2, 10);
  });

  it('takes spam of a set without smishing labels as right when called smishing', () => {
    expect(group('spamset').accuracy).toBeCloseTo(2 / 3, 10); // ham called smishing is wrong
    expect(group('all en').accuracy).toBeCloseTo(3 / 6, 10);
  });

  it('gives smishing figures to a set with smishing labels only, with its own labels', () => {
    expect(group('phish').smishingPrecision).toBeCloseTo(1 / 2, 10);
    expect(group('phish').smishingRecall).toBeCloseTo(1 / 2, 10);
    expect(group('spamset').smishingPrecision).toBeNull();
  });
});

describe('macroF1', () => {
  it('counts spam of a set without smishing labels right as spam or as smishing', () => {
    const labels = Uint8Array.from([0, 1, 2, 1]);
    const verdicts = Uint8Array.from([0, 1, 2, 2]);
    const known = Uint8Array.from([1, 1, 1, 0]);
    expect(macroF1(labels, verdicts, undefined, known)).toBeCloseTo(1, 10);
    // with the spam label taken at its word, the last row is a miss of spam and a false smishing
    expect(macroF1(labels, verdicts)).toBeLessThan(1);
    // called ham, it is a miss either way
    expect(macroF1(labels, Uint8Array.from([0, 1, 2, 0]), undefined, known)).toBeLessThan(1);
  });
});
