/**
 * HTML to plain text for indicator extraction: tags dropped, block elements become line breaks,
 * script/style content removed, character references decoded. Tokenised by htmlparser2 (quoted
 * attributes holding '>', comments, CDATA, every HTML5 named reference), which reads forward
 * once: linear on any input. Pure.
 */
import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';

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

/** Decodes every HTML5 character reference (numeric and named); unknown ones stay as written. */
export function decodeEntities(s: string): string {
  return s.includes('&') ? decodeHTML(s) : s;
}

/**
 * Visible text of an HTML document. Offsets of indicators found in it refer to this text.
 * @example htmlToText('<p>C2: evil[.]example.com</p>') === 'C2: evil[.]example.com'
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  // Depth inside elements whose content is not shown (script, style, ...).
  let hidden = 0;
  // End of the last markup the parser reported: what follows it unreported at the end is a tag
  // the input never closed, which HTML drops and an indicator could hide in; it is kept as text.
  let seen = 0;
  const parser = new Parser(
    {
      ontext(text) {
        seen = parser.endIndex + 1;
        if (hidden === 0) out.push(text);
      },
      oncomment() {
        seen = parser.endIndex + 1;
      },
      onprocessinginstruction() {
        seen = parser.endIndex + 1;
      },
      onopentag() {
        seen = parser.endIndex + 1;
      },
      onopentagname(name) {
        if (SKIP_CONTENT.has(name)) hidden++;
        else if (hidden > 0) return;
        else if (BLOCK_TAGS.has(name)) out.push('\n');
        else if (CELL_TAGS.has(name)) out.push('\t');
      },
      onclosetag(name, isImplied) {
        if (!isImplied) seen = parser.endIndex + 1;
        if (SKIP_CONTENT.has(name)) hidden = Math.max(0, hidden - 1);
        else if (hidden === 0 && !isImplied && BLOCK_TAGS.has(name)) out.push('\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  if (seen < html.length && hidden === 0) out.push(decodeEntities(html.slice(seen)));
  return out
    .join('')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
