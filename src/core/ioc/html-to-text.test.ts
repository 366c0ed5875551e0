import { describe, expect, it } from 'vitest';
import { isHtml, isPdf, looksBinary } from './detect-content.js';
import { decodeEntities, htmlToText } from './html-to-text.js';

describe('htmlToText', () => {
  it.each([
    ['<p>C2: <b>evil[.]example.com</b></p><p>next</p>', 'C2: evil[.]example.com\n\nnext'],
    ['<script>var u = "http://x.example.com"</script><style>.a{}</style>visible', 'visible'],
    [
      '<table><tr><td>domain</td><td>evil.example.com</td></tr></table>',
      'domain\tevil.example.com',
    ],
    [
      'a &amp; b &lt;tag&gt; &#x2e; &#46; &nbsp;x &bogus;',
      'a & b <tag> . . \u00a0x &bogus;'.replace('\u00a0', ' '),
    ],
    ['<!-- hidden http://a.example.com --> shown', 'shown'],
    ['unclosed <b tag and text', 'unclosed <b tag and text'],
    ['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
    ['line<br>break', 'line\nbreak'],
    // A quoted '>' does not end a tag; every HTML5 named reference decodes.
    ['<a title="a>b" href="x">evil.example.com</a>', 'evil.example.com'],
    ['caf&eacute; evil&period;example&period;com', 'café evil.example.com'],
    ['<![CDATA[x]]>after <textarea>1.2.3.4</textarea>', 'after 1.2.3.4'],
    [
      'text then an unclosed <a href="http://evil.example.com',
      'text then an unclosed <a href="http://evil.example.com',
    ],
  ])('%j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('is linear on unclosed comments and tags', () => {
    const evil = '<!--'.repeat(50_000) + '<a'.repeat(50_000);
    const t0 = performance.now();
    htmlToText(evil);
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('decodes out-of-range references as HTML does (U+FFFD)', () => {
    expect(decodeEntities('&#55296; &#x110000; &bogus;')).toBe('\ufffd \ufffd &bogus;');
  });
});

describe('content detection', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it.each([
    ['%PDF-1.7\n...', true],
    ['\n\n%PDF-1.4', true],
    ['plain %PDF text later'.padStart(2000, ' '), false],
  ])('isPdf(%j)', (s, expected) => {
    expect(isPdf(enc(s))).toBe(expected);
  });

  it.each([
    ['<!DOCTYPE html><html><body>x</body></html>', true],
    ['<div>a</div><p>b</p><a href="x">c</a>', true],
    ['1 < 2 and <p> once', false],
    ['plain report text', false],
  ])('isHtml(%j)', (s, expected) => {
    expect(isHtml(s)).toBe(expected);
  });

  it('flags NUL bytes and control-heavy data as binary, not UTF-8 text', () => {
    expect(looksBinary(Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03]))).toBe(true);
    expect(looksBinary(Uint8Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 1 : 65)))).toBe(
      true,
    );
    expect(looksBinary(enc('évil.example.com\tok\r\n'))).toBe(false);
  });
});
