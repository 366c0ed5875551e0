import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { TRADITIONAL_TO_SIMPLIFIED } from '../../src/core/sms/data/traditional-chars.generated.js';
import {
  renderTraditionalModule,
  SOURCE,
  TARGET,
  traditionalPairs,
} from './build-traditional-table.js';

describe('build-traditional-table', () => {
  it('has generated the committed table from the vendored OpenCC file', () => {
    const text = renderTraditionalModule(traditionalPairs(readFileSync(SOURCE, 'utf8')));
    expect(readFileSync(TARGET, 'utf8')).toBe(text);
  });

  it('keeps one-character pairs, the first simplified form, and follows chains', () => {
    const source = '# comment\n國\t国\n乾\t幹 乾 干\n𠁞\t𠀾\n薴\t苧\n苧\t苎\n著\t著\n';
    expect(traditionalPairs(source)).toBe('國国乾幹薴苎苧苎');
  });

  it('maps every traditional character to a different, non-traditional one', () => {
    const from = new Set<string>();
    for (let i = 0; i < TRADITIONAL_TO_SIMPLIFIED.length; i += 2) {
      from.add(TRADITIONAL_TO_SIMPLIFIED[i]!);
    }
    for (let i = 0; i < TRADITIONAL_TO_SIMPLIFIED.length; i += 2) {
      expect(TRADITIONAL_TO_SIMPLIFIED[i + 1]).not.toBe(TRADITIONAL_TO_SIMPLIFIED[i]);
      expect(from.has(TRADITIONAL_TO_SIMPLIFIED[i + 1]!)).toBe(false);
    }
    expect(from.size).toBeGreaterThan(2500);
  });
});

const line = fc
  .tuple(
    fc.string({ maxLength: 3, unit: 'binary' }),
    fc.array(fc.string({ maxLength: 2, unit: 'binary' }), { maxLength: 3 }),
  )
  .map(([from, to]) => `${from}\t${to.join(' ')}`);

test.prop([
  fc.array(fc.oneof(line, fc.string({ maxLength: 8, unit: 'binary' })), { maxLength: 40 }),
])('reads any text into distinct pairs of one unit each', (lines) => {
  const pairs = traditionalPairs(lines.join('\n'));
  expect(pairs.length % 2).toBe(0);
  const from = new Set<string>();
  for (let i = 0; i < pairs.length; i += 2) {
    expect(from.has(pairs[i]!)).toBe(false);
    from.add(pairs[i]!);
    expect(pairs[i + 1]).not.toBe(pairs[i]);
  }
});
