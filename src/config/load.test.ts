import { describe, expect, it } from 'vitest';
import { loadConfig, redactConfig, smsWorkersOf, storeUrlOf, toEnvName } from './load.js';

describe('loadConfig', () => {
  it('runs with no outside service by default', () => {
    const c = loadConfig();
    expect(c.dataDir).toBe('./data');
    expect(storeUrlOf(c)).toBe('sqlite:./data/tocsin.db');
    expect(c.server).toEqual({
      host: '127.0.0.1',
      port: 8080,
      bodyLimitBytes: 10_000_000,
      rateLimitPerMinute: 1200,
      corsOrigins: '',
      watch: true,
      smsWorkers: 'auto',
    });
  });

  it.each([
    ['auto', 'auto'],
    ['0', 0],
    ['3', 3],
  ])('reads TOCSIN_SERVER__SMS_WORKERS=%s as %s', (v, expected) => {
    expect(loadConfig({ env: { TOCSIN_SERVER__SMS_WORKERS: v } }).server.smsWorkers).toBe(expected);
  });

  it.each([
    ['auto', 1, 1],
    ['auto', 2, 1],
    ['auto', 8, 4],
    ['3', 2, 3],
    ['0', 8, 0],
  ])('smsWorkers %s on %i cores is %i threads', (v, cores, expected) => {
    const c = loadConfig({ env: { TOCSIN_SERVER__SMS_WORKERS: v } });
    expect(smsWorkersOf(c, cores)).toBe(expected);
  });

  it.each(['-1', '65', 'many', '1.5'])('refuses TOCSIN_SERVER__SMS_WORKERS=%s', (v) => {
    expect(() => loadConfig({ env: { TOCSIN_SERVER__SMS_WORKERS: v } })).toThrow();
  });

  it.each([
    ['false', false],
    ['0', false],
    ['true', true],
    ['1', true],
  ])('reads TOCSIN_SERVER__WATCH=%s as %s', (v, expected) => {
    expect(loadConfig({ env: { TOCSIN_SERVER__WATCH: v } }).server.watch).toBe(expected);
  });

  it('refuses a watch flag that is not a boolean', () => {
    expect(() => loadConfig({ env: { TOCSIN_SERVER__WATCH: 'yes please' } })).toThrow();
  });

  it('merges defaults < file < env < flags', () => {
    const c = loadConfig({
      file: { dataDir: '/f', server: { port: 1 } },
      env: { TOCSIN_DATA_DIR: '/e', TOCSIN_SERVER__PORT: '2' },
      flags: { 'server.port': 3 },
    });
    expect(c.dataDir).toBe('/e');
    expect(c.server.port).toBe(3);
  });

  it.each([
    ['dataDir', 'TOCSIN_DATA_DIR'],
    ['server.bodyLimitBytes', 'TOCSIN_SERVER__BODY_LIMIT_BYTES'],
    ['dns.resolver', 'TOCSIN_DNS__RESOLVER'],
  ])('maps %s to %s', (path, name) => {
    expect(toEnvName(path)).toBe(name);
  });

  it('rejects unknown keys with their path', () => {
    expect(() => loadConfig({ file: { server: { prot: 1 } } })).toThrow(/server/);
  });

  it('rejects a resolver that is not HOST:PORT', () => {
    expect(() => loadConfig({ flags: { 'dns.resolver': 'nope' } })).toThrow(/HOST:PORT/);
  });

  it('returns a frozen object', () => {
    const c = loadConfig();
    expect(Object.isFrozen(c.server)).toBe(true);
  });

  it('redacts passwords in store URLs', () => {
    const c = loadConfig({ flags: { 'store.url': 'postgres://u:secret@127.0.0.1:5/db' } });
    expect(redactConfig(c).store.url).toBe('postgres://u:***@127.0.0.1:5/db');
  });
});
