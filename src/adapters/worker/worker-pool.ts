/**
 * A pool of worker threads that each turn a string into a string (an SMS request body into its
 * JSON answer), so CPU-bound work runs beside the event loop instead of on it: the HTTP thread
 * keeps parsing, routing and answering while the workers score, and a batch of 1,000 messages no
 * longer stalls every other request, health check and SSE stream for its whole duration.
 *
 * Each job goes to the worker with the fewest jobs in flight; the jobs of one turn of the event
 * loop go as one batch, and while a worker has two batches unanswered its new jobs wait and go
 * together as the next one (one message for many requests under load, no wait when idle; the
 * worker finds its next batch waiting instead of sleeping). A worker that dies
 * fails its jobs with INTERNAL and is replaced; past `maxPending` jobs, run() fails fast with
 * SERVER_BUSY instead of queueing without bound. Errors cross the thread as {code, message,
 * details} and become AppErrors again.
 */
import { parentPort, Worker } from 'node:worker_threads';
import { AppError, ErrorCode } from '../../core/shared/app-error.js';

export interface WorkerPoolOptions {
  /** The worker module: a .js file, or (from a checkout) a .ts file loaded through tsx. */
  readonly entry: URL;
  /** The function of `entry` that runs the worker; it receives `workerData` and calls serveJobs. */
  readonly exportName: string;
  readonly size: number;
  /** Jobs queued or running beyond which run() fails with SERVER_BUSY. */
  readonly maxPending: number;
  readonly workerData?: unknown;
  /** Told when a worker fails (it is replaced); for the log. */
  readonly onWorkerError?: (e: Error) => void;
}

export interface WorkerPool {
  /** The worker's answer to `input`; rejects with the AppError the worker threw. */
  run(input: string): Promise<string>;
  /** Resolves when every worker has loaded its module; rejects if one fails first or in time. */
  ready(timeoutMs: number): Promise<void>;
  /** Fails queued jobs and stops the workers. */
  close(): Promise<void>;
}

type Job = readonly [id: number, input: string];
type WireError = { code: string; message: string; details?: Record<string, unknown> };
type Reply = readonly [id: number, ok: true, output: string] | readonly [number, false, WireError];
type Waiter = { resolve: (s: string) => void; reject: (e: Error) => void };

interface Slot {
  worker: Worker;
  readonly inFlight: Map<number, Waiter>;
  queue: Job[];
  /** A flush is scheduled for this turn of the event loop. */
  flushing: boolean;
  /** Batches posted and not yet answered. */
  batchesOut: number;
  /** Failures in a row without a reply in between: stop replacing a worker that cannot start. */
  failures: number;
  online: Promise<void>;
}

/** Consecutive failures after which a slot is left dead (a worker that cannot even load). */
const MAX_FAILURES = 3;
/**
 * Batches a worker may have unanswered. With 2, the next batch is waiting when the worker finishes
 * one, so it never goes to sleep under load; with 1 it sleeps and is woken for each batch, and on
 * this 2-core VM a postMessage that wakes a sleeping thread costs ~14 µs against ~2 µs to a busy
 * one. Measured on `npm run bench -- http` (alternating A/B rounds): 2 gives +6-9% over 1 (ratio
 * to bare Hono 0.55 -> 0.58 in one pair of runs), 3 less than 2.
 */
const MAX_BATCHES_OUT = 2;
const READY = 'ready';

/** Starts `size` workers running `entry`'s `exportName`. */
export function createWorkerPool(options: WorkerPoolOptions): WorkerPool {
  if (options.size < 1) throw new AppError('INTERNAL', 'a worker pool needs at least one worker');
  let nextId = 0;
  let pending = 0;
  let closed = false;
  const slots: Slot[] = [];

  const settle = (slot: Slot, id: number): Waiter | undefined => {
    const w = slot.inFlight.get(id);
    if (w === undefined) return undefined;
    slot.inFlight.delete(id);
    pending--;
    return w;
  };

  const spawn = (slot: Slot | undefined): Slot => {
    const worker = new Worker(bootCode(options), { eval: true, workerData: options.workerData });
    let resolveOnline!: () => void;
    let rejectOnline!: (e: Error) => void;
    const online = new Promise<void>((res, rej) => {
      resolveOnline = res;
      rejectOnline = rej;
    });
    online.catch(() => undefined); // awaited by ready(), maybe never
    const s: Slot = slot ?? {
      worker,
      inFlight: new Map(),
      queue: [],
      flushing: false,
      batchesOut: 0,
      failures: 0,
      online,
    };
    s.worker = worker;
    s.online = online;
    s.batchesOut = 0;
    worker.on('message', (m: unknown) => {
      if (m === READY) {
        resolveOnline();
        return;
      }
      s.failures = 0;
      s.batchesOut--;
      // What queued up while the worker was busy goes out before the answers are handed back,
      // so the worker starts on it at once.
      flush(s);
      for (const [id, ok, out] of m as Reply[]) {
        const w = settle(s, id);
        if (w === undefined) continue;
        if (ok) w.resolve(out);
        else w.reject(toAppError(out));
      }
    });
    let failed = false;
    // 'error' is followed by 'exit': the worker is failed (and replaced) once.
    const fail = (e: Error) => {
      if (failed) return;
      failed = true;
      rejectOnline(e);
      for (const id of [...s.inFlight.keys()]) {
        settle(s, id)?.reject(new AppError('INTERNAL', 'internal error', { cause: e }));
      }
      s.queue = [];
      if (closed) return;
      options.onWorkerError?.(e);
      s.failures++;
      if (s.failures < MAX_FAILURES) spawn(s);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`worker exited with code ${code}`)));
    return s;
  };

  for (let i = 0; i < options.size; i++) slots.push(spawn(undefined));

  // Adaptive batching: while a worker has MAX_BATCHES_OUT batches unanswered, new jobs wait in
  // its queue and go together when an answer comes back. Under load one message carries many
  // jobs (each postMessage wakes a thread: a system call); when idle a job goes at once.
  const flush = (slot: Slot) => {
    slot.flushing = false;
    if (slot.queue.length === 0 || slot.batchesOut >= MAX_BATCHES_OUT) return;
    slot.worker.postMessage(slot.queue);
    slot.batchesOut++;
    slot.queue = [];
  };

  return {
    run(input) {
      if (closed) return Promise.reject(new AppError('INTERNAL', 'the worker pool is closed'));
      if (pending >= options.maxPending) {
        return Promise.reject(
          new AppError('SERVER_BUSY', `more than ${options.maxPending} requests are waiting`, {
            details: { retryAfterSeconds: 1 },
          }),
        );
      }
      const slot = pickSlot(slots);
      if (slot === undefined) {
        return Promise.reject(new AppError('INTERNAL', 'no worker thread could start'));
      }
      const id = nextId++;
      pending++;
      return new Promise<string>((resolve, reject) => {
        slot.inFlight.set(id, { resolve, reject });
        slot.queue.push([id, input]);
        if (!slot.flushing && slot.batchesOut < MAX_BATCHES_OUT) {
          slot.flushing = true;
          setImmediate(flush, slot);
        }
      });
    },
    async ready(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new AppError('INTERNAL', `worker threads not ready in ${timeoutMs} ms`)),
          timeoutMs,
        );
      });
      try {
        await Promise.race([Promise.all(slots.map((s) => s.online)), timeout]);
      } catch (e) {
        throw e instanceof AppError
          ? e
          : new AppError('INTERNAL', 'a worker thread failed to start', { cause: e });
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
      for (const s of slots)
        for (const id of [...s.inFlight.keys()]) {
          settle(s, id)?.reject(new AppError('INTERNAL', 'the worker pool is closed'));
        }
    },
  };
}

/**
 * Runs in a worker: answers each job with `handle`, an AppError as its code, message and details,
 * anything else as INTERNAL (its message stays in this thread: it goes to stderr).
 */
export function serveJobs(handle: (input: string) => string): void {
  const port = parentPort;
  if (port === null) throw new AppError('INTERNAL', 'serveJobs runs only in a worker thread');
  port.on('message', (jobs: Job[]) => {
    const replies: Reply[] = jobs.map(([id, input]) => {
      try {
        return [id, true, handle(input)];
      } catch (e) {
        if (e instanceof AppError) {
          return [id, false, { code: e.code, message: e.message, details: { ...e.details } }];
        }
        process.stderr.write(`worker job failed: ${e instanceof Error ? e.stack : String(e)}\n`);
        return [id, false, { code: 'INTERNAL', message: 'internal error' }];
      }
    });
    port.postMessage(replies);
  });
  port.postMessage(READY);
}

/** The live slot with the fewest jobs in flight (undefined when every slot gave up). */
function pickSlot(slots: readonly Slot[]): Slot | undefined {
  let best: Slot | undefined;
  for (const s of slots) {
    if (s.failures >= MAX_FAILURES) continue;
    if (best === undefined || s.inFlight.size < best.inFlight.size) best = s;
  }
  return best;
}

function toAppError(e: WireError): AppError {
  const code = (ErrorCode as readonly string[]).includes(e.code)
    ? (e.code as ErrorCode)
    : 'INTERNAL';
  return new AppError(code, e.message, e.details === undefined ? {} : { details: e.details });
}

/**
 * The worker's eval'd entry (CommonJS): loads tsx first when the entry is TypeScript (a checkout;
 * tsx is resolved from here, not from the working directory), then runs the entry's export.
 */
function bootCode(options: WorkerPoolOptions): string {
  const entry = options.entry.href;
  const tsx = entry.endsWith('.ts') ? import.meta.resolve('tsx/esm/api') : null;
  return `(async () => {
  const { workerData } = require('node:worker_threads');
  ${tsx === null ? '' : `(await import(${JSON.stringify(tsx)})).register();`}
  const m = await import(${JSON.stringify(entry)});
  await m[${JSON.stringify(options.exportName)}](workerData);
})().catch((e) => { process.stderr.write(String(e && e.stack || e) + '\\n'); process.exit(1); });`;
}
