import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

describe('tocsin CLI basics', () => {
  it('teaches with --help and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('sms');
    expect(r.stdout).toContain('serve');
  });

  it('exits 2 with a message on stderr for an unknown command', async () => {
    const r = await runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
    expect(r.stdout).toBe('');
  });

  it('exits 2 for an invalid config value, naming it', async () => {
    const r = await runCli(['config', 'show'], { env: { TOCSIN_SERVER__PORT: 'nope' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/server\.port/);
    expect(r.stderr).toContain('[CONFIG_INVALID]');
  });

  it('config show honours --data-dir over the environment', async () => {
    const r = await runCli(['config', 'show', '--data-dir', '/tmp/from-flag'], {
      env: { TOCSIN_DATA_DIR: '/tmp/from-env' },
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).dataDir).toBe('/tmp/from-flag');
  });
});
