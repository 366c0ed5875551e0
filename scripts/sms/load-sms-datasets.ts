/**
 * Reads the SMS training sets (`<dir>/<dataset>/train.jsonl`) and merges them into one labelled,
 * de-duplicated corpus in a stable order. Mishra & Soni repeats most of UCI: the union keeps one
 * row per text and the finer label (smishing > spam > ham); each row remembers every dataset it
 * came from with that dataset's own label, so metrics stay per dataset.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const SmsLabel = z.enum(['ham', 'spam', 'smishing']);
export type SmsLabel = z.infer<typeof SmsLabel>;

const TrainRow = z.object({
  id: z.string(),
  text: z.string(),
  label: SmsLabel,
  lang: z.string(),
});

/** One dataset's say about a row. */
export interface RowSource {
  readonly dataset: string;
  readonly label: SmsLabel;
}

export interface CorpusRow {
  readonly text: string;
  readonly label: SmsLabel;
  readonly lang: string;
  readonly sources: RowSource[];
  /**
   * Rows generated from one template family (scripts/sms/notification-ham.ts) share a fold group:
   * cross-validation puts the whole group in one fold, and they never set a threshold or count in
   * the public figures.
   */
  readonly foldGroup?: string;
}

export interface Corpus {
  readonly datasets: readonly string[];
  readonly rows: readonly CorpusRow[];
  /** Rows read before de-duplication, per dataset. */
  readonly readCounts: Readonly<Record<string, number>>;
}

/** The datasets that label smishing apart from spam: those with any smishing label. */
export function smishingDatasets(corpus: Corpus): ReadonlySet<string> {
  const sets = new Set<string>();
  for (const row of corpus.rows)
    for (const s of row.sources) if (s.label === 'smishing') sets.add(s.dataset);
  return sets;
}

/**
 * Whether a row's label says if it is smishing: ham, or a row from a set that labels smishing
 * apart from spam. A spam row only from a set without that label (UCI, zh-80w) may be smishing
 * or not: it says nothing about smishing precision or recall.
 */
export function knowsSmishing(row: CorpusRow, labelling: ReadonlySet<string>): boolean {
  return row.label === 'ham' || row.sources.some((s) => labelling.has(s.dataset));
}

const LABEL_RANK: Record<SmsLabel, number> = { ham: 0, spam: 1, smishing: 2 };

/** Key that makes two copies of one message equal: lower-case letters, digits and CJK only. */
export function toDedupeKey(text: string): string {
  let key = '';
  for (const ch of text.toLowerCase()) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c >= 0x3400) key += ch;
  }
  return key;
}

/** Loads every `<dir>/*\/train.jsonl`, datasets in name order, rows in file order. */
export function loadSmsCorpus(dir: string): Corpus {
  const datasets = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'train.jsonl')))
    .map((d) => d.name)
    .sort();
  if (datasets.length === 0) throw new Error(`no */train.jsonl under ${dir}`);
  const byKey = new Map<string, number>();
  const rows: CorpusRow[] = [];
  const readCounts: Record<string, number> = {};
  for (const dataset of datasets) {
    const lines = readFileSync(join(dir, dataset, 'train.jsonl'), 'utf8').split('\n');
    let read = 0;
    for (const [lineNo, line] of lines.entries()) {
      if (line.trim() === '') continue;
      const parsed = TrainRow.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new Error(`${dataset}/train.jsonl:${lineNo + 1}: ${parsed.error.message}`);
      read++;
      const { text, label, lang } = parsed.data;
      const key = toDedupeKey(text);
      if (key === '') continue;
      const at = byKey.get(key);
      const seen = at === undefined ? undefined : rows[at];
      if (at === undefined || seen === undefined) {
        byKey.set(key, rows.length);
        rows.push({ text, label, lang, sources: [{ dataset, label }] });
        continue;
      }
      if (!seen.sources.some((s) => s.dataset === dataset)) seen.sources.push({ dataset, label });
      if (LABEL_RANK[label] > LABEL_RANK[seen.label]) rows[at] = { ...seen, label };
    }
    readCounts[dataset] = read;
  }
  return { datasets, rows, readCounts };
}
