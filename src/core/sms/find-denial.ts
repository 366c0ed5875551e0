/**
 * isDenied: the sentence before a phrase denies it. "中国移动不会通过短信链接让您兑换现金", "请勿向任何人
 * （包括客服）提供验证码", "we will never ask you to share the code": an organisation stating its own
 * rule or warning the reader, not the offer or the ask a scam makes. Pure: imports nothing.
 */

/**
 * True when the clause holding `start` says 不会 / 请勿 / never / do not … before it. Looks back to
 * the sentence's start, at most NEGATION_LOOKBACK characters: linear. `text` is the folded text.
 */
export function isDenied(text: string, start: number): boolean {
  const from = Math.max(0, start - NEGATION_LOOKBACK);
  let i = start;
  while (i > from && !endsSentence(text, i - 1)) i--;
  return DENIAL.test(text.slice(i, start));
}

/**
 * 。！？；，!?;, and a newline end a clause, and a `.` before a space or a CJK character (folded text
 * writes 。 as `.`), not one inside "Rs.500" or "a/c..4821".
 */
function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (SENTENCE_END.has(c)) return true;
  if (c !== 46) return false;
  const next = text.charCodeAt(i + 1);
  return next === 32 || next >= 0x2e80;
}

const NEGATION_LOOKBACK = 40;
const SENTENCE_END: ReadonlySet<number> = new Set(
  [...'。！？；，!?;,\n'].map((c) => c.charCodeAt(0)),
);
/** Literal alternatives: linear. */
const DENIAL =
  /不会|不會|从不|从未|绝不|谨防|请勿|切勿|勿向|不询问|不索取|\b(?:never|will not|won't|do not|don't)\b/i;
