/** `tocsin watch add|list|remove|run`: the C2 watch list and the watcher that polls it. */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../core/shared/app-error.js';
import { parseIntervalSeconds } from '../core/track/parse-interval.js';
import { toAnswerSetKey } from '../core/track/answer-set.js';
import type { TrackService } from '../services/track.js';
import { EXIT_BAD_INPUT, EXIT_OK } from './errors.js';
import type { CliIo } from './io.js';
import { dataDirOption, resolverOption, storeOption } from './options.js';

export interface WatchCommandDeps {
  readonly io: CliIo;
  readonly track: () => Promise<TrackService>;
  /** Runs the watcher until SIGINT/SIGTERM (or one round with `once`). */
  readonly runWatcher: (opts: { readonly once: boolean }) => Promise<void>;
  readonly setExitCode: (code: number) => void;
}

/** Entries from arguments and from a file (`-` for stdin): blank lines and `#` comments skipped. */
async function readEntries(
  io: CliIo,
  args: readonly string[],
  from: string | undefined,
): Promise<string[]> {
  const lines = [...args];
  if (from !== undefined) {
    let text: string;
    try {
      text = from === '-' ? await readAll(io.stdin) : readFileSync(from, 'utf8');
    } catch (cause) {
      throw new AppError('FILE_UNREADABLE', `cannot read ${from}`, { cause });
    }
    lines.push(...text.split(/\r?\n/));
  }
  return lines.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks).toString('utf8');
}

/** Registers the `watch` commands. */
export function registerWatchCommands(program: Command, deps: WatchCommandDeps): void {
  const { io } = deps;
  const watch = program
    .command('watch')
    .description('watch C2 domains: keep their resolution history, alert when they move');

  watch
    .command('add')
    .description('add domains to the watch list (bad entries are reported, good ones still added)')
    .argument('[domains...]', 'domains to watch (defanged forms like evil[.]com are accepted)')
    .option('--from <file>', 'read one domain per line from a file (- for stdin)')
    .option('--every <interval>', 'poll interval: 90s, 10m, 6h, 1d', '10m')
    .option('--webhook <url>', 'POST each alert for these domains to this http(s) URL')
    .addOption(dataDirOption())
    .addOption(storeOption())
    .addHelpText(
      'after',
      '\nExample:\n  $ tocsin watch add systemsvc.net --every 10m --webhook https://hooks.example/tocsin',
    )
    .action(async (args: string[], opts: { from?: string; every: string; webhook?: string }) => {
      const every = parseIntervalSeconds(opts.every);
      if (!every.ok) throw every.error;
      const entries = await readEntries(io, args, opts.from);
      if (entries.length === 0)
        throw new AppError('USAGE_INVALID', 'no domains given (arguments or --from FILE)');
      const r = await (await deps.track()).addWatches(entries, {
        intervalSeconds: every.value,
        webhookUrl: opts.webhook ?? null,
      });
      for (const e of r.rejected) io.stderr.write(`tocsin: ${e.message} [${e.code}]\n`);
      io.stdout.write(
        `watching ${r.added.length} domain(s)${r.rejected.length > 0 ? `, rejected ${r.rejected.length}` : ''}\n`,
      );
      deps.setExitCode(r.rejected.length > 0 ? EXIT_BAD_INPUT : EXIT_OK);
    });

  watch
    .command('list')
    .description('list watched domains, their interval and current answers')
    .option('--json', 'one JSON object per line')
    .addOption(dataDirOption())
    .addOption(storeOption())
    .action(async (opts: { json?: boolean }) => {
      for (const w of await (await deps.track()).listWatches()) {
        const current = w.state === null ? null : toAnswerSetKey(w.state.current);
        if (opts.json) {
          io.stdout.write(
            `${JSON.stringify({
              domain: w.domain,
              intervalSeconds: w.intervalSeconds,
              webhook: w.webhookUrl === null ? null : new URL(w.webhookUrl).origin,
              lastPolledAt:
                w.lastPolledAtMs === null ? null : new Date(w.lastPolledAtMs).toISOString(),
              current,
            })}\n`,
          );
        } else {
          io.stdout.write(
            `${w.domain}\tevery ${w.intervalSeconds}s\t${current ?? '(not polled yet)'}\n`,
          );
        }
      }
    });

  watch
    .command('remove')
    .description('stop watching domains (their history is kept)')
    .argument('<domains...>')
    .addOption(dataDirOption())
    .addOption(storeOption())
    .action(async (domains: string[]) => {
      const n = await (await deps.track()).removeWatches(domains);
      io.stdout.write(`removed ${n} domain(s)\n`);
    });

  watch
    .command('run')
    .description(
      'poll due domains (A, AAAA, CNAME, NS) until stopped; alerts go to the store, the log and webhooks',
    )
    .option('--once', 'poll every watched domain once, deliver pending alerts, and exit')
    .addOption(dataDirOption())
    .addOption(storeOption())
    .addOption(resolverOption())
    .action(async (opts: { once?: boolean }) => {
      await deps.runWatcher({ once: opts.once === true });
    });
}
