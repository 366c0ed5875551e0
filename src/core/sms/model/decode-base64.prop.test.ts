import { Buffer } from 'node:buffer';
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { decodeBase64 } from './decode-base64.js';

test.prop([fc.uint8Array({ maxLength: 300 })])('decodes what Buffer encodes', (bytes) => {
  expect(decodeBase64(Buffer.from(bytes).toString('base64'))).toEqual(bytes);
});

test.prop([fc.string({ maxLength: 40 })])('never throws on arbitrary text', (text) => {
  const out = decodeBase64(text);
  if (out !== null) expect(out.length).toBeLessThanOrEqual(text.length);
});

test.each([['abc'], ['ab!d'], ['a===']])('rejects %j', (text) => {
  expect(decodeBase64(text)).toBeNull();
});
