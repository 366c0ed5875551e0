/**
 * The package as npm publishes it: built with tsdown, packed with `npm pack` (package.json's
 * `files`), unpacked into a temporary directory with no src/ beside it. Its `tocsin` binary must
 * run from dist/, and `import('tocsin')` must give the library API with the CLI's records. The
 * dependencies are the checkout's own (linked, not downloaded: tests never reach the Internet).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { startTocsinServer } from '../support/tocsin-server.js';
import { ensureWebBuild } from '../support/web-build.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
const SEED = '【中国移动】尊敬的客户，您的积分即将清零，可兑换现金礼包，请登录 10086wds.cn 领取';

describe('the packed package', () => {
  let dir = '';
  let pkg = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tocsin-pack-'));
    await ensureWebBuild();
    await run(process.execPath, [join(ROOT, 'node_modules', 'tsdown', 'dist', 'run.mjs')], {
      cwd: ROOT,
      timeout: 120_000,
    });
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], {
      cwd: ROOT,
      timeout: 120_000,
    });
    const [packed] = JSON.parse(stdout) as { filename: string }[];
    if (!packed) throw new Error('npm pack wrote no tarball');
    // A consumer project: node_modules/tocsin is the unpacked tarball, whose own dependencies
    // resolve to the checkout's node_modules.
    const modules = join(dir, 'node_modules');
    pkg = join(modules, 'tocsin');
    mkdirSync(pkg, { recursive: true });
    await run('tar', ['-xzf', join(dir, packed.filename), '-C', pkg, '--strip-components=1']);
    symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
  }, 240_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('ships the built code, the UI and the notices, and no sources or tests', () => {
    for (const f of [
      'bin/tocsin',
      'dist/cli.js',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/sms-worker.js',
      'NOTICE',
    ])
      expect(existsSync(join(pkg, f)), f).toBe(true);
    expect(existsSync(join(pkg, 'dist', 'data', 'asn-table.bin.gz'))).toBe(true);
    expect(existsSync(join(pkg, 'src', 'web', 'dist', 'index.html'))).toBe(true);
    expect(existsSync(join(pkg, 'src', 'main.ts'))).toBe(false);
    expect(existsSync(join(pkg, 'test'))).toBe(false);
  });

  it('runs the CLI from dist/: the seed SMS is smishing, China Mobile', async () => {
    const r = await runCli(['sms', 'check', '--json', '--sender', '10086', SEED], {
      bin: join(pkg, 'bin', 'tocsin'),
      cwd: dir,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const verdict = JSON.parse(r.stdout) as { verdict: string; brand: string; lure: string };
    expect(verdict).toMatchObject({
      verdict: 'smishing',
      brand: 'China Mobile',
      lure: 'points_redemption',
    });
  });

  it('enriches offline from the shipped AS table', async () => {
    const r = await runCli(['enrich', '213.24.76.23', '--offline', '--json'], {
      bin: join(pkg, 'bin', 'tocsin'),
      cwd: dir,
      env: { TOCSIN_DATA_DIR: join(dir, 'data') },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('8342');
  });

  it("gives classifySms from the package entry, with the CLI's record", async () => {
    const script = join(dir, 'consumer.mjs');
    writeFileSync(
      script,
      [
        "import { classifySms, AppError } from 'tocsin';",
        `const v = classifySms({ text: ${JSON.stringify(SEED)}, sender: '10086' });`,
        'let code = null;',
        "try { classifySms({ text: '  ' }); } catch (e) { code = e instanceof AppError ? e.code : 'other'; }",
        'console.log(JSON.stringify({ v, code }));',
      ].join('\n'),
    );
    const { stdout } = await run(process.execPath, [script], { cwd: dir, timeout: 60_000 });
    const { v, code } = JSON.parse(stdout) as { v: Record<string, unknown>; code: string };
    expect(v).toMatchObject({ verdict: 'smishing', brand: 'China Mobile' });
    expect(code).toBe('SMS_TEXT_MISSING');
    const cli = await runCli(['sms', 'check', '--json', '--sender', '10086', SEED]);
    expect(v).toEqual(JSON.parse(cli.stdout));
  });

  it('serves from dist/, classifying SMS on its worker thread', async () => {
    const server = await startTocsinServer(
      join(dir, 'serve-data'),
      { TOCSIN_SERVER__SMS_WORKERS: '1' },
      join(pkg, 'bin', 'tocsin'),
    );
    try {
      const res = await fetch(`${server.url}/v1/sms/classify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: SEED, sender: '10086' }),
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ verdict: 'smishing', brand: 'China Mobile' });
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
  });
});
