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

  it('ask for nothing: no unknown link, no reply for a prize, no app; a number or a shared link only where the family gives one', () => {
    const gives = new Map(NOTIFICATION_FAMILIES.map((f) => [f.name, f.gives]));
    for (const r of rows) {
      const family = gives.get(r.foldGroup ?? '');
      const a = analyzeSms({ text: r.text });
      const asks = ['LINK_PRESENT', 'REPLY_TO_WIN', 'APK_PROMPT', 'LINK_APK'];
      if (family !== 'number') asks.push('CALLBACK_NUMBER', 'SERVICE_CONTACT_NUMBER');
      expect(
        a.hits.map((h) => h.code).filter((c) => asks.includes(c)),
        r.text,
      ).toEqual([]);
      if (family !== 'shared link') expect(a.urls, r.text).toEqual([]);
    }
  });

  it('a family that gives a number or a shared link gives it in most of its rows', () => {
    for (const f of NOTIFICATION_FAMILIES.filter((x) => x.gives !== undefined)) {
      const mine = rows.filter((r) => r.foldGroup === f.name);
      const giving = mine.filter((r) => {
        const a = analyzeSms({ text: r.text });
        return f.gives === 'number'
          ? a.hits.some((h) => h.code === 'SERVICE_CONTACT_NUMBER' || h.code === 'CALLBACK_NUMBER')
          : a.urls.length > 0;
      });
      expect(giving.length, f.name).toBeGreaterThan(mine.length / 2);
    }
  });
});
