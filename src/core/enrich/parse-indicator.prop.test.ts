import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatIpv4, toIpv4Number } from './ip.js';
import { parseIndicator } from './parse-indicator.js';

describe('parseIndicator', () => {
  test.prop([fc.string({ maxLength: 400 })])('never throws', (s) => {
    expect(typeof parseIndicator(s).ok).toBe('boolean');
  });

  test.prop([fc.ipV4()])('an IPv4 address round-trips', (ip) => {
    const r = parseIndicator(ip);
    expect(r.ok && r.value.value).toBe(formatIpv4(toIpv4Number(ip) ?? -1));
  });

  test.prop([fc.ipV6()])('an IPv6 address parses to its canonical form, idempotently', (ip) => {
    const r = parseIndicator(ip);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const again = parseIndicator(r.value.value);
    expect(again.ok && again.value.value).toBe(r.value.value);
  });

  test.prop([fc.domain()])('a domain normalises idempotently', (d) => {
    const r = parseIndicator(d);
    if (!r.ok) return; // fc.domain() may produce single-label or numeric TLDs we refuse
    const again = parseIndicator(r.value.value);
    expect(again.ok && again.value.value).toBe(r.value.value);
  });

  it.each([
    ['213.24.76.23', 'ipv4', '213.24.76.23'],
    ['SystemSvc.NET.', 'domain', 'systemsvc.net'],
    ['systemsvc[.]net', 'domain', 'systemsvc.net'],
    ['[2001:db8::1]', 'ipv6', '2001:db8::1'],
    ['2001:0db8:0:0:0:0:0:1', 'ipv6', '2001:db8::1'],
  ])('parseIndicator(%j) is %s %s', (input, type, value) => {
    const r = parseIndicator(input);
    expect(r.ok && [r.value.type, r.value.value]).toEqual([type, value]);
  });

  it.each([
    [''],
    ['not an indicator'],
    ['999.1.1.1'],
    ['01.2.3.4'],
    ['a..b.com'],
    ['-a.com'],
    ['com'],
    ['x'.repeat(400)],
  ])('refuses %j', (input) => {
    expect(parseIndicator(input).ok).toBe(false);
  });
});
