/**
 * The batch engine shared by `sms classify` and `ioc extract --jsonl`: one output line per input
 * line, in order; a bad line becomes an error record in place and the run goes on; progress on a
 * terminal; a summary of rejected lines on stderr.
 */
import type { CliIo } from './io.js';
import { openSources, readLines } from './read-lines.js';
import { createLineWriter } from './write-lines.js';

/** What a handler makes of one line: the JSON text to print and whether it was rejected. */
export interface BatchLineResult {
  readonly json: string;
  readonly rejected: boolean;
}

export interface BatchOptions {
  readonly files: readonly string[];
  readonly maxLineBytes: number;
  /** Word used in progress and summaries, e.g. "messages". */
  readonly noun: string;
}

export interface BatchSummary {
  readonly total: number;
  readonly rejected: number;
}

/** Renders the error record printed in place of a bad line. */
export function errorRecord(code: string, message: string, id?: string): string {
  return JSON.stringify(
    id === undefined ? { error: { code, message } } : { id, error: { code, message } },
  );
}

/** Runs `handle` over every line of the inputs; returns counts (the caller picks the exit code). */
export async function runJsonlBatch(
  io: CliIo,
  options: BatchOptions,
  handle: (line: string, lineNo: number) => BatchLineResult,
): Promise<BatchSummary> {
  const writer = createLineWriter(io.stdout);
  const progress = io.stderrIsTty ? createProgress(io, options.noun) : undefined;
  let total = 0;
  let rejected = 0;
  for await (const item of readLines(openSources(options.files, io.stdin), options.maxLineBytes)) {
    total += 1;
    if (item.kind === 'error') {
      rejected += 1;
      await writer.push(errorRecord(item.code, `line ${item.lineNo}: ${item.message}`));
    } else {
      const out = handle(item.text, item.lineNo);
      if (out.rejected) rejected += 1;
      await writer.push(out.json);
    }
    progress?.tick(total, rejected);
  }
  await writer.flush();
  progress?.done(total, rejected);
  if (rejected > 0) {
    io.stderr.write(`tocsin: ${rejected} of ${total} lines rejected (see their "error" records)\n`);
  }
  return { total, rejected };
}

function createProgress(io: CliIo, noun: string) {
  const started = io.now();
  let last = started;
  const line = (total: number, rejected: number) => {
    const seconds = Math.max((io.now() - started) / 1000, 0.001);
    return `\r${total.toLocaleString('en')} ${noun} (${Math.round(total / seconds).toLocaleString('en')}/s), ${rejected} rejected`;
  };
  return {
    tick(total: number, rejected: number) {
      if ((total & 1023) !== 0) return;
      const t = io.now();
      if (t - last < 250) return;
      last = t;
      io.stderr.write(line(total, rejected));
    },
    done(total: number, rejected: number) {
      io.stderr.write(`${line(total, rejected)}\n`);
    },
  };
}
