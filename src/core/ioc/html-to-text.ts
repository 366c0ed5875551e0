/**
 * HTML to plain text for indicator extraction: tags dropped, block elements become line breaks,
 * script/style content removed, character references decoded. Linear: every search moves forward
 * and a missing '>' or '-->' ends the scan instead of being searched for again. Pure.
 */

const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'title',
  'caption',
]);
const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);
const SKIP_CONTENT: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'head',
]);

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  lbrack: '[',
  rbrack: ']',
  lpar: '(',
  rpar: ')',
  period: '.',
  colon: ':',
  sol: '/',
  commat: '@',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  zwj: '\u200d',
  zwnj: '\u200c',
  shy: '\u00ad',
};

const ENTITY_RE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

/** Decodes numeric and common named character references; unknown ones stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY_RE, (m: string, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED[name.toLowerCase()] ?? m;
    const code = dec !== undefined ? Number(dec) : Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
      ? String.fromCodePoint(code)
      : m;
  });
}

function tagNameAt(html: string, i: number): { name: string; closing: boolean } {
  let j = i + 1;
  const closing = html.charCodeAt(j) === 47; /* / */
  if (closing) j++;
  const start = j;
  while (j < html.length && /[A-Za-z0-9]/.test(html.charAt(j))) j++;
  return { name: html.slice(start, j).toLowerCase(), closing };
}

/**
 * Visible text of an HTML document. Offsets of indicators found in it refer to this text.
 * @example htmlToText('<p>C2: evil[.]example.com</p>') === 'C2: evil[.]example.com'
 */
export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(decodeEntities(html.slice(i)));
      break;
    }
    out.push(decodeEntities(html.slice(i, lt)));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) break; // an unclosed comment hides the rest, as in browsers
      i = end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      out.push(decodeEntities(html.slice(lt)));
      break;
    }
    const { name, closing } = tagNameAt(html, lt);
    i = gt + 1;
    if (name === '') {
      if (html.charAt(lt + 1) !== '!' && html.charAt(lt + 1) !== '?')
        out.push(html.slice(lt, gt + 1));
      continue;
    }
    if (!closing && SKIP_CONTENT.has(name)) {
      const end = lower.indexOf(`</${name}`, i);
      if (end < 0) break;
      const close = html.indexOf('>', end);
      i = close < 0 ? html.length : close + 1;
      continue;
    }
    if (BLOCK_TAGS.has(name)) out.push('\n');
    else if (CELL_TAGS.has(name) && !closing) out.push('\t');
  }
  return out
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
