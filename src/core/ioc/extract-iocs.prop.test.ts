import { fc, test } from '@fast-check/vitest';
import { expect, it } from 'vitest';
import { extractIocs } from './extract-iocs.js';

// a leading "q" keeps generated names off public suffixes such as gs.cn
const arbLabel = fc.stringMatching(/^[a-z][a-z0-9]{1,12}$/).map((s) => `q${s}`);
const arbHostname = fc
  .tuple(
    fc.array(arbLabel, { minLength: 1, maxLength: 3 }),
    fc.constantFrom('com', 'net', 'org', 'ru', 'cn', 'co.uk', 'info', 'top'),
  )
  .map(([labels, tld]) => `${labels.join('.')}.${tld}`);
const arbIpv4 = fc
  .tuple(
    fc.integer({ min: 1, max: 223 }),
    fc.nat(255),
    fc.nat(255),
    fc.integer({ min: 1, max: 254 }),
  )
  .map((p) => p.join('.'));
const arbDot = fc.constantFrom('[.]', '(.)', '{.}', '[dot]', '(dot)', '.', '\\.');

function defang(s: string, dots: readonly string[]): string {
  let k = 0;
  return s.replace(/\./g, () => dots[k++ % dots.length] ?? '.');
}

let defangedSeen = 0;
test.prop([arbHostname, fc.array(arbDot, { minLength: 1, maxLength: 4 })])(
  'a defanged domain is found again',
  (h, dots) => {
    const text = `the C2 server ${defang(h, dots)} was seen`;
    if (text.includes('[')) defangedSeen++;
    const values = extractIocs(text)
      .iocs.filter((i) => i.type === 'domain')
      .map((i) => i.value);
    expect(values).toContain(h);
  },
);

test.prop([arbIpv4, fc.array(arbDot, { minLength: 1, maxLength: 3 })])(
  'a defanged IPv4 is found again',
  (ip, dots) => {
    const values = extractIocs(`connects to ${defang(ip, dots)} on 443`).iocs.map(
      (i) => `${i.type}:${i.value}`,
    );
    expect(values).toContain(`ipv4:${ip}`);
  },
);

test.prop([
  arbHostname,
  fc.constantFrom('hxxp', 'hXXps', 'http', 'https'),
  fc.stringMatching(/^[a-z0-9/_-]{0,20}$/),
])('a defanged URL is found again', (h, scheme, path) => {
  const canonical = `${scheme.toLowerCase().replace('xx', 'tt')}://${h}/${path}`;
  const text = `download from ${scheme}[:]//${defang(h, ['[.]'])}/${path} today`;
  expect(extractIocs(text).iocs.map((i) => i.value)).toContain(canonical);
});

it('the defanged-domain generator reached bracketed dots', () => {
  expect(defangedSeen).toBeGreaterThan(10);
});

const arbReport = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 40 }),
      arbHostname.map((h) => defang(h, ['[.]'])),
      arbIpv4,
      fc.constantFrom(
        ' resolves to ',
        ' in AS64500 ',
        '\n',
        ' hxxp://',
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        '[at]',
      ),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(' '));

test.prop([arbReport])(
  'offsets point at raw, and raw refangs to text holding the value',
  (text) => {
    for (const ioc of extractIocs(text).iocs) {
      expect(text.slice(ioc.offset, ioc.offset + ioc.raw.length)).toBe(ioc.raw);
      expect(ioc.raw.length).toBeGreaterThan(0);
    }
  },
);

test.prop([fc.string({ maxLength: 3_000 })])('never throws on any string', (s) => {
  expect(() => extractIocs(s)).not.toThrow();
});

function timeMs(text: string): number {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    extractIocs(text);
    runs.push(performance.now() - t0);
  }
  return runs.sort((a, b) => a - b)[2]!;
}

it('is linear: 200 KB of adversarial text costs at most 3x ordinary report text', () => {
  const size = 200_000;
  const ordinaryUnit =
    'The actor registered update-service[.]example.com, which resolves to 198.51.100.23 (AS64500). The dropper (SHA-256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855) beacons every 60 seconds. ';
  const ordinary = ordinaryUnit.repeat(Math.ceil(size / ordinaryUnit.length)).slice(0, size);
  const adversarial = [
    '.'.repeat(size / 8),
    '1.'.repeat(size / 16),
    'a.'.repeat(size / 16),
    '[.]'.repeat(size / 24),
    '['.repeat(size / 8),
    'f'.repeat(size / 8),
    '1'.repeat(size / 8),
    ':'.repeat(size / 16),
    '1:'.repeat(size / 16),
    '+1 '.repeat(size / 24),
    'AS1'.repeat(size / 24),
    '@a.'.repeat(size / 24),
  ].join(' ');
  timeMs(ordinary); // warm-up
  expect(timeMs(adversarial)).toBeLessThan(3 * timeMs(ordinary) + 20);
});
