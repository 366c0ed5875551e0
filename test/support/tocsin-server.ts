/** Starts the real `bin/tocsin serve` on a free loopback port, as `npm start` would. */
import { type ChildProcess, spawn } from 'node:child_process';
import { BIN } from './run-cli.js';
import { freePort } from './free-port.js';

export interface RunningServer {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything the server wrote on stderr so far. */
  readonly stderr: () => string;
  /** Resolves with the exit code once the process has ended. */
  readonly exited: Promise<number | null>;
}

/** Spawns the server on `dataDir` and waits for /healthz (`bin`: another build's bin/tocsin). */
export async function startTocsinServer(
  dataDir: string,
  env: Record<string, string> = {},
  bin: string = BIN,
): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [bin, 'serve', '--port', String(port), '--host', '127.0.0.1', '--data-dir', dataDir],
    {
      env: { ...process.env, TOCSIN_LOG__LEVEL: 'warn', TOCSIN_SERVER__WATCH: 'false', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let err = '';
  child.stderr?.on('data', (b: Buffer) => {
    err += b.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 30_000;
  for (;;) {
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch (e) {
      if (child.exitCode !== null || Date.now() > until) {
        child.kill('SIGKILL');
        throw new Error(`server did not start: ${String(e)}\n${err}`);
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, child, stderr: () => err, exited };
}
