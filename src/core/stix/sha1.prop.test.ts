import { createHash } from 'node:crypto';
import { fc, test } from '@fast-check/vitest';
import { expect, it } from 'vitest';
import { sha256 } from '../ioc/sha256.js';
import { sha1 } from './sha1.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

it.each([
  ['', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
  ['abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
  [
    'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
    '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
  ],
])('sha1(%j) matches the FIPS 180 vector', (input, expected) => {
  expect(hex(sha1(new TextEncoder().encode(input)))).toBe(expected);
});

it.each([
  ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
])('sha256(%j) matches the FIPS 180 vector', (input, expected) => {
  expect(hex(sha256(new TextEncoder().encode(input)))).toBe(expected);
});

test.prop([fc.uint8Array({ maxLength: 300 })])(
  'pure SHA-1 and SHA-256 agree with node:crypto',
  (bytes) => {
    expect(hex(sha1(bytes))).toBe(createHash('sha1').update(bytes).digest('hex'));
    expect(hex(sha256(bytes))).toBe(createHash('sha256').update(bytes).digest('hex'));
  },
);
