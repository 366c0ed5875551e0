import { describe, expect, it } from 'vitest';
import { toCanonicalJson } from './jcs.js';
import { toStixId, toUuidV5 } from './uuid-v5.js';

describe('toUuidV5', () => {
  it('matches the RFC 9562 / Python uuid5 vector for the DNS namespace', () => {
    expect(toUuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe(
      '886313e1-3b8a-5372-9b90-0c9aee199e5d',
    );
  });
});

describe('toStixId', () => {
  // expected ids computed independently with Python's uuid.uuid5 over sorted, compact JSON
  it.each([
    ['domain-name', { value: 'systemsvc.net' }, '73cb8d67-bfad-5064-b2f1-4bdf583807a4'],
    ['ipv4-addr', { value: '213.24.76.23' }, '6fd0bbc8-8c80-51ab-8ada-a5b0d6f8febf'],
    ['autonomous-system', { number: 8342 }, '03bd818f-8bdb-5e57-9059-20b982b496a4'],
    [
      'file',
      { hashes: { 'SHA-256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' } },
      '22f8ff52-8f62-5f03-a53a-6f50f54fd74c',
    ],
    ['domain-name', { value: 'ünïcode.example' }, '524eeb80-0b0f-5d8d-94bd-11b92dd95c67'],
  ])('%s %j', (type, props, uuid) => {
    expect(toStixId(type, props)).toBe(`${type}--${uuid}`);
  });
});

describe('toCanonicalJson', () => {
  it.each([
    [{ b: 1, a: 'x' }, '{"a":"x","b":1}'],
    [{ z: [3, { y: null, x: true }] }, '{"z":[3,{"x":true,"y":null}]}'],
    [{ '\u00e9': 1, e: 2 }, '{"e":2,"é":1}'],
    [1e21, '1e+21'],
    ['a\u2028"', '"a\u2028\\""'],
  ])('%j', (value, expected) => {
    expect(toCanonicalJson(value)).toBe(expected);
  });
});
