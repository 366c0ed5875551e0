import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError, ErrorCode } from './app-error.js';

describe('error registry', () => {
  it('matches docs/errors.md exactly', () => {
    const doc = readFileSync(new URL('../../../docs/errors.md', import.meta.url), 'utf8');
    const documented = [...doc.matchAll(/^## ([A-Z0-9_]+)$/gm)].map((m) => m[1]);
    expect([...documented].sort()).toEqual([...ErrorCode].sort());
  });

  it('wraps its cause and keeps its code', () => {
    const cause = new Error('boom');
    const e = new AppError('DNS_TIMEOUT', 'resolver did not answer', { cause, details: { ms: 5 } });
    expect(e.code).toBe('DNS_TIMEOUT');
    expect(e.cause).toBe(cause);
    expect(e.details).toEqual({ ms: 5 });
    expect(e.name).toBe('AppError');
  });
});
