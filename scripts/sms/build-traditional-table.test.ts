import { readFileSync } from 'node:fs';
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
