import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseWatchDomain } from './parse-watch-domain.js';

describe('parseWatchDomain', () => {
  it.each([
    ['systemsvc.net', 'systemsvc.net'],
    ['  SystemSvc.NET.  ', 'systemsvc.net'],
    ['systemsvc[.]net', 'systemsvc.net'],
    ['hxxp://c2.example/path?q=1', 'c2.example'],
    ['_dmarc.example.com', '_dmarc.example.com'],
  ])('accepts %j as %j', (input, expected) => {
    expect(parseWatchDomain(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [''],
    ['localhost'],
    ['213.24.76.23'],
    ['-bad.example'],
    ['a..example'],
    ['x'.repeat(64) + '.example'],
    ['# comment'],
    ['two words.example'],
  ])('rejects %j with TRACK_DOMAIN_INVALID', (input) => {
    const r = parseWatchDomain(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('TRACK_DOMAIN_INVALID');
  });
});

test.prop([fc.string({ maxLength: 300 })])('never throws and is idempotent', (s) => {
  const r = parseWatchDomain(s);
  if (r.ok) expect(parseWatchDomain(r.value)).toEqual(r);
});

test.prop([fc.domain()])('accepts generated domains', (d) => {
  const r = parseWatchDomain(d);
  const lastLabel = d.split('.').pop() ?? '';
  if (d.includes('.') && !/^\d+$/.test(lastLabel))
    expect(r).toEqual({ ok: true, value: d.toLowerCase() });
});
