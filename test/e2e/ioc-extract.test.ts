import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makePdf } from '../fixtures/ioc/make-pdf.js';
import { createStixValidator } from '../fixtures/ioc/stix-validator.js';
import { runCli } from '../support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'tocsin-ioc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SEED = readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'ioc', 'reports', 'carbanak-c2.txt'),
  'utf8',
);

describe('tocsin ioc extract', () => {
  it('reads stdin and prints indicators and relations as JSON', async () => {
    const r = await runCli(['ioc', 'extract'], { stdin: SEED });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      iocs: Array<{ type: string; value: string; raw: string; offset: number }>;
      relations: Array<{ source: { value: string }; type: string; target: { value: string } }>;
    };
    expect(out.iocs.map((i) => `${i.type}:${i.value}`)).toEqual([
      'domain:systemsvc.net',
      'ipv4:213.24.76.23',
      'asn:AS8342',
    ]);
    for (const i of out.iocs) expect(SEED.slice(i.offset, i.offset + i.raw.length)).toBe(i.raw);
    expect(out.relations.map((x) => `${x.source.value} ${x.type} ${x.target.value}`)).toEqual([
      'systemsvc.net resolves-to 213.24.76.23',
      '213.24.76.23 belongs-to AS8342',
    ]);
  });

  it('prints a STIX 2.1 bundle that validates against the OASIS schemas', async () => {
    const file = join(dir, 'seed.txt');
    writeFileSync(file, SEED);
    const r = await runCli([
      'ioc',
      'extract',
      file,
      '--format',
      'stix',
      '--created',
      '2026-03-01T12:00:00Z',
    ]);
    expect(r.code).toBe(0);
    const bundle = JSON.parse(r.stdout) as {
      type: string;
      objects: Array<{ type: string; created?: string }>;
    };
    expect(createStixValidator()(bundle)).toEqual([]);
    expect(bundle.objects.filter((o) => o.type === 'relationship')).toHaveLength(2);
    expect(
      bundle.objects.every(
        (o) => o.created === undefined || o.created === '2026-03-01T12:00:00.000Z',
      ),
    ).toBe(true);
  });

  it('reads a PDF and an HTML page, recognised by content', async () => {
    const pdf = join(dir, 'report.bin');
    writeFileSync(
      pdf,
      makePdf(['Stage two: hxxps://cdn-files[.]example.net/x.bin', 'C2 198.51.100[.]23 (AS64500)']),
    );
    const html = join(dir, 'post.txt');
    writeFileSync(
      html,
      '<!doctype html><html><body><p>C2 <code>evil-panel[.]example.org</code></p><script>x.y.com</script></body></html>',
    );
    const r = await runCli(['ioc', 'extract', pdf, html, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual(
      expect.arrayContaining([
        'type,value,raw,offset',
        expect.stringMatching(
          /^url,https:\/\/cdn-files\.example\.net\/x\.bin,hxxps:\/\/cdn-files\[\.\]example\.net\/x\.bin,\d+$/,
        ),
        expect.stringMatching(/^ipv4,198\.51\.100\.23,198\.51\.100\[\.\]23,\d+$/),
        expect.stringMatching(/^domain,evil-panel\.example\.org,evil-panel\[\.\]example\.org,\d+$/),
      ]),
    );
    expect(r.stdout).not.toContain('x.y.com');
  });

  it('filters with --types and prints text', async () => {
    const r = await runCli(['ioc', 'extract', '--types', 'ipv4,asn', '--format', 'text'], {
      stdin: SEED,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('ipv4\t213.24.76.23\nasn\tAS8342\n213.24.76.23 -[belongs-to]-> AS8342\n');
  });

  it.each([
    ['a broken PDF', '%PDF-1.7\n1 0 obj broken', 'IOC_PDF_INVALID'],
    ['binary data', Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]), 'INPUT_BINARY'],
  ])('refuses %s with exit status 2', async (_name, content, code) => {
    const file = join(dir, `bad-${code}`);
    writeFileSync(file, content);
    const r = await runCli(['ioc', 'extract', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`[${code}]`);
    expect(r.stdout).toBe('');
  });

  it('refuses a 200 MB file before reading it, and stdin past --max-bytes', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 200 * 1024 * 1024); // sparse: no disk space, no memory
    const r = await runCli(['ioc', 'extract', big]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[IOC_INPUT_TOO_LARGE]');
    const s = await runCli(['ioc', 'extract', '--max-bytes', '1000'], { stdin: 'a'.repeat(5000) });
    expect(s.code).toBe(2);
    expect(s.stderr).toContain('[IOC_INPUT_TOO_LARGE]');
  });

  it('--jsonl reports bad lines in place and exits 2', async () => {
    const input = [
      JSON.stringify({ id: 'r1', text: 'C2 evil[.]example.com' }),
      'not json',
      JSON.stringify({ id: 'r3' }),
      JSON.stringify({ id: 'r4', text: 'beacon 192.0.2[.]10' }),
    ].join('\n');
    const r = await runCli(['ioc', 'extract', '--jsonl'], { stdin: `${input}\n` });
    expect(r.code).toBe(2);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({
      id: 'r1',
      iocs: [{ type: 'domain', value: 'evil.example.com', raw: 'evil[.]example.com', offset: 3 }],
    });
    expect(lines[1]).toMatchObject({ error: { code: 'IOC_JSON_INVALID' } });
    expect(lines[2]).toMatchObject({ id: 'r3', error: { code: 'IOC_JSON_INVALID' } });
    expect(lines[3]).toMatchObject({ id: 'r4', iocs: [{ type: 'ipv4', value: '192.0.2.10' }] });
    expect(r.stderr).toContain('2 of 4 lines rejected');
  });

  it('rejects an unknown --types value as bad usage', async () => {
    const r = await runCli(['ioc', 'extract', '--types', 'domain,hostname'], { stdin: SEED });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('hostname');
  });
});
