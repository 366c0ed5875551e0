/** The CLI's view of the world: streams and a clock, injected so tests can drive commands. */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdoutIsTty: boolean;
  readonly stderrIsTty: boolean;
  readonly now: () => number;
}

let quietOnClosedPipe = false;

/**
 * The real process streams. When the reader of stdout goes away (`tocsin sms classify big.jsonl |
 * head`), the run ends quietly, as Unix tools do, instead of dying on an unhandled EPIPE.
 */
export function processIo(): CliIo {
  if (!quietOnClosedPipe) {
    quietOnClosedPipe = true;
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stdoutIsTty: process.stdout.isTTY === true,
    stderrIsTty: process.stderr.isTTY === true,
    now: () => Date.now(),
  };
}
