/**
 * A worker for src/adapters/worker/worker-pool.test.ts: upper-cases its input, and on cue throws
 * an AppError, throws a plain error, or kills its thread.
 */
import { serveJobs } from '../../src/adapters/worker/worker-pool.js';
import { AppError } from '../../src/core/shared/app-error.js';

export function runEchoWorker(data: { readonly prefix: string }): void {
  serveJobs((input) => {
    if (input === 'app-error') {
      throw new AppError('INPUT_INVALID', 'bad input', { details: { issues: [{ path: 'x' }] } });
    }
    if (input === 'bug') throw new TypeError('boom');
    if (input === 'exit') process.exit(3);
    return `${data.prefix}${input.toUpperCase()}`;
  });
}

export function runBrokenWorker(): void {
  throw new Error('cannot start');
}
