import { describe, expect, it } from 'vitest';
import { analyzeSms } from '../../src/core/sms/analyze-sms.js';
import {
  generateNotificationHam,
  NOTIFICATION_DATASET,
  NOTIFICATION_FAMILIES,
} from './notification-ham.js';

describe('generated notifications', () => {
  const rows = generateNotificationHam(7, 5);

  it('are the same for the same seed, and fill every slot', () => {
    expect(generateNotificationHam(7, 5)).toEqual(rows);
    expect(generateNotificationHam(8, 5)).not.toEqual(rows);
    for (const r of rows) expect(r.text).not.toMatch(/[{}]/);
  });

  it('are ham of their own dataset, grouped by family, in both languages', () => {
    expect(new Set(rows.map((r) => r.foldGroup))).toEqual(
      new Set(NOTIFICATION_FAMILIES.map((f) => f.name)),
    );
    for (const r of rows) {
      expect(r.label).toBe('ham');
      expect(r.sources).toEqual([{ dataset: NOTIFICATION_DATASET, label: 'ham' }]);
    }
    expect(new Set(rows.map((r) => r.lang))).toEqual(new Set(['en', 'zh']));
  });

  it('ask for nothing: no link, no call-back, no reply for a prize, no app', () => {
    const asks = ['LINK_PRESENT', 'CALLBACK_NUMBER', 'REPLY_TO_WIN', 'APK_PROMPT'];
    for (const r of rows) {
      const codes = analyzeSms({ text: r.text }).hits.map((h) => h.code);
      expect(
        codes.filter((c) => asks.includes(c)),
        r.text,
      ).toEqual([]);
      expect(analyzeSms({ text: r.text }).urls, r.text).toEqual([]);
    }
  });
});
