import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { htmlToText } from './html-to-text.js';

const markup = fc.constantFrom(
  '<p>',
  '</p>',
  '<script>',
  '</script>',
  '<!--',
  '-->',
  '<a href="x>y">',
  '<br>',
  '&amp;',
  '&#x2e;',
  '<',
  '>',
  '"',
  '<![CDATA[',
  ']]>',
  '<td>',
);
const html = fc
  .array(fc.oneof(markup, fc.string({ maxLength: 8 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

test.prop([html])('never throws, and its text is no longer than the input', (s) => {
  expect(htmlToText(s).length).toBeLessThanOrEqual(s.length);
});

test.prop([fc.stringMatching(/^[a-z0-9 .:/-]{0,200}$/)])(
  'text with no markup comes back as it was (trimmed)',
  (s) => {
    expect(htmlToText(s)).toBe(s.trim());
  },
);

// A URL written into HTML has its `&` escaped, as a page writes it: "http://a.aa/&gt" raw in a page
// is "http://a.aa/>" (HTML decodes `&gt` even without its semicolon), which fast-check's webUrl found.
const escapeHtml = (s: string): string =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

test.prop([fc.webUrl()])('a link in a paragraph keeps its text', (url) => {
  expect(htmlToText(`<p>see ${escapeHtml(url)}</p>`)).toBe(`see ${url}`.trim());
});

test('a legacy entity without its semicolon is decoded, as HTML does', () => {
  expect(htmlToText('<p>see http://a.aa/&gt</p>')).toBe('see http://a.aa/>');
});
