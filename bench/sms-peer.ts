/**
 * The SMS bench's peer: natural's BayesClassifier with a sparse textToFeatures, and its tokeniser.
 * Kept apart from bench/sms.bench.ts so that natural (and what it loads: redis, mongoose, pg...)
 * is loaded only where the peer runs: its throughput is measured in a worker thread
 * (bench/sms-peer.worker.ts), because merely loading natural's dependencies slowed our string
 * scanning in the same V8 isolate by 30-40% (measured: `redis` alone does it).
 */
import { createRequire } from 'node:module';

// natural ships .ts sources beside its .d.ts that tsc would type-check as CommonJS: load it untyped
// and name the one constructor used here.
const natural = createRequire(import.meta.url)('natural') as {
  BayesClassifier: new () => object;
};

function isCjkCode(c: number): boolean {
  return (
    (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3040 && c <= 0x30ff)
  );
}

/** Peer tokens: lower-cased Latin words and digit runs, CJK character unigrams and bigrams. */
export function toPeerTokens(text: string): string[] {
  const tokens: string[] = [];
  let word = '';
  let prevCjk = '';
  for (const ch of text.toLowerCase()) {
    const c = ch.codePointAt(0) ?? 0;
    if (isCjkCode(c)) {
      if (word !== '') tokens.push(word);
      word = '';
      tokens.push(ch);
      if (prevCjk !== '') tokens.push(prevCjk + ch);
      prevCjk = ch;
    } else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xe0 && c <= 0x24f)) {
      word += ch;
      prevCjk = '';
    } else {
      if (word !== '') tokens.push(word);
      word = '';
      prevCjk = '';
    }
  }
  if (word !== '') tokens.push(word);
  return tokens;
}

export interface PeerClassifier {
  addDocument(tokens: string[], label: string): void;
  train(): void;
  classify(tokens: string[]): string;
}

/** natural's BayesClassifier with a sparse textToFeatures (same sums as its dense one). */
export function createPeer(): PeerClassifier {
  const classifier = new natural.BayesClassifier();
  // natural's own textToFeatures is O(vocabulary) per message; this gives apparatus the sparse
  // observation of the distinct in-vocabulary tokens, which its naive Bayes sums identically.
  const sparse = (tokens: string[]): Record<number, string> => {
    const vocab = (classifier as unknown as { features: Record<string, number> }).features;
    const out: Record<number, string> = {};
    let k = 0;
    for (const t of new Set(tokens)) if (Object.hasOwn(vocab, t)) out[k++] = t;
    return out;
  };
  (classifier as unknown as { textToFeatures: typeof sparse }).textToFeatures = sparse;
  return classifier as unknown as PeerClassifier;
}
