import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { SenderKind, toSenderInfo } from './classify-sender.js';

test.prop([fc.string({ maxLength: 200 })])('never throws and returns a known kind', (s) => {
  expect(SenderKind).toContain(toSenderInfo(s).kind);
});

test.prop([fc.stringMatching(/^1[3-9]\d{9}$/), fc.constantFrom('', '+86', '0086', '+86 ')])(
  'a Chinese mobile number is personal whatever its prefix',
  (n, prefix) => {
    const s = toSenderInfo(`${prefix}${n.slice(0, 3)} ${n.slice(3, 7)}-${n.slice(7)}`);
    expect([s.kind, s.normalized]).toEqual(['personal_mobile', n]);
  },
);

test.prop([fc.string({ maxLength: 40 })])('normalising is idempotent on digit senders', (s) => {
  const once = toSenderInfo(s);
  if (once.kind === 'alphanumeric' || once.kind === 'email' || once.kind === 'none') return;
  expect(toSenderInfo(once.normalized).normalized).toBe(once.normalized);
});

test.prop([
  fc.constantFrom(
    /^09\d{9}$/, // the Philippines
    /^03\d{9}$/, // Pakistan
    /^0[789][01]\d{8}$/, // Nigeria
    /^07\d{8}$/, // Kenya, South Africa
    /^04[013-9]\d{7}$/, // Australia
  ),
  fc.integer({ min: 0, max: 2 }),
  fc.nat(),
])(
  'a mobile number as its own country prints it is personal, however spaced',
  (plan, style, seed) => {
    const n = fc.sample(fc.stringMatching(plan), { numRuns: 1, seed })[0]!;
    const shown = [
      n,
      `${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`,
      `${n.slice(0, 4)}-${n.slice(4)}`,
    ][style]!;
    const s = toSenderInfo(shown);
    expect([s.kind, s.normalized]).toEqual(['personal_mobile', n]);
  },
);
