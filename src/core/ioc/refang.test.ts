import { describe, expect, it } from 'vitest';
import { refang, refangWithMap } from './refang.js';

describe('refang', () => {
  it.each([
    ['hxxp://evil[.]example', 'http://evil.example'],
    ['hXXps://evil(.)example/a', 'https://evil.example/a'],
    ['h**p://a{.}b', 'http://a.b'],
    ['evil[dot]example(dot)com', 'evil.example.com'],
    ['evil [.] example', 'evil.example'],
    ['evil . example', 'evil.example'],
    ['https[:]//a[.]b', 'https://a.b'],
    ['http[://]a[.]b', 'http://a.b'],
    ['admin[at]evil.example', 'admin@evil.example'],
    ['admin(at)evil.example', 'admin@evil.example'],
    ['admin[@]evil.example', 'admin@evil.example'],
    ['evil\\.example', 'evil.example'],
    ['evil．example', 'evil.example'],
    ['evil。example', 'evil.example'],
    ['evil｡example', 'evil.example'],
    ['ev\u200bil.exa\u200dmple', 'evil.example'],
    ['evil[[.]]example', 'evil.example'],
    ['1.2.3[.]4', '1.2.3.4'],
    ['fxp://files[.]example', 'ftp://files.example'],
    ['no defang here.', 'no defang here.'],
    ['句号。然后', '句号。然后'], // an ideographic full stop in Chinese prose stays
  ])('refang(%j) = %j', (input, expected) => {
    expect(refang(input)).toBe(expected);
  });

  it.each([
    ['hxxp://evil[.]example/x', 'evil.example', 'evil[.]example'],
    ['see ev\u200bil[dot]example now', 'evil.example', 'ev\u200bil[dot]example'],
    ['x evil[[.]]example', 'evil.example', 'evil[[.]]example'],
  ])('maps %j back to the words written', (input, found, raw) => {
    const r = refangWithMap(input);
    const start = r.text.indexOf(found);
    const a = r.map.toOriginal(start);
    expect(input.slice(a, r.map.toOriginalEnd(start + found.length))).toBe(raw);
  });

  it('returns the same string and an identity map when nothing is defanged', () => {
    const s = 'plain text with example.com';
    const r = refangWithMap(s);
    expect(r.text).toBe(s);
    expect(r.map.toOriginal(5)).toBe(5);
  });
});
