import { describe, expect, it } from 'vitest';
import { extractLinks, findEmailAddresses } from './extract-links.js';
import { toFoldedText } from './fold-text.js';

const urls = (text: string) => extractLinks(text).map((l) => l.url);

describe('extractLinks', () => {
  it.each([
    ['请登录 10086wds.cn 领取', ['http://10086wds.cn']],
    ['请登录 10086 wds .cn 领取', ['http://10086wds.cn']],
    ['请登录１００８６ｗｄｓ．ｃｎ领取', ['http://10086wds.cn']],
    ['登录10086wds。cn/abc领取', ['http://10086wds.cn/abc']],
    ['点击 http://jf-10086.top/x 按提示', ['http://jf-10086.top/x']],
    ['官网:http://www.dwz.cz/2c04', ['http://www.dwz.cz/2c04']],
    ['hxxps://evil[.]com/a', ['https://evil.com/a']],
    ['go to usps .com now', ['http://usps.com']],
    ['go to usps. com now', ['http://usps.com']],
    // spaces after every dot, on both sides of a dot, before the last dot
    ['visit www. evil. com now', ['http://www.evil.com']],
    ['pay at usps-help . top today', ['http://usps-help.top']],
    ['track at usps . com/track', ['http://usps.com/track']],
    ['see www.evil .top/x', ['http://www.evil.top/x']],
    // a sentence ends before a link: the word before the dot is not part of the host
    ['your new sign-in. netflix.com/youraccount', ['http://netflix.com/youraccount']],
    ['Your card was used. barclays.co.uk/security', ['http://barclays.co.uk/security']],
    ['update address at usps-redelivery.top', ['http://usps-redelivery.top']],
    ['Visit HTTPS://Tools.USPS.com/Go/TrackConfirm', ['https://tools.usps.com/Go/TrackConfirm']],
    ['get it at http://1.2.3.4:8080/a.apk now', ['http://1.2.3.4:8080/a.apk']],
    ['http:Ow.ly/ozvo308t.Jxz for more', ['http://ow.ly/ozvo308t.Jxz']],
    ['see t.cn/A6ZX5wgg', ['http://t.cn/A6ZX5wgg']],
    ['打开www.tm2.ch补充核查', ['http://www.tm2.ch']],
    ['link http://usps.com@evil.top/x.', ['http://evil.top/x']],
    ['mail a@b.com or see evil.top/x', ['http://evil.top/x']],
    ['see http://аpple.com/x', ['http://xn--pple-43d.com/x']],
    ['two: a-b.com, c.net.', ['http://a-b.com', 'http://c.net']],
    ['update: netflix-billing.help', ['http://netflix-billing.help']],
    ['sign in at ms365.support now', ['http://ms365.support']],
    ['buy at tickets.Shop/abc now', ['http://tickets.shop/abc']],
    ['VISIT WWW.SMS.AC NOW', ['http://www.sms.ac']],
    ['GO TO USPS-HELP.TOP', ['http://usps-help.top']],
    // a name under a public suffix of two labels is a domain whatever the country's TLD
    ['Pay via e-services at eservices.capetown.gov.za, EFT', ['http://eservices.capetown.gov.za']],
    ['apply at nhif.or.ke today', ['http://nhif.or.ke']],
    // not links
    ['3.5元', []],
    ['价格10.8元', []],
    ['ok.so what now', []],
    ['all done.now go home', []],
    ['see.you tomorrow', []],
    ['ok. see. you', []],
    ['I am here . now what', []],
    ['it is 5 . 30 now', []],
    ['tot about u 2day.love n miss', []],
    ['txt PT2 to 87575. so get txtin', []],
    // a short English word after a dot and a space goes on with the sentence
    ['R1,250 each. my FNB acc is 628', []],
    ['all paid. us too', []],
    ['open file.pdf please', []],
    // an e-mail address is not a link to its domain
    ['Password reset requested for j.smith@example.co.uk. Ignore it if', []],
    ['write to help@usps-support.top today', []],
    // two sentences run together: a capitalised word after the dot is not a TLD
    ['Got the tickets.Shop closes at 6', []],
    ['Call me.Today is fine', []],
    ['Great news.Win!', []],
    ['version 1.2.3.4', []],
    ['Hello. how are you', []],
    ['I.ll call u later...', []],
    ['a.a.a.a.a.a', []],
    ['URL', []],
    ['请登入URL进行升级', []],
    // a brand's domain put in front of the scammer's own, under any TLD
    ['go to usps.com.evil.help now', ['http://usps.com.evil.help']],
    ['verify at paypal.co.uk.secure.support', ['http://paypal.co.uk.secure.support']],
    ['see you.com.later', []],
    // a domain's ending as the registrable label under another TLD: a .gov.cn site in disguise
    ['请点击 ybj-gov.cn.cm 办理转移', ['http://ybj-gov.cn.cm']],
    ['see.you later', []],
    // free hosting: any name under it is a site
    ['rebook at royalmail-redeliver.pages.dev now', ['http://royalmail-redeliver.pages.dev']],
    ['pay at post-gov-tw.vercel.app', ['http://post-gov-tw.vercel.app']],
  ])('extractLinks(%j)', (text, expected) => {
    expect(urls(text)).toEqual(expected);
  });

  it.each([
    ['write to claims@coke-grant.co.uk now', ['claims@coke-grant.co.uk']],
    ['Contact us Via Email: covid19grant@cokegrant.com.', ['covid19grant@cokegrant.com']],
    ['a@b.com and c.d+e@f.org', ['a@b.com', 'c.d+e@f.org']],
    // not addresses: no dot, a one-letter TLD, a user name, the userinfo of a link
    ['at me@home tonight', []],
    ['x@y.z', []],
    ['@mention here', []],
    ['see http://usps.com@evil.top/x', []],
  ])('findEmailAddresses(%j)', (text, expected) => {
    const f = toFoldedText(text);
    const spans = findEmailAddresses(
      f,
      extractLinks(text, f).map((l) => [l.start, l.end]),
    );
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(expected);
  });

  it('gives spans into the original text, full-width included', () => {
    const text = '请登录１００８６ｗｄｓ．ｃｎ领取';
    const [l] = extractLinks(text);
    expect(text.slice(l!.start, l!.end)).toBe('１００８６ｗｄｓ．ｃｎ');
    expect(l!.obfuscation).toEqual(['full-width', 'ideographic-dot']);
  });

  it('reports how a link was disguised', () => {
    expect(extractLinks('请登录 10086 wds .cn 领取')[0]!.obfuscation).toEqual(['spaces']);
    expect(extractLinks('hxxp://a.com/x')[0]!.obfuscation).toEqual(['hxxp']);
    expect(extractLinks('http://10086.cn')[0]!.obfuscation).toEqual([]);
    expect(extractLinks('Repair complete. apple.com/support')[0]!.obfuscation).toEqual([]);
  });

  it.each([
    ['請於今日更新：p o s t - t w . c c', 'http://post-tw.cc', 'p o s t - t w . c c'],
    ['更新：p o s t - t w . c c。', 'http://post-tw.cc', 'p o s t - t w . c c'],
    ['visit u s p s - h e l p . c o m now', 'http://usps-help.com', 'u s p s - h e l p . c o m'],
  ])('reads a host written one character at a time: %s', (text, url, written) => {
    const links = extractLinks(text);
    expect(links.map((l) => l.url)).toEqual([url]);
    expect(text.slice(links[0]!.start, links[0]!.end)).toBe(written);
    expect(links[0]!.obfuscation).toContain('spaces');
  });

  it.each(['see a. b. c and more', 'a . b . c .', 'x y . z w . q', 'I got an A . B . C grade'])(
    'reads no host from a few spaced letters: %s',
    (text) => {
      expect(extractLinks(text)).toEqual([]);
    },
  );

  it('decodes IDN hosts for lookalike checks', () => {
    const [l] = extractLinks('http://xn--pple-43d.com');
    expect(l!.isIdn).toBe(true);
    expect(l!.unicodeHost).toBe('аpple.com');
  });

  it('gives the registrable domain and suffix', () => {
    const [l] = extractLinks('see https://jf.10086.cn/a');
    expect([l!.host, l!.domain, l!.publicSuffix]).toEqual(['jf.10086.cn', '10086.cn', 'cn']);
  });

  it.each([
    ['http://1.2.3.4/x', [['1.2.3.4', true]]],
    ['http://255.255.255.255/', [['255.255.255.255', true]]],
    ['http://01.02.03.004/a', [['01.02.03.004', true]]],
    ['see 10.0.0.1/login now', [['10.0.0.1', true]]],
    ['http://256.1.1.1/x', []],
    ['http://1.2.3/x', []],
    ['http://1.2.3.4.5/x', []],
    ['http://0001.2.3.4/x', []],
    ['http://1..2.3/x', []],
    ['http://1.2.3.4a/x', []],
    ['1.2.3.4', []],
  ])('tells raw IPv4 hosts: %s', (text, want) => {
    expect(extractLinks(text).map((l) => [l.host, l.isIp])).toEqual(want);
  });

  it('builds every link with the same fields in the same order', () => {
    const keys = extractLinks('a.com/x http://1.2.3.4/y 10086wds.cn').map((l) => Object.keys(l));
    expect(new Set(keys.map((k) => k.join())).size).toBe(1);
    expect(keys[0]).toEqual([
      'url',
      'host',
      'unicodeHost',
      'domain',
      'publicSuffix',
      'isIp',
      'port',
      'path',
      'isIdn',
      'isShortener',
      'obfuscation',
      'start',
      'end',
    ]);
  });
});

describe('extractLinks: a date before a merchant written as a host', () => {
  it.each([
    ['台新銀行：您的信用卡於03/15 APPLE.COM/BILL消費NT$90', 'http://apple.com/BILL'],
    ['您的卡於2024/3/15 NETFLIX.COM扣款', 'http://netflix.com'],
  ])('keeps the date out of the host: %s', (text, url) => {
    expect(extractLinks(text).map((l) => l.url)).toEqual([url]);
  });

  it('still joins a host hidden by spaces between Chinese words', () => {
    expect(extractLinks('请登录 10086 wds .cn 领取').map((l) => l.url)).toEqual([
      'http://10086wds.cn',
    ]);
  });
});
