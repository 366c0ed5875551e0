import { describe, expect, it } from 'vitest';
import { toRoute } from './router.js';

describe('toRoute', () => {
  it.each([
    ['', { name: 'sms', params: [] }],
    ['#/', { name: 'sms', params: [] }],
    ['#/sms', { name: 'sms', params: [] }],
    ['#/reports/abc%2F1', { name: 'reports', params: ['abc/1'] }],
    [
      '#/indicators/domain/systemsvc.net',
      { name: 'indicators', params: ['domain', 'systemsvc.net'] },
    ],
    ['#/nope', { name: 'not-found', params: [] }],
    ['#/reports/%E0%A4%A', { name: 'not-found', params: [] }],
  ])('toRoute(%j)', (hash, expected) => {
    expect(toRoute(hash)).toEqual(expected);
  });
});
