/** `tocsin sms check` and `tocsin sms classify`: explained verdicts, one message or a stream. */
import { type Command, Option } from 'commander';
import { AppError } from '../core/shared/app-error.js';
import type { SmsService } from '../services/sms.js';
import { EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK } from './errors.js';
import type { CliIo } from './io.js';
import { errorRecord, runJsonlBatch } from './jsonl-batch.js';
import { renderVerdict } from './render-verdict.js';

export interface SmsCommandDeps {
  readonly io: CliIo;
  readonly sms: () => SmsService;
  readonly maxLineBytes: () => number;
  readonly setExitCode: (code: number) => void;
}

const failOnChoices = ['spam', 'smishing'] as const;

/** Registers `sms check` and `sms classify` on the program. */
export function registerSmsCommands(program: Command, deps: SmsCommandDeps): void {
  const sms = program
    .command('sms')
    .description('explained verdicts for SMS: ham, spam or smishing, brand, lure and why');

  sms
    .command('check')
    .description('judge one message and explain the verdict')
    .argument('<text>', 'the message text (quote it)')
    .option('--sender <number>', 'the sender as displayed (short code, phone number or name)')
    .option('--json', 'print the JSON record instead of the explanation')
    .addOption(
      new Option('--fail-on <verdict>', 'exit 1 when the verdict is at least this harmful').choices(
        failOnChoices,
      ),
    )
    .addHelpText(
      'after',
      `
Examples:
  $ tocsin sms check "【中国移动】您的积分即将清零，可兑换现金，请登录 10086wds.cn 领取"
  $ tocsin sms check --sender 10086 "您的积分可在 jf.10086.cn 兑换话费" --json`,
    )
    .action((text: string, opts: { sender?: string; json?: boolean; failOn?: string }) => {
      const verdict = deps
        .sms()
        .classify({ text, ...(opts.sender ? { sender: opts.sender } : {}) });
      deps.io.stdout.write(
        opts.json
          ? `${JSON.stringify(verdict)}\n`
          : renderVerdict(text, verdict, { ansi: deps.io.stdoutIsTty }),
      );
      deps.setExitCode(failed(verdict.verdict, opts.failOn) ? EXIT_FAILED : EXIT_OK);
    });

  sms
    .command('classify')
    .description(
      'classify a stream of messages: JSONL in, JSONL out, one line per input line, in order',
    )
    .argument('[files...]', 'input files (default: stdin)')
    .option('--text', 'read one plain message per line instead of JSONL')
    .addHelpText(
      'after',
      `
Input lines (JSONL):  {"id"?: string, "text": string, "sender"?: string, "receivedAt"?: string}
Output lines:         {"id", "verdict", "score", "brand", "lure", "urls", "signals": [{"code", "weight", "evidence", "spans"}]}
A bad line (not JSON, no text, too long, invalid UTF-8) yields {"id"?, "error": {"code", "message"}} in its
place; the run goes on, stderr reports how many lines were rejected, and the exit status is 2.

Examples:
  $ tocsin sms classify messages.jsonl > verdicts.jsonl
  $ cat inbox.txt | tocsin sms classify --text | jq -c 'select(.verdict == "smishing")'`,
    )
    .action(async (files: string[], opts: { text?: boolean }) => {
      const service = deps.sms();
      const mode = opts.text ? 'text' : 'json';
      const summary = await runJsonlBatch(
        deps.io,
        { files, maxLineBytes: deps.maxLineBytes(), noun: 'messages' },
        (line, lineNo) => {
          const r = service.classifyLine(line, mode);
          if (r.ok) return { json: JSON.stringify(r.value), rejected: false };
          return {
            json: errorRecord(r.error.code, `line ${lineNo}: ${r.error.message}`, r.error.id),
            rejected: true,
          };
        },
      );
      deps.setExitCode(summary.rejected > 0 ? EXIT_BAD_INPUT : EXIT_OK);
    });
}

function failed(verdict: string, failOn: string | undefined): boolean {
  if (failOn === undefined) return false;
  if (failOn === 'spam') return verdict === 'spam' || verdict === 'smishing';
  if (failOn === 'smishing') return verdict === 'smishing';
  throw new AppError('USAGE_INVALID', `unknown --fail-on value ${failOn}`);
}
