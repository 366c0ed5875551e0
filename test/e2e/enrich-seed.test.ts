import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Enrichment } from '../../src/core/enrich/types.js';
import { runCli } from '../support/run-cli.js';
import { type RdapServer, startRdapServer } from '../support/rdap-server.js';

describe('tocsin enrich: the Carbanak seed case', () => {
  let rdap: RdapServer;
  beforeAll(async () => {
    rdap = await startRdapServer();
  });
  afterAll(async () => {
    await rdap.stop();
  });

  it('names AS8342, RU, the prefix and the state-owned row, offline', async () => {
    const r = await runCli(['enrich', '213.24.76.23', '--offline']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('AS8342 JSC RTComm.RU');
    expect(r.stdout).toContain('country   RU');
    expect(r.stdout).toContain('prefix    213.24.76.0/23');
    expect(r.stdout).toContain('class     state-owned network');
    expect(r.stdout).toContain('8342,RU-ROSTELECOM,ORG-RA25-RIPE,JSC RTComm.RU,RU,Russia,RIPE');
    expect(r.stdout).toContain(
      'summary   213.24.76.23 (AS8342 JSC RTComm.RU, RU; state-owned network)',
    );
  });

  it('adds the government classification from an RDAP answer naming the FSB', async () => {
    const r = await runCli(['enrich', '213.24.76.23', '--json', '--rdap-base-url', rdap.baseUrl], {
      env: { TOCSIN_DNS__RESOLVER: '127.0.0.1:9' },
    });
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout) as Enrichment;
    expect(e.rdap.status).toBe('ok');
    const kinds = e.classifications.map((c) => c.kind);
    expect(kinds).toEqual(['state-owned', 'government']);
    const gov = e.classifications[1];
    expect(gov?.label).toBe(
      'intelligence-service registrant (Russian Federal Security Service (FSB))',
    );
    expect(gov?.evidence).toContain('Federal Security Service of Russian Federation (FSB)');
    expect(gov?.source).toBe(`RDAP ${rdap.baseUrl}ip/213.24.76.23`);
  });

  it('processes the good lines of a list with garbage and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tocsin-enrich-'));
    const file = join(dir, 'iocs.txt');
    writeFileSync(file, '# seed\n213.24.76.23\nnot an indicator\n\n8.8.8[.]8\n999.1.1.1\n');
    const r = await runCli(['enrich', '--offline', '--json', '--input', file]);
    expect(r.code).toBe(2);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l['indicator'] ?? (l['error'] as { code: string }).code)).toEqual([
      '213.24.76.23',
      'ENRICH_INDICATOR_INVALID',
      '8.8.8.8',
      'ENRICH_INDICATOR_INVALID',
    ]);
    expect(r.stderr).toContain('line 3: not an indicator');
    expect(r.stderr).toContain('line 6: not an indicator');
  });

  it('reports unreachable DNS and RDAP as unavailable, not a crash', async () => {
    const r = await runCli(
      [
        'enrich',
        'systemsvc.net',
        '--json',
        '--resolver',
        '127.0.0.1:9',
        '--rdap-base-url',
        'http://127.0.0.1:9/',
      ],
      {
        env: { TOCSIN_DNS__TIMEOUT_MS: '200' },
      },
    );
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout) as Enrichment;
    expect(['unavailable', 'timeout', 'refused']).toContain(e.dns?.status);
    expect(e.rdap.status).toBe('unavailable');
  });
});
