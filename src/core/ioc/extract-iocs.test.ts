import { describe, expect, it } from 'vitest';
import { extractIocs } from './extract-iocs.js';
import type { IocType } from './types.js';

function found(text: string): string[] {
  return extractIocs(text).iocs.map((i) => `${i.type}:${i.value}`);
}

describe('extractIocs: indicator types', () => {
  it.each<[string, string[]]>([
    [
      'C2 at hxxps://update-check[.]example.net/gate.php?id=7',
      ['url:https://update-check.example.net/gate.php?id=7', 'domain:update-check.example.net'],
    ],
    ['beacon to 198.51.100[.]23:443', ['ipv4:198.51.100.23']],
    ['range 203.0.113.0/24 was used', ['cidr:203.0.113.0/24']],
    ['v6 host 2001:DB8:0:0:0:0:0:1 seen', ['ipv6:2001:db8::1']],
    ['v6 net 2001:db8:abcd::/48 seen', ['cidr:2001:db8:abcd::/48']],
    ['mail from billing[at]secure-pay[.]example.com', ['email:billing@secure-pay.example.com']],
    ['MD5 D41D8CD98F00B204E9800998ECF8427E', ['md5:d41d8cd98f00b204e9800998ecf8427e']],
    [
      'SHA1 da39a3ee5e6b4b0d3255bfef95601890afd80709',
      ['sha1:da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ],
    [
      'sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855.',
      ['sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ],
    ['exploits cve-2021-44228 and CVE-2017-0199', ['cve:CVE-2021-44228', 'cve:CVE-2017-0199']],
    ['announced by AS64500 and ASN 64501.', ['asn:AS64500', 'asn:AS64501']],
    ['call +1 (202) 555-0142 now', ['phone:+12025550142']],
    ['ransom to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', ['btc:1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2']],
    [
      'or bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
      ['btc:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'],
    ],
    [
      'eth 0x52908400098527886E0F7030069857D2E4169EE7',
      ['eth:0x52908400098527886e0f7030069857d2e4169ee7'],
    ],
    ['hidden service expyuzz4wqqyqhjn.onion', ['domain:expyuzz4wqqyqhjn.onion']],
    ['Domain: EVIL-CDN.EXAMPLE.COM', ['domain:evil-cdn.example.com']],
    [
      '访问http://钓鱼.example.com/ no; 访问 http://10086-jf.example.cn/app.apk。',
      ['url:http://10086-jf.example.cn/app.apk', 'domain:10086-jf.example.cn'],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('extractIocs: false friends', () => {
  it.each([
    'open invoice.pdf then run svchost.exe',
    'updated to version 1.2.3.4 of the agent',
    'calls os.path.join and System.Net.WebClient',
    'detected as Win32/Agent.AB and Trojan.Win32.Carberp and Backdoor.Win32.Agent.ad',
    'broken 999.1.1.1 and 1.2.3.4.5',
    'a dropper named report.zip and clip.mov',
    'hash-like run 0123456789abcdef0123456789abcdef0123456789abcdef00 is too long for md5',
    'time 12:30:45 and MAC 00:1a:2b:3c:4d:5e',
    'e.g. i.e. U.S. No.5',
    'tokens 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3 fails its checksum',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('a .zip domain counts when introduced as a domain or defanged', () => {
    expect(found('phishing domain: secure-login.zip')).toEqual(['domain:secure-login.zip']);
    expect(found('see secure-login[.]zip')).toEqual(['domain:secure-login.zip']);
  });

  it('a hash is not a slice of a longer hex run', () => {
    const run = 'a'.repeat(5) + 'd41d8cd98f00b204e9800998ecf8427e';
    expect(found(`x ${run} y`)).toEqual([]);
  });
});

describe('extractIocs: raw, offset, dedup, filter', () => {
  it('reports the first occurrence with the words written', () => {
    const text = 'Seen evil[.]example.com twice: evil.example.com';
    const r = extractIocs(text);
    expect(r.iocs).toEqual([
      { type: 'domain', value: 'evil.example.com', raw: 'evil[.]example.com', offset: 5 },
    ]);
  });

  it('offsets are UTF-16 indices', () => {
    const text = '🙂 中文 evil[.]example.com';
    const [ioc] = extractIocs(text).iocs;
    expect(ioc?.offset).toBe(text.indexOf('evil'));
  });

  it('joins a URL a PDF wrapped at the line end', () => {
    const text = `The second stage was downloaded from the following address https://cdn.example.org/assets/\nimg/loader.bin which`;
    expect(found(text)).toContain('url:https://cdn.example.org/assets/img/loader.bin');
  });

  it('--types keeps only the asked types', () => {
    const types: IocType[] = ['ipv4'];
    const r = extractIocs('evil.example.com resolves to 198.51.100.1', { types });
    expect(r.iocs.map((i) => i.type)).toEqual(['ipv4']);
    expect(r.relations).toEqual([]);
  });
});

describe('extractIocs: relations', () => {
  function rels(text: string): string[] {
    return extractIocs(text).relations.map((r) => `${r.source.value} ${r.type} ${r.target.value}`);
  }

  it.each<[string, string[]]>([
    [
      'the domain evil[.]example.com resolves to 198.51.100.7',
      ['evil.example.com resolves-to 198.51.100.7'],
    ],
    [
      'evil.example.com pointed to 198.51.100.7 and 198.51.100.8 last week',
      ['evil.example.com resolves-to 198.51.100.7', 'evil.example.com resolves-to 198.51.100.8'],
    ],
    ['payload hosted on 198.51.100.9 via cdn.example.net', []],
    [
      'c2.example.org is hosted on 203.0.113.5 (AS64500)',
      ['c2.example.org resolves-to 203.0.113.5', '203.0.113.5 belongs-to AS64500'],
    ],
    [
      '恶意域名 evil.example.com 指向 198.51.100.7，该IP属于AS64500',
      ['evil.example.com resolves-to 198.51.100.7', '198.51.100.7 belongs-to AS64500'],
    ],
    ['域名 evil.example.com 解析到 198.51.100.7', ['evil.example.com resolves-to 198.51.100.7']],
    ['198.51.100.7 in AS64500', ['198.51.100.7 belongs-to AS64500']],
    ['evil.example.com. 198.51.100.7 is unrelated.', []],
    [
      'hosts 198.51.100.7 and 198.51.100.200 in 198.51.100.0/25',
      ['198.51.100.7 contained-in 198.51.100.0/25'],
    ],
  ])('%s', (text, expected) => {
    expect(rels(text)).toEqual(expected);
  });

  it('finds the seed article relations', () => {
    const text =
      'the command-and-control (C2) domain systemsvc.net, used by the Carbanak banking-trojan, now resolves to IP address 213.24.76.23. This IP belongs to ASN AS8342 (RTComm.RU) and is registered to the FSB.';
    expect(found(text)).toEqual(['domain:systemsvc.net', 'ipv4:213.24.76.23', 'asn:AS8342']);
    expect(rels(text)).toEqual([
      'systemsvc.net resolves-to 213.24.76.23',
      '213.24.76.23 belongs-to AS8342',
    ]);
  });
});
