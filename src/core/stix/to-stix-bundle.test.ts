import { describe, expect, it } from 'vitest';
import { createStixValidator } from '../../../test/fixtures/ioc/stix-validator.js';
import { extractIocs } from '../ioc/extract-iocs.js';
import { toStixBundle } from './to-stix-bundle.js';

const CREATED = '2026-01-02T03:04:05.000Z';
const REPORT = `Trend Micro found that the C2 domain systemsvc[.]net now resolves to 213.24.76.23. This IP belongs to
ASN AS8342 (RTComm.RU). The loader at hxxp://cdn-update[.]example.com/a?b='c' (SHA-256
e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855, MD5 d41d8cd98f00b204e9800998ecf8427e) exploits
CVE-2017-11882; phishing mail came from payroll[at]example.org, the backup host 2001:db8::7 sits in 2001:db8::/32
and 203.0.113.9 in 203.0.113.0/24. Ransom: 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2, call +44 20 7946 0958.`;

describe('toStixBundle', () => {
  const validate = createStixValidator();
  const bundle = toStixBundle(extractIocs(REPORT), { created: CREATED });
  const objects = bundle.objects ?? [];
  const byType = (t: string) => objects.filter((o) => o.type === t);

  it('validates against the OASIS STIX 2.1 schemas', () => {
    expect(validate(bundle)).toEqual([]);
    expect(objects.length).toBeGreaterThan(20);
  });

  it('holds one report referring to every other object', () => {
    const [report, ...rest] = objects;
    expect(report?.type).toBe('report');
    expect(new Set(report?.['object_refs'] as string[])).toEqual(new Set(rest.map((o) => o.id)));
  });

  it('gives observables their STIX 2.1 deterministic ids', () => {
    const domain = byType('domain-name').find((o) => o['value'] === 'systemsvc.net');
    expect(domain?.id).toBe('domain-name--73cb8d67-bfad-5064-b2f1-4bdf583807a4');
    const asn = byType('autonomous-system')[0];
    expect(asn?.id).toBe('autonomous-system--03bd818f-8bdb-5e57-9059-20b982b496a4');
  });

  it('states the relations as relationships and embedded refs', () => {
    const ip = byType('ipv4-addr').find((o) => o['value'] === '213.24.76.23');
    const domain = byType('domain-name').find((o) => o['value'] === 'systemsvc.net');
    expect(domain?.['resolves_to_refs']).toEqual([ip?.id]);
    expect(ip?.['belongs_to_refs']).toEqual([
      'autonomous-system--03bd818f-8bdb-5e57-9059-20b982b496a4',
    ]);
    const rels = byType('relationship').map((r) => r['relationship_type']);
    expect(rels).toEqual(expect.arrayContaining(['resolves-to', 'belongs-to', 'contained-in']));
  });

  it('writes one STIX pattern per observable, quoting safely', () => {
    const patterns = byType('indicator').map((i) => i['pattern']);
    expect(patterns).toContain("[domain-name:value = 'systemsvc.net']");
    expect(patterns).toContain('[autonomous-system:number = 8342]');
    expect(patterns).toContain(
      "[file:hashes.'SHA-256' = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']",
    );
    expect(patterns).toContain("[url:value = 'http://cdn-update.example.com/a?b=']");
    expect(patterns).toContain("[ipv6-addr:value ISSUBSET '2001:db8::/32']");
  });

  it('escapes quotes and backslashes in pattern strings', () => {
    const url = "http://example.com/a'b\\c";
    const b = toStixBundle(
      { iocs: [{ type: 'url', value: url, raw: url, offset: 0 }], relations: [] },
      { created: CREATED },
    );
    const indicator = (b.objects ?? []).find((o) => o.type === 'indicator');
    expect(indicator?.['pattern']).toBe("[url:value = 'http://example.com/a\\'b\\\\c']");
  });

  it('is deterministic and takes its timestamps from the caller', () => {
    const again = toStixBundle(extractIocs(REPORT), { created: CREATED });
    expect(again).toEqual(bundle);
    expect(
      byType('indicator').every((i) => i['created'] === CREATED && i['valid_from'] === CREATED),
    ).toBe(true);
  });

  it('gives a valid empty bundle when nothing was found', () => {
    const empty = toStixBundle(extractIocs('nothing here'), { created: CREATED });
    expect(empty.objects).toBeUndefined();
    expect(validate(empty)).toEqual([]);
  });
});
