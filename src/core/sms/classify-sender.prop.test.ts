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
