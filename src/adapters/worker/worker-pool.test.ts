import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/shared/app-error.js';
import { createWorkerPool, type WorkerPool } from './worker-pool.js';

const ENTRY = new URL('../../../test/fakes/echo-worker.ts', import.meta.url);
const pools: WorkerPool[] = [];

function pool(opts: { size?: number; maxPending?: number; exportName?: string } = {}): WorkerPool {
  const p = createWorkerPool({
    entry: ENTRY,
    exportName: opts.exportName ?? 'runEchoWorker',
    size: opts.size ?? 2,
    maxPending: opts.maxPending ?? 10_000,
    workerData: { prefix: '>' },
  });
  pools.push(p);
  return p;
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return e instanceof AppError ? e.code : `not an AppError: ${String(e)}`;
  }
  return 'resolved';
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('createWorkerPool', () => {
  it('answers every job with its own answer, whatever the interleaving', async () => {
    const p = pool();
    await p.ready(30_000);
    const inputs = Array.from({ length: 2000 }, (_, i) => `job-${i}-${'é'.repeat(i % 5)}`);
    const outputs = await Promise.all(inputs.map((s) => p.run(s)));
    expect(outputs).toEqual(inputs.map((s) => `>${s.toUpperCase()}`));
  });

  it('gives back the AppError a worker threw, with its code and details', async () => {
    const p = pool({ size: 1 });
    const e = await p.run('app-error').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect(e).toMatchObject({ code: 'INPUT_INVALID', message: 'bad input' });
    expect((e as AppError).details).toEqual({ issues: [{ path: 'x' }] });
  });

  it('turns any other error into INTERNAL without its message', async () => {
    const p = pool({ size: 1 });
    const e = await p.run('bug').catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'INTERNAL', message: 'internal error' });
  });

  it('fails the jobs of a worker that dies, replaces it, and goes on answering', async () => {
    const p = pool({ size: 1 });
    await p.ready(30_000);
    const dying = [p.run('exit'), p.run('a')];
    expect(await Promise.all(dying.map(codeOf))).toEqual(['INTERNAL', 'INTERNAL']);
    expect(await p.run('after')).toBe('>AFTER');
  });

  it('fails fast with SERVER_BUSY past maxPending, and takes jobs again once answered', async () => {
    const p = pool({ size: 1, maxPending: 2 });
    const jobs = [p.run('a'), p.run('b'), p.run('c')];
    expect(await codeOf(jobs[2] as Promise<string>)).toBe('SERVER_BUSY');
    expect(await Promise.all(jobs.slice(0, 2))).toEqual(['>A', '>B']);
    expect(await p.run('d')).toBe('>D');
  });

  it('reports a worker that cannot start from ready(), and run() then fails with INTERNAL', async () => {
    const p = pool({ size: 1, exportName: 'runBrokenWorker' });
    expect(await codeOf(p.ready(30_000))).toBe('INTERNAL');
    // The slot gives up after a few failed starts; jobs then fail at once rather than hang.
    let code = '';
    for (let i = 0; i < 10 && code !== 'INTERNAL'; i++) code = await codeOf(p.run('x'));
    expect(code).toBe('INTERNAL');
  });

  it('refuses jobs once closed', async () => {
    const p = pool({ size: 1 });
    await p.close();
    expect(await codeOf(p.run('x'))).toBe('INTERNAL');
  });
});
