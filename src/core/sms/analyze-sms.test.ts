import { describe, expect, it } from 'vitest';
import { analyzeSms, type SmsAnalysis } from './analyze-sms.js';
import type { SignalCode } from './types.js';

const codes = (a: SmsAnalysis): SignalCode[] => a.hits.map((h) => h.code);
const hit = (a: SmsAnalysis, code: SignalCode) => a.hits.find((h) => h.code === code);
const NOT_OFFICIAL: SignalCode[] = [
  'BRAND_LINK_NOT_OFFICIAL',
  'OFFICIAL_SENDER_LINK_NOT_OFFICIAL',
  'LINK_LOOKALIKE_DOMAIN',
];

describe('analyzeSms: the seed case (fake 10086 points-for-cash)', () => {
  it.each([
    [
      '【中国移动】尊敬的客户，您的积分即将清零，可兑换现金礼包，请登录 10086wds.cn 领取',
      undefined,
    ],
    [
      '中国移动提醒您：您的话费积分已满足兑换360.8元现金条件，点击 http://jf-10086.top/x 按提示下载客户端领取',
      undefined,
    ],
    [
      '尊敬的用户:您的积分已满足兑换360.8元现金礼包条件,请登陆移动商城10086wds.cn按提示下载客户端领取,中国移动',
      '10086',
    ],
    [
      '【移动积分】您的积分已累计10800分，现可兑换108元，即日将清零，详情请登录官网:http://www.dwz.cz/2c04',
      '10086',
    ],
    ['尊敬的客户，您的移动积分即将过期，可兑换现金礼包，请登录 10086 wds .cn 领取', '+86 10086'],
    [
      '您的话费积分可以兑换215.5元现金，登录网址１００８６ｚｈｉｅ．ｃｏｍ领取【中国移动】',
      undefined,
    ],
    ['【10086】您的积分将于今日清零，请登录 tjf10086.com 兑换现金', '1065810086'],
  ])('%s (sender %s) is China Mobile, points_redemption, not official', (text, sender) => {
    const a = analyzeSms({ text, sender });
    expect(a.brand).toBe('China Mobile');
    expect(a.lure).toBe('points_redemption');
    expect(codes(a)).toEqual(expect.arrayContaining(['BRAND_CLAIMED', 'LINK_PRESENT', 'LURE']));
    expect(
      codes(a).some(
        (c) => c === 'BRAND_LINK_NOT_OFFICIAL' || c === 'OFFICIAL_SENDER_LINK_NOT_OFFICIAL',
      ),
    ).toBe(true);
    expect(codes(a)).not.toContain('OFFICIAL_SENDER_OFFICIAL_LINK');
  });

  it('names the forged official sender and the registry row in the evidence', () => {
    const a = analyzeSms({
      text: '【中国移动】尊敬的客户，您的积分即将清零，可兑换现金礼包，请登录 10086wds.cn 领取',
      sender: '10086',
    });
    expect(codes(a)).toEqual(
      expect.arrayContaining([
        'OFFICIAL_SENDER_LINK_NOT_OFFICIAL',
        'BRAND_LINK_NOT_OFFICIAL',
        'LINK_LOOKALIKE_DOMAIN',
      ]),
    );
    expect(hit(a, 'BRAND_LINK_NOT_OFFICIAL')!.evidence).toContain(
      "claims China Mobile (sender 10086) but links to 10086wds.cn; China Mobile's official domains: 10086.cn (registry row china-mobile",
    );
    expect(a.urls).toEqual(['http://10086wds.cn']);
  });

  it('the same notice from 10086 linking to jf.10086.cn is official, with no not-official signal', () => {
    const a = analyzeSms({
      text: '【中国移动】尊敬的客户，您的积分即将清零，可兑换现金礼包，请登录 jf.10086.cn 领取',
      sender: '10086',
    });
    expect(codes(a)).toContain('OFFICIAL_SENDER_OFFICIAL_LINK');
    for (const c of NOT_OFFICIAL) expect(codes(a)).not.toContain(c);
  });

  it('a notice that claims China Mobile in its text and links only to 10086.cn is its own notice', () => {
    const a = analyzeSms({
      text: '【中国移动】您的积分可兑换话费或流量，详情请访问 https://jf.10086.cn 查询。',
    });
    expect(codes(a)).toContain('BRAND_OFFICIAL_CONTACT');
    expect(codes(a)).not.toContain('OFFICIAL_SENDER_OFFICIAL_LINK');
    expect(hit(a, 'BRAND_OFFICIAL_CONTACT')!.evidence).toMatch(
      /^claims China Mobile \(text "中国移动"\) and every link is on its official domains: jf\.10086\.cn \(registry row china-mobile/,
    );
    expect(hit(a, 'BRAND_OFFICIAL_CONTACT')!.spans).toEqual([[25, 44]]);
    expect(a.officialNotice).toBe(true);
    for (const c of NOT_OFFICIAL) expect(codes(a)).not.toContain(c);
  });

  it("a call-back to the claimed bank's own line is no call-back number, and says whose line it is", () => {
    const a = analyzeSms({
      text: 'NatWest and Lloyds customers: if you did not make this payment, call Lloyds on +44 345 300 0000.',
    });
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
    expect(hit(a, 'BRAND_OFFICIAL_CONTACT')!.evidence).toContain(
      'the number to call is its own line: +44 345 300 0000',
    );
    // the same words with a number that is not Lloyds' line
    const b = analyzeSms({
      text: 'NatWest and Lloyds customers: if you did not make this payment, call Lloyds on +44 345 300 0001.',
    });
    expect(codes(b)).toContain('CALLBACK_NUMBER');
    expect(codes(b)).not.toContain('BRAND_OFFICIAL_CONTACT');
  });

  it("a notice that names no one but links only to 10086.cn is China Mobile's own", () => {
    const a = analyzeSms({ text: '详情请访问 https://jf.10086.cn 查询' });
    expect(a.brand).toBe('China Mobile');
    expect(hit(a, 'BRAND_OFFICIAL_CONTACT')!.evidence).toContain(
      'is about China Mobile (named by its links only) and every link is on its official domains: jf.10086.cn',
    );
    expect(a.officialNotice).toBe(true);
  });

  it.each([
    // one link off the brand's domains, a link of an unknown host (placeholder), a shop, no link
    ['【中国移动】详情请访问 jf.10086.cn 或 jf-10086.cn 查询', {}],
    ['【中国移动】详情请访问 URL 查询', { placeholderLinks: true }],
    ['【天猫】详情请访问 skechers.tmall.com 查询', {}], // a seller's shop on the marketplace's domain
  ])('finds no official-link notice in %j', (text, options) => {
    const a = analyzeSms({ text }, options);
    expect(codes(a)).not.toContain('BRAND_OFFICIAL_CONTACT');
    expect(a.officialNotice).toBe(false);
  });

  it('a notice whose only contact is 10086 itself is its own, with no sender', () => {
    const a = analyzeSms({ text: '【中国移动】您的积分可兑换话费或流量，详情请拨打10086查询' });
    expect(hit(a, 'BRAND_OFFICIAL_CONTACT')?.evidence).toContain('its own line: 10086');
    expect(a.officialNotice).toBe(true);
  });

  it('a genuine points notice from 10086 breaks no policy', () => {
    const a = analyzeSms({
      text: '【中国移动】您的积分可兑换话费或流量，详情请访问 https://jf.10086.cn 查询。',
      sender: '10086',
    });
    expect(a.brand).toBe('China Mobile');
    expect(codes(a)).toContain('OFFICIAL_SENDER_OFFICIAL_LINK');
    expect(codes(a)).not.toContain('OFFICIAL_SENDER_POLICY_VIOLATION');
    for (const c of NOT_OFFICIAL) expect(codes(a)).not.toContain(c);
  });

  it('gives spans into the original text', () => {
    const text = '请登录１００８６ｗｄｓ．ｃｎ领取积分兑换现金【中国移动】';
    const a = analyzeSms({ text });
    expect(hit(a, 'LINK_LOOKALIKE_DOMAIN')!.spans.map(([s, e]) => text.slice(s, e))).toEqual([
      '１００８６ｗｄｓ．ｃｎ',
    ]);
    expect(hit(a, 'LINK_OBFUSCATED')).toBeDefined();
  });
});

describe('analyzeSms: English', () => {
  it('names the fee-deduction lure of a fake renewal with a number to call', () => {
    const a = analyzeSms({
      text: 'Your Amazon Prime membership will be renewed for $399.99 today. To cancel, call 1-888-555-0123',
    });
    expect([a.brand, a.lure]).toEqual(['Amazon', 'fee_deduction']);
    expect(codes(a)).toContain('CALLBACK_NUMBER');
  });

  it('USPS: your package is on hold, update address at usps-redelivery.top', () => {
    const a = analyzeSms({
      text: 'USPS: your package is on hold, update address at usps-redelivery.top',
    });
    expect([a.brand, a.lure]).toEqual(['USPS', 'parcel_customs']);
    expect(codes(a)).toEqual(
      expect.arrayContaining([
        'LINK_LOOKALIKE_DOMAIN',
        'BRAND_LINK_NOT_OFFICIAL',
        'OFFICIAL_SENDER_POLICY_VIOLATION',
        'LINK_RISKY_TLD',
      ]),
    );
  });

  it.each([
    [
      'Royal Mail: your parcel has a £1.99 customs fee to pay, visit royalmail-fees.com/pay',
      'Royal Mail',
      'parcel_customs',
    ],
    [
      'HMRC: You are eligible for a tax refund of £265.84. Claim at hmrc-refund.gov-uk.co/claim',
      'HMRC',
      'tax_refund',
    ],
    [
      'E-ZPass: you have an unpaid toll balance of $4.15. Pay now at ezpass-tolls.xyz to avoid fees',
      'E-ZPass',
      'etc_toll',
    ],
    [
      'PayPal: unusual activity on your account, verify at paypa1-secure.com/login',
      'PayPal',
      'account_security',
    ],
  ])('%s', (text, brand, lure) => {
    const a = analyzeSms({ text });
    expect([a.brand, a.lure]).toEqual([brand, lure]);
    expect(codes(a)).toContain('BRAND_LINK_NOT_OFFICIAL');
  });

  it.each([
    // "redelivery" contains "live", and "offices" is one edit from "office": Microsoft's live.com
    // and office.com do not make these Microsoft lookalikes
    'Your parcel: pay the $2.99 fee at parcel-redelivery.com',
    'Book a desk at our new offices: regus-offices.com',
  ])('does not read a generic domain label into %j as a brand', (text) => {
    const a = analyzeSms({ text });
    expect(a.hits.map((h) => h.code)).not.toContain('LINK_LOOKALIKE_DOMAIN');
    expect(a.brand).toBeNull();
  });

  it('flags a bank claim sent from a personal number', () => {
    const a = analyzeSms({
      text: 'Barclays: your card has been suspended. Call 0800 123 4567 immediately',
      sender: '07700900123',
    });
    expect(codes(a)).toEqual(
      expect.arrayContaining(['INSTITUTION_FROM_PERSONAL_NUMBER', 'CALLBACK_NUMBER', 'URGENCY']),
    );
  });

  it('finds reply-to-win prompts', () => {
    const a = analyzeSms({
      text: 'Free entry in 2 a wkly comp to win FA Cup final tkts. Text FA to 87121 to receive entry',
    });
    expect(codes(a)).toContain('REPLY_TO_WIN');
  });

  it.each([
    'Ok lar... Joking wif u oni...',
    "I'll be home by 6. Can you pick up some milk?",
    'Your USPS package was delivered. Track it at https://tools.usps.com/go/TrackConfirmAction',
  ])('leaves ham without not-official signals: %s', (text) => {
    const a = analyzeSms({ text });
    for (const c of NOT_OFFICIAL) expect(codes(a)).not.toContain(c);
  });
});

describe('analyzeSms: Chinese lure families', () => {
  it.each([
    [
      '【高速ETC】尊敬的车主您好!您ETC认证已失效,请务必在3月31日前及时核实完成认证,点击 t.cn/A6ZX5wgg 完成办理',
      '0088621830417',
      'etc_toll',
      ['LINK_SHORTENER', 'SENDER_INTERNATIONAL', 'OFFICIAL_SENDER_POLICY_VIOLATION'],
    ],
    [
      '〖福建省医保局〗您的医保账户已失效将被取消报销资格,请于6月9日前打开www.abcd.fyi更新医保凭证并恢复使用',
      undefined,
      'medical_insurance',
      ['LINK_RISKY_TLD', 'BRAND_LINK_NOT_OFFICIAL'],
    ],
    [
      '您的招商银行信用卡因逾期还款影响征信,现已冻结,请立即联系客服:008-6112345678办理解冻',
      '13812345678',
      'account_frozen',
      ['CALLBACK_NUMBER', 'INSTITUTION_FROM_PERSONAL_NUMBER'],
    ],
    [
      '尊敬的工行用户您的工银电子密码器将于次日失效请即时登录我行网站 icbc-vip.cc 升级',
      undefined,
      'e_token_expiry',
      ['LINK_LOOKALIKE_DOMAIN'],
    ],
    [
      '您的信用卡可办理永久提额 请用手机登录 bankcomm-ed.top 办理 交通银行',
      undefined,
      'credit_limit',
      ['BRAND_LINK_NOT_OFFICIAL'],
    ],
    // the FBS "photo album" family: a link posing as shared photos, from a name the reader knows
    [
      '老夏我不想说了你认真看完这相册吧 http://x7.cn/abc',
      undefined,
      'photo_album',
      ['LINK_PRESENT'],
    ],
    ['奶奶看看我们之前的精彩影集 dx5.cc/p', undefined, 'photo_album', ['LINK_PRESENT']],
    [
      '尊敬的邮政储蓄用户您的手机银行于今日过期请登陆我行管理网站 psbc-v.cc 激活升级',
      undefined,
      'e_token_expiry',
      ['BRAND_LINK_NOT_OFFICIAL'],
    ],
    [
      '尊敬的客户您的信用卡因违规操作逾期未还我行已临时凍结您的信用卡如需恢复正常请致电 02112345678 办理招商银行',
      undefined,
      'account_frozen',
      ['CALLBACK_NUMBER'],
    ],
    [
      '【抖音】您开通的百万保障服务即将扣费，如需取消请拨打客服 400-123-4567',
      undefined,
      'fee_deduction',
      [],
    ],
    // the lost-parcel compensation scam, the courier's "customer service" on WeChat
    [
      '尊敬的客户，您的快递在运输过程中丢失，我们将赔偿您288元，请联系客服微信 kdlp0618 办理理赔。',
      undefined,
      'parcel_customs',
      ['CALLBACK_NUMBER'],
    ],
    // a TV-show "lucky audience" prize, with a variant character (覌 for 观) and traditional ones
    [
      '您已被中国新歌声第季选为場外幸运覌众戸得到8000与苹果筆記本部请进入 xgs-hd.cn 領取',
      undefined,
      'prize',
      ['LINK_PRESENT'],
    ],
  ])('%s -> %s', (text, sender, lure, expected) => {
    const a = analyzeSms({ text, sender });
    expect(a.lure).toBe(lure);
    expect(codes(a)).toEqual(expect.arrayContaining(expected as SignalCode[]));
  });

  it('12381 never sends links or numbers', () => {
    const a = analyzeSms({
      text: '【12381】您的手机号涉嫌诈骗，请拨打 13812345678 并登录 fz12381.top 核实',
      sender: '12381',
    });
    const ev = hit(a, 'OFFICIAL_SENDER_POLICY_VIOLATION')!.evidence;
    expect(ev).toContain('policy no_links');
    expect(ev).toContain('policy no_phone_numbers');
  });
});

describe('analyzeSms: links on official domains', () => {
  it("does not count a link to the claimed brand's own site as LINK_PRESENT", () => {
    const a = analyzeSms({
      text: 'Your Amazon package has been delivered. Track it at https://www.amazon.com/orders',
    });
    expect(a.brand).toBe('Amazon');
    expect(a.urls).toEqual(['https://www.amazon.com/orders']);
    expect(codes(a)).not.toContain('LINK_PRESENT');
    expect(codes(a)).not.toContain('BRAND_LINK_NOT_OFFICIAL');
  });

  it.each([
    ['Amazon: your parcel was delivered. Track it at amzn.to/3xYzAb', 'Amazon'],
    ['Citi: your statement is ready at citibank.com/statements', 'Citi'],
    ['Wells Fargo: your card is on its way. Details at wf.com/card', 'Wells Fargo'],
    ['HSBC: your e-statement is ready at hsbc.com.hk', 'HSBC'],
    ['Royal Mail: your item is ready to collect, see royalmailgroup.com', 'Royal Mail'],
  ])("a brand's other own domains are neither a lookalike nor unofficial: %j", (text, brand) => {
    const a = analyzeSms({ text });
    expect(a.brand).toBe(brand);
    expect(codes(a)).not.toContain('LINK_LOOKALIKE_DOMAIN');
    expect(codes(a)).not.toContain('BRAND_LINK_NOT_OFFICIAL');
    expect(codes(a)).not.toContain('LINK_PRESENT');
  });

  it.each([
    ['Reminder: council tax due 1st Dec. Pay at leeds.gov.uk/pay', null],
    ['您的居住证已办理完成，详见 www.sh.gov.cn 查询', null],
    ['HMRC: your tax return is due, see www.gov.uk/self-assessment', 'HMRC'],
    ['Track it at https://www.amazon.com/orders', 'Amazon'],
  ])("names a link's brand only where the domain is that office's own: %j", (text, brand) => {
    const a = analyzeSms({ text });
    expect(a.brand).toBe(brand);
    expect(codes(a)).not.toContain('LINK_PRESENT');
  });

  it('still flags a lookalike of those brands', () => {
    for (const host of ['citi-secure.com', 'amzn-support.top', 'bofa-alert.com']) {
      expect(codes(analyzeSms({ text: `verify your account at ${host} now` })), host).toContain(
        'LINK_LOOKALIKE_DOMAIN',
      );
    }
  });

  it('counts only the unofficial links, and names only them', () => {
    const a = analyzeSms({
      text: 'Amazon: see amazon.com or confirm your card at amazon-billing-help.com',
    });
    const link = a.hits.find((h) => h.code === 'LINK_PRESENT');
    expect(link?.evidence).toBe('links to amazon-billing-help.com');
    expect(link?.spans).toHaveLength(1);
  });
});

describe('analyzeSms: premium-rate charges', () => {
  it.each([
    ['Reply G now to learn amazing things. From O2FWD only 18p/txt', '"18p/txt"'],
    ['std chgs to send, £1.50 to rcv', '"£1.50 to rcv"'],
    ['Txt STOP to 87239 £3/wk', '"£3/wk"'],
    ['Call 09061701461 to claim, 150ppm', '"09061701461", "150ppm"'],
  ])('names the charge in %j', (text, quoted) => {
    const hit = analyzeSms({ text }).hits.find((h) => h.code === 'PREMIUM_RATE');
    expect(hit?.evidence).toBe(
      `states premium-rate charges: ${quoted} (a paid service selling itself: spam at least, whatever the score)`,
    );
  });

  it.each(['I paid £20 for dinner', 'see you at 5pm', 'my number is 07700900123'])(
    'does not fire on %j',
    (text) => {
      expect(codes(analyzeSms({ text }))).not.toContain('PREMIUM_RATE');
    },
  );

  it('stays fast on a long run of near-misses', () => {
    const text = '£1.5 per '.repeat(400) + '150p/'.repeat(400);
    const t0 = performance.now();
    analyzeSms({ text });
    expect(performance.now() - t0).toBeLessThan(200);
  });
});

describe('analyzeSms: training placeholders', () => {
  const fbs =
    '尊敬的建行用户您的账户已满一万积分可兑换的现金请登入手机网URL查询兑换逾期失效建设银行';

  it('ignores the URL token by default', () => {
    const a = analyzeSms({ text: fbs });
    expect(a.urls).toEqual([]);
    expect(codes(a)).not.toContain('LINK_PRESENT');
  });

  it('counts URL as an unknown non-official link with placeholderLinks', () => {
    const a = analyzeSms({ text: fbs }, { placeholderLinks: true });
    expect(a.urls).toEqual([]);
    expect([a.brand, a.lure]).toEqual(['China Construction Bank', 'points_redemption']);
    expect(codes(a)).toEqual(expect.arrayContaining(['LINK_PRESENT', 'BRAND_LINK_NOT_OFFICIAL']));
  });

  it('counts CELLPHONE as a call-back number with placeholderNumbers', () => {
    const text = '尊敬的用户您的信用卡将被冻结请联系客服热线DIGIT CELLPHONE办理解冻浦发银行';
    expect(codes(analyzeSms({ text }))).not.toContain('CALLBACK_NUMBER');
    expect(codes(analyzeSms({ text }, { placeholderNumbers: true }))).toContain('CALLBACK_NUMBER');
  });
});

describe('analyzeSms: brands added from the December probes', () => {
  it.each([
    ['TxTag: You have an unpaid toll balance of $6.89. Pay at txtag-tollpay.com', 'TxTag'],
    [
      'Pos Malaysia: Your parcel is held. A redelivery fee of RM1.99 is required, pay at poslaju-my.cc/redelivery',
      'Pos Malaysia',
    ],
    [
      'SingPost: your parcel could not be delivered. Pay the fee at singpost-redeliver.top',
      'SingPost',
    ],
    ['NTTA Notice: your vehicle has an outstanding toll. Pay: ntta-pay.icu', 'NTTA'],
    ['TV Licensing: your licence expires today. Renew at tvlicensing-renew.co.uk', 'TV Licensing'],
    ['Post Office: your parcel is held. Confirm at postoffice-redeliver.com', 'Post Office'],
    ['Walgreens: confirm your card to release your order: walgreens-rx-pay.com', 'Walgreens'],
    ['【南方航空】您的CZ3102航班取消，改签请登录 csair-gq.com', 'China Southern Airlines'],
    [
      '【国家税务总局】您有一笔退税待领取，请访问 etax-tuishui.top 办理',
      'State Taxation Administration',
    ],
    [
      '【人社局】您的社保卡已暂停使用，请登录 shebao-gov.cn 核验',
      'Human Resources and Social Security (12333)',
    ],
  ])('%s claims %s and links off its domains', (text, brand) => {
    const a = analyzeSms({ text });
    expect(a.brand).toBe(brand);
    expect(codes(a)).toContain('BRAND_LINK_NOT_OFFICIAL');
  });

  it.each([
    ['东航MU5274深圳至上海航班延误', null], // 上海航班 holds 海航: no Hainan claim (东航 alone is none)
    ['坐海南航空的飞机回家', 'Hainan Airlines'], // 海南航空 holds 南航: no China Southern claim
    ['下周一集中通知大家开会', null], // 集中通知 holds 中通
    ['重申通知：周五放假', null], // 重申通知 holds 申通
  ])('%s claims %s only', (text, brand) => {
    expect(analyzeSms({ text }).brand).toBe(brand);
  });

  it('reads a Medicare text that asks for the Medicare number as breaking its policy', () => {
    const a = analyzeSms({
      text: 'Medicare: You qualify for a new plastic card. Reply YES and confirm your Medicare number.',
    });
    expect(a.brand).toBe('Medicare');
    expect(codes(a)).toContain('CREDENTIAL_REQUEST');
    expect(codes(a)).toContain('OFFICIAL_SENDER_POLICY_VIOLATION');
  });

  it("takes a call to the airline's own line as no call-back number", () => {
    const a = analyzeSms({ text: '【东方航空】您的MU5101航班已出票，如需改签请致电95530。' });
    expect(a.brand).toBe('China Eastern Airlines');
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
  });
});

describe('analyzeSms: the boss impersonation scam', () => {
  it.each([
    '你好，我是你领导，明天上午来我办公室一趟，现在先帮我转5万给一个客户，急用。',
    "Hi, it's David. Are you available? I'm in a meeting and can't talk right now. Can you buy some gift cards for a client?",
    "Hi, are you available? I need you to handle a task for me discreetly. I'm in a meeting and can't talk. Get 5 Apple gift cards of $100 each and send me the codes.",
    '小李，我是张局，现在在开会不方便接电话。有个朋友急需一笔钱周转，你先帮我转5万到他账户，卡号我稍后发你，回头我还你。',
  ])('%s is the scam by rule', (text) => {
    const a = analyzeSms({ text });
    expect(a.lure).toBe('boss_impersonation');
    expect(a.impostorScam).toBe(true);
    expect(hit(a, 'LURE')?.evidence).toContain('boss impersonation scam');
  });

  it.each([
    "I'm in a meeting, call you back later",
    'Are you available for a quick favor? Need help moving the sofa',
    '明天上午来我办公室一趟，讨论一下项目进度。',
  ])('%s is not (no ask, or not at full strength)', (text) => {
    expect(analyzeSms({ text }).impostorScam).toBe(false);
  });
});

describe('analyzeSms: the police impersonation scam', () => {
  it.each([
    '我是北京市公安局刑侦支队民警，你的身份信息涉嫌一起洗钱案，请立即回电配合调查，不得告诉他人，否则按妨碍公务处理。',
    'This is Officer Reed. Your name is linked to a money laundering case under investigation. Call us back today and do not tell anyone, to avoid arrest.',
  ])('%s is the scam by rule, with the way out in its evidence', (text) => {
    const a = analyzeSms({ text });
    expect(a.lure).toBe('police_investigation');
    expect(a.impostorScam).toBe(true);
    expect(hit(a, 'LURE')?.evidence).toContain('police impersonation scam');
  });

  it.each([
    // the anti-fraud warning names the same tricks
    '【反诈中心】公检法机关不会通过短信办案，凡是说你涉嫌洗钱、要求配合调查、转入安全账户、不得告诉他人的都是诈骗。',
    // a call back alone is no police scam
    '王先生您好，您的快递已到，请立即回电确认地址。',
  ])('%s is not', (text) => {
    expect(analyzeSms({ text }).impostorScam).toBe(false);
  });
});

describe('analyzeSms: the "Hi Mum" scam in other words', () => {
  it('takes a new phone and a bill to pay for the new number', () => {
    const a = analyzeSms({
      text: "Mum I need a favour, I've got a bill due today and my banking app is locked on the new phone. Can you pay £845 for me? I'll pay u back tomorrow",
    });
    expect(a.lure).toBe('family_emergency');
    expect(a.impostorScam).toBe(true);
  });

  it('leaves a child who asks for money on the usual phone alone', () => {
    const a = analyzeSms({ text: "Mum can you pay for the pizza tonight? I'll pay u back" });
    expect(a.impostorScam).toBe(false);
  });
});

describe("analyzeSms: a message from an organisation's own number with nowhere to go", () => {
  const bill =
    '【中国移动】尊敬的客户，您好！截至3月5日24时，您当月已产生话费38.50元，账户余额61.50元。详情可登录中国移动APP查询。';

  it('is its own notice from its official number', () => {
    const a = analyzeSms({ text: bill, sender: '10086' });
    expect(a.officialNotice).toBe(true);
    expect(hit(a, 'BRAND_OFFICIAL_CONTACT')?.evidence).toContain("China Mobile's official number");
  });

  it("is its own notice when it reminds of its own points programme's expiry", () => {
    const a = analyzeSms({ text: '【中国移动】您的积分即将清零，请尽快兑换。', sender: '10086' });
    expect(a.officialNotice).toBe(true);
  });

  it('is its own notice when another brand is only the merchant (a card alert\'s "purchase at")', () => {
    const a = analyzeSms({
      text: 'Chase Fraud Alert: Did you attempt a $612.40 purchase at BEST BUY on card ending 0921? Reply YES or NO. To opt out of alerts reply STOP.',
      sender: '24273',
    });
    expect(a.officialNotice).toBe(true);
  });

  it.each([
    ['the same text from no known sender', bill, undefined],
    ['from a personal mobile', bill, '+86 138 0013 8000'],
    [
      'an offer with its opt-out',
      '【中国联通】流量不够用？现在办理29元/月100G专属流量包，回复KT办理，首月免费。退订回TD',
      '10010',
    ],
    ['a lure', '【中国移动】您的号码已被冻结，将被暂停使用，请尽快解冻。', '10086'],
    ['a link', '【中国移动】您的账单已出，详见 10086.cn/bill', '10086'],
    ['another brand', '【工商银行】您的账户余额61.50元。', '10086'],
  ])('is not: %s', (_, text, sender) => {
    const a = analyzeSms({ text, sender });
    expect(hit(a, 'BRAND_OFFICIAL_CONTACT')?.evidence ?? '').not.toContain(
      'official number, with no link',
    );
  });
});

describe('analyzeSms: flight cancellation wording', () => {
  it.each([
    '【携程旅行】您的机票因航空公司原因取消，可获赔偿500元，请添加客服微信 xc-kf8866 办理。',
    'Delta: Your flight DL1234 has been canceled due to weather. Call 1-888-555-0101 to rebook.',
  ])('%s is the flight_cancellation lure', (text) => {
    expect(analyzeSms({ text }).lure).toBe('flight_cancellation');
  });
});

describe('analyzeSms: account security wording', () => {
  it.each([
    'Coinbase support: your wallet shows suspicious withdrawals. Call us now at +1 (415) 555-0187.',
    'Your account has been compromised. Secure it at acct-secure-login.com',
    'We noticed an unusual sign-in to your account from a new device.',
  ])('%s is the account_security lure', (text) => {
    expect(analyzeSms({ text }).lure).toBe('account_security');
  });
});

describe('analyzeSms: the advance-fee ("419") lure', () => {
  it('names the lure of an inheritance to transfer', () => {
    const text =
      'I am Barrister James Cole. My late client left 7.5 million dollars and has no next of kin. Contact me for the transfer to you.';
    expect(analyzeSms({ text }).lure).toBe('advance_fee');
  });

  it('leaves a beneficiary on its own alone', () => {
    expect(
      analyzeSms({ text: 'Payment of Rs.9000 credited to the beneficiary account' }).lure,
    ).toBeNull();
  });
});

describe('analyzeSms: UK premium numbers, not Philippine mobiles', () => {
  it.each(['Call 09061701461 now', 'ring 09811234567', 'call 08712345678'])(
    '%s states a premium number',
    (text) => {
      expect(codes(analyzeSms({ text }))).toContain('PREMIUM_RATE');
    },
  );
  it.each(['my number is 09171234567', 'text me on 09281234567'])('%s does not', (text) => {
    expect(codes(analyzeSms({ text }))).not.toContain('PREMIUM_RATE');
  });
});

describe('analyzeSms: a link on the domains of one of two named organisations', () => {
  it("takes FedEx delivering a parcel from Apple, linking to fedex.com, as FedEx's own notice", () => {
    const a = analyzeSms({
      text: 'FedEx: Shipment 7845 1290 3361 from Apple is out for delivery today by 8pm. Track at fedex.com/fedextrack',
    });
    expect(codes(a)).not.toContain('BRAND_LINK_NOT_OFFICIAL');
    expect(a.impersonation).toBe(false);
    expect(a.officialNotice).toBe(true);
  });

  it("still flags a link that is neither brand's", () => {
    const a = analyzeSms({
      text: 'FedEx: Shipment from Apple is on hold. Pay the $1.99 fee at fedex-apple-pay.com',
    });
    expect(codes(a)).toContain('BRAND_LINK_NOT_OFFICIAL');
  });
});

describe("analyzeSms: a notice that links to its signer's own-named site", () => {
  it.each([
    'PG&E: Your bill of $142.37 is due 03/28. Pay at pge.com/pay or enroll in AutoPay.',
    "Thames Water: We're repairing a burst main near you. Latest updates: thameswater.co.uk/incidents",
    'Qantas: Your flight QF421 on 16 Mar now departs at 10:00. Manage at qantas.com/managebooking',
  ])('%s links to no unknown host', (text) => {
    expect(codes(analyzeSms({ text }))).not.toContain('LINK_PRESENT');
  });

  it.each([
    // a lure: the signature proves nothing then
    'Toll Services: You have an unpaid toll of $4.15. Pay at tollservices.com to avoid a late fee.',
    // not the signer's name
    'PG&E: Your bill of $142.37 is due. Pay at pge-billing.com/pay',
    // a cheap TLD
    'Qantas: Your flight QF421 now departs at 10:00. Manage at qantas.top/manage',
  ])('%s still links to an unknown host', (text) => {
    expect(codes(analyzeSms({ text }))).toContain('LINK_PRESENT');
  });
});

describe('analyzeSms: links to known organisations and government sites', () => {
  it("does not take a card alert's merchant (BESTBUY.COM) for a link off the bank's domains", () => {
    const a = analyzeSms({
      text: 'Wells Fargo Fraud Alert: Did you attempt a $482.19 purchase at BESTBUY.COM on card ending 4417? Reply YES or NO.',
      sender: '93557',
    });
    expect(codes(a)).not.toContain('BRAND_LINK_NOT_OFFICIAL');
    expect(codes(a)).not.toContain('OFFICIAL_SENDER_LINK_NOT_OFFICIAL');
    expect(a.officialNotice).toBe(true);
  });

  it.each([
    'CA DMV: Your appointment is confirmed for 03/14. To cancel or reschedule visit dmv.ca.gov',
    'CPF Board: Your employer has paid CPF contributions for Feb 2024. Log in at cpf.gov.sg',
  ])('takes a government-only domain as no unknown host: %s', (text) => {
    expect(codes(analyzeSms({ text }))).not.toContain('LINK_PRESENT');
  });

  it("takes a friend's video link as no unknown host, and as nobody's notice", () => {
    const a = analyzeSms({
      text: 'ok you HAVE to watch this https://youtu.be/dQw4w9WgXcQ trust me',
    });
    expect(codes(a)).not.toContain('LINK_PRESENT');
    expect(a.brand).toBeNull();
    expect(a.officialNotice).toBe(false);
  });

  it.each([
    "Here's the doc for the project: https://docs.google.com/document/d/1xYzQ8pLmN3vT7kR2wB5c/edit add your section",
    'this is the place https://maps.app.goo.gl/Xy3kP9RtQeV2aL7m6 parking is round the back',
    '资料我放百度网盘了，链接: https://pan.baidu.com/s/1aBcDeFgHiJkLmN 提取码: k8m2',
    'all the photos https://www.dropbox.com/scl/fo/k3x9qv2m1p enjoy',
    'did u see this?? https://www.bbc.co.uk/news/articles/c4gm8x2qp7vo near ur nans',
    '你看这篇 https://www.thepaper.cn/newsDetail_forward_29876543 说的就是老家那条路',
  ])(
    'takes a file, place, album or article shared from a known platform, with no claim and no lure, as no unknown host and no lookalike: %s',
    (text) => {
      const a = analyzeSms({ text });
      expect(codes(a)).not.toContain('LINK_PRESENT');
      expect(codes(a)).not.toContain('LINK_LOOKALIKE_DOMAIN');
      expect(a.brand).toBeNull();
      expect(a.officialNotice).toBe(false);
    },
  );

  it.each([
    'read more at wikipedia.com',
    'news at peoplesdaily-news.top',
    'album: photos-share.xyz/abc',
  ])('takes no mark from a platform or a subdomain entry: %s is no lookalike', (text) => {
    const a = analyzeSms({ text });
    expect(codes(a)).toContain('LINK_PRESENT');
    expect(codes(a)).not.toContain('LINK_LOOKALIKE_DOMAIN');
    expect(a.brand).toBeNull();
  });

  it('still counts such a link behind a claim or a lure, and off the claimed brand', () => {
    const claimed = analyzeSms({
      text: 'USPS: your parcel is on hold, update your address at https://docs.google.com/forms/d/e/1FAIpQ/viewform',
    });
    expect(codes(claimed)).toContain('LINK_PRESENT');
    expect(codes(claimed)).toContain('BRAND_LINK_NOT_OFFICIAL');
    expect(claimed.impersonation).toBe(true);
    const lure = analyzeSms({
      text: 'Your account will be suspended today. Verify now: https://sites.google.com/view/acct-verify',
    });
    expect(codes(lure)).toContain('LINK_PRESENT');
  });

  it("does not call the brand's own offer its notice", () => {
    const a = analyzeSms({
      text: '【京东】3.8女神节大促，爆款低至5折，满300减50，戳 3.cn/-1xKQz 抢购！拒收请回复R',
    });
    expect(codes(a)).not.toContain('LINK_PRESENT');
    expect(a.officialNotice).toBe(false);
  });
});

describe('analyzeSms: the verification-code scam', () => {
  it.each([
    "T-Mobile: A SIM change was requested for your number. If this wasn't you, reply to this message with the 6-digit code we just sent to cancel the request.",
    '你好，我是你同学，刚才不小心把验证码发到你手机上了，麻烦把验证码发给我一下，谢谢。',
  ])('%s is the scam by rule', (text) => {
    const a = analyzeSms({ text });
    expect(a.lure).toBe('verification_code');
    expect(a.impostorScam).toBe(true);
  });

  it.each([
    'Your Google verification code is 482913. Never share the code with anyone.',
    '【支付宝】验证码 482913，请勿泄露，切勿将验证码发给他人。',
    '验证码发你了吗',
  ])('%s is not', (text) => {
    expect(analyzeSms({ text }).impostorScam).toBe(false);
  });
});

describe('analyzeSms: an anti-fraud warning from an official number', () => {
  const warning =
    '【国家反诈中心】提醒您：凡是让您下载APP刷单返利、自称公检法要求转账、网上冒充客服退款的，都是诈骗！';

  it('is its own notice, whatever lures it quotes', () => {
    expect(analyzeSms({ text: warning, sender: '12381' }).officialNotice).toBe(true);
  });

  it("is not that number's notice from anyone else, nor with a stranger's number", () => {
    const codes = analyzeSms({ text: warning }).hits.map((h) => h.code);
    expect(codes).not.toContain('BRAND_OFFICIAL_CONTACT');
    expect(
      analyzeSms({ text: `${warning}如有疑问请加客服QQ 3287145509`, sender: '12381' })
        .officialNotice,
    ).toBe(false);
  });
});

describe('analyzeSms: a number to reach the writer, not a call-back', () => {
  it.each([
    'Riverside Dental: Reminder of your appointment with Dr Patel on Tue at 2:40pm. To reschedule please call 020 7946 0321.',
    'Hi Sam, Maria here (landlord). The plumber is Dave from Rapid Rooter, his number is 0491 570 156.',
    '【瑞尔齿科】李女士您好，您预约的5月16日14:30洗牙已确认，如需改期请致电010-65801234。',
    '【浙大一院】您已预约3月20日上午心内科门诊，就诊序号12，如需取消请通过APP操作或致电0571-87236114。',
    "MOH: Your child's dental check-up is on 20 Mar. For enquiries call 6435 8242.",
  ])('%s gives a service contact number', (text) => {
    const c = codes(analyzeSms({ text }));
    expect(c).toContain('SERVICE_CONTACT_NUMBER');
    expect(c).not.toContain('CALLBACK_NUMBER');
  });

  it('keeps a number behind a lure a call-back, however it is phrased', () => {
    const c = codes(
      analyzeSms({
        text: 'USPS: your package could not be delivered and is on hold. To reschedule call 1-888-555-0143 today.',
      }),
    );
    expect(c).toContain('CALLBACK_NUMBER');
    expect(c).not.toContain('SERVICE_CONTACT_NUMBER');
  });
});

describe('analyzeSms: scripts in the wording of probe set 20/21 misses', () => {
  it.each([
    [
      '是我，你表哥，我换号了，在外地出了点事急需用钱，你先转我五千，明天还你，别跟家里说',
      'family_emergency',
    ],
    [
      '在吗？我是你高中同学，还记得我吗？最近手头有点紧，能不能先借我2000，下周就还',
      'family_emergency',
    ],
    [
      '领导让我联系你，他的新微信号是 wang_zong_2025，加上后备注名字，他有事交代',
      'boss_impersonation',
    ],
    [
      '我是你们小区新来的物业，现在需要登记业主信息，麻烦把身份证号和手机收到的验证码发我一下',
      'verification_code',
    ],
    [
      '嫂子，我是小刚，微信被封了借朋友手机发的，我在医院交押金差3000，你先转这个卡：6217 0000 1234 5678 收款人 刘伟',
      'family_emergency',
    ],
    [
      'I recorded you through your webcam while you were watching adult sites. Send $1,500 in Bitcoin to bc1qx8f2k0s7m3n4p5q6r7t8u9v0w within 48 hours or the video goes to all your contacts.',
      'sextortion',
    ],
    [
      '你在酒店的视频我已经拿到了，不想发给你通讯录里的人就加微信 wx_hd2025，48小时内不处理后果自负。',
      'sextortion',
    ],
    [
      "Hi, sorry I accidentally sent my 6 digit verification code to your number. Could you please forward it back to me? It's really urgent",
      'verification_code',
    ],
    [
      '媽，我換手機號碼了，舊的先別打，加我新的LINE：yuting_0917，有點急事要跟妳說。',
      'family_emergency',
    ],
    [
      '你好，我是你们小区业主群的群主，刚才登记停车位时不小心把你的手机号填进去了，系统给你发了个6位验证码，麻烦发我一下，谢谢啦。',
      'verification_code',
    ],
    [
      "Hey sorry I accidentally put your number instead of mine and a 6-digit code got sent to you, can you forward it to me? It's urgent",
      'verification_code',
    ],
    [
      "Good evening ma, I am Tunde, your daughter's friend. She had an accident and is at the clinic, they need N80,000 before surgery. Pls send to this account 0123456789 GTB",
      'family_emergency',
    ],
    ['在吗？我是你表哥，换新号了，有个事想麻烦你，方便加我微信 bg_3190', 'family_emergency'],
    [
      'I have a recording of you from your webcam on an adult site. Pay $900 in BTC to bc1qk2f9x or it goes to all your contacts.',
      'sextortion',
    ],
    [
      'sorry my WhatsApp code came to your phone by mistake, pls forward it to me quickly',
      'verification_code',
    ],
    [
      '入境事務處通知：閣下身份證涉及一宗刑事案件，請即致電 +86 21 5566 7788 與上海市公安局聯絡，否則將被通緝。',
      'police_investigation',
    ],
    [
      '你在视频里做了什么自己清楚，录屏已经在我手上，不想让你通讯录里的人看到，就加QQ 3345120987 聊聊',
      'sextortion',
    ],
    ['哥哥你好呀～我是上次在评论区认识的小美，加我微信聊聊嘛 mm5201314', 'wrong_number'],
    [
      "Hi Priya, are you at your desk? I need you to take care of something for me discreetly, I'm in back to back meetings. Text me back.",
      'boss_impersonation',
    ],
    [
      "Hi, are you free? I'm tied up in a board meeting and need a quick favour. Text me back here. - Greg",
      'boss_impersonation',
    ],
    [
      '我是房东，之前那张卡冻结了，这个月房租转到6222 0012 7788 1234 567（户名王丽）就行，转完截个图给我',
      'account_change',
    ],
    [
      "Hi it's Mark your landlord, my bank account has changed. Please pay the rent to the new account: sort code 20-45-77, acc 41234567.",
      'account_change',
    ],
    [
      "Hi Tom, is this still your number? We met at the jazz bar last month, you said you'd show me how you trade gold. Are you free to chat?",
      'wrong_number',
    ],
    [
      '你好，请问是李先生吗？我是上次在读书会认识的Coco，记得我吗？最近跟着我们老师做黄金，有兴趣带你了解一下，加我微信 coco_gold66',
      'wrong_number',
    ],
  ])('%s is an impostor scam (%s)', (text, lure) => {
    const a = analyzeSms({ text });
    expect(a.lure).toBe(lure);
    expect(a.impostorScam).toBe(true);
  });

  it.each([
    [
      'Netflix: Your payment was declined and your membership is on hold. Update billing info to continue watching: netflix-billing-help.com',
      'Netflix',
    ],
    [
      'SingPost: Your parcel cannot be delivered due to an unpaid fee of SGD 1.90. Pay now: singpost-sg.top',
      'SingPost',
    ],
    [
      'DHL Express: Your shipment is held at customs. An import duty of £2.99 is outstanding. Pay here: dhl-parcelcustoms.xyz/gb',
      'DHL',
    ],
    [
      'Royal Mail: Your parcel is awaiting delivery. Please confirm the settlement of £1.45 on the following link: royalmail.redelivery-uk.com',
      'Royal Mail',
    ],
  ])('%s impersonates %s by its link', (text, brand) => {
    const a = analyzeSms({ text });
    expect(a.brand).toBe(brand);
    expect(a.impersonation).toBe(true);
  });

  it("reads a courier's mobile in the carrier's notice as a service contact", () => {
    const c = codes(
      analyzeSms({
        text: '【顺丰速运】您的快件SF1402378819245已由快递员王师傅(13917728463)派送中，预计今天18:00前送达，请保持电话畅通。',
        sender: '95338',
      }),
    );
    expect(c).toContain('SERVICE_CONTACT_NUMBER');
    expect(c).not.toContain('CALLBACK_NUMBER');
  });
});

describe('analyzeSms: a one-time code with its "do not share"', () => {
  it.each([
    "Your Apple ID Code is: 482913. Don't share it with anyone.",
    'OTP for Aadhaar (XX4821) is 592817 (valid for 10 mins). Do not share OTP with anyone. -UIDAI',
    '【腾讯科技】验证码：356812，用于QQ登录，5分钟内有效。请勿泄露给他人。',
    "482913 is your Google verification code. Don't share it.",
  ])('%s is the code message itself: ham by rule', (text) => {
    const a = analyzeSms({ text });
    expect(codes(a)).toContain('ONE_TIME_CODE');
    expect(a.officialNotice).toBe(true);
  });

  it.each([
    'Your code is 123456. Do not share it. If this was not you call 1-888-555-0142',
    'Your Amazon code is 123456. Do not share. Verify at amaz0n-secure.com',
    "Hi, I sent you a code by mistake, the code is 482913, don't share it, just forward it back to me",
    'Your code is 482913.', // no warning
  ])('%s is not', (text) => {
    const a = analyzeSms({ text });
    expect(codes(a)).not.toContain('ONE_TIME_CODE');
  });
});

describe('analyzeSms: the wholesaler-account fee script', () => {
  it('is a call-back impersonation, not a service contact', () => {
    const a = analyzeSms({
      text: '【蝦皮購物】親愛的會員，系統誤將您的帳戶設定為批發商，每月將自動扣款NT$3,000，如需取消請撥打客服專線02-2653-8817。',
    });
    expect(a.lure).toBe('fee_deduction');
    expect(a.impersonation).toBe(true);
    expect(codes(a)).not.toContain('SERVICE_CONTACT_NUMBER');
  });
});

describe('analyzeSms: a new-device login with a number to call', () => {
  it('is a call-back impersonation', () => {
    const a = analyzeSms({
      text: '【工商银行】您的手机银行于03月12日21:46在新设备(vivo X100)登录，如非本人操作，请速拨 0755-8866 1234 冻结账户。',
    });
    expect(a.lure).toBe('account_security');
    expect(a.impersonation).toBe(true);
  });
});

describe("analyzeSms: a school's notice to parents", () => {
  it.each([
    [
      '【文晖小学】各位家长：本周五下午3点在学校报告厅召开家长会，请准时参加，不要带孩子入场。——三年级二班李老师',
      undefined,
    ],
    [
      '各位家长：本周五下午3点召开期中家长会，地点三年级二班教室，请家长准时参加，学生当天正常放学。——李老师',
      '+86 139 5821 6074',
    ],
    [
      '【教务处】同学你好，2024-2025学年第一学期补考安排已发布，请登录教务系统查询考场。',
      undefined,
    ],
    ['【人事部】各位同事：国庆节放假安排为10月1日至7日，10月8日正常上班。', undefined],
  ])('%s is ham by rule', (text, sender) => {
    const a = analyzeSms({ text, sender });
    expect(codes(a)).toContain('SCHOOL_NOTICE');
    expect(a.officialNotice).toBe(true);
  });

  it.each([
    '各位家长您好，本学期资料费300元请转账到班主任账户，谢谢配合。——李老师',
    '【某某小学】各位家长：请扫码加入班级群 https://qr.example-school.top/j 完成信息登记。班主任王老师',
    '尊敬的家长，新年好!领航教育为回馈新老学生凡1月20日前一次性报10次课送2次，开设科目：中小学',
    '各位家长：请添加班主任微信 lsh_2025 进群，李老师',
    '各位家长，本学期教辅资料费每人268元，请转至我的账户，今天下午五点前交齐。王老师',
  ])('%s is not', (text) => {
    expect(codes(analyzeSms({ text }))).not.toContain('SCHOOL_NOTICE');
  });
});

describe("analyzeSms: a stranger's opener", () => {
  it.each([
    "Hi, is this Sam? It's Priya from Dr Shah's surgery, just confirming your appointment tomorrow at 10.",
    "Hey, is this still your number? It's Jo from netball, we need a sub for Saturday!",
  ])('%s is no impostor scam', (text) => {
    expect(analyzeSms({ text }).impostorScam).toBe(false);
  });
});

describe('analyzeSms: Indian alerts', () => {
  it('reads the DLT header of a sender ID and no bank in a payment address', () => {
    const a = analyzeSms({
      text: 'Rs 2,100.00 debited from a/c **4471 on 02-04-25 to VPA zomato@icici (UPI Ref No 509912345678). Not you? Call 18002586161',
      sender: 'VM-HDFCBK',
    });
    expect(a.brand).toBe('HDFC Bank');
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
    expect(a.officialNotice).toBe(true);
  });
});

describe('analyzeSms: registry rows of this session', () => {
  it('an NZ Post missed delivery on a lookalike is an impersonation', () => {
    const a = analyzeSms({
      text: "NZ Post: Your parcel couldn't be delivered, the address is incomplete. Reschedule delivery: nzpost.parcel-nz.com/r",
    });
    expect(a.brand).toBe('NZ Post');
    expect(a.impersonation).toBe(true);
  });
  it("a bank's own offer with its opt-out is its marketing, not its notice", () => {
    const a = analyzeSms({
      text: 'Pre-approved! Get a Maybank Personal Loan up to RM80,000. Apply at maybank2u.com.my. T&C apply. Reply STOP to unsubscribe',
      sender: 'Maybank',
    });
    expect(a.marketing).toBe(true);
    expect(a.officialNotice).toBe(false);
  });
  it('a wallet receipt with its transaction id is an account notice', () => {
    const a = analyzeSms({
      text: 'You have received Rs. 2,000.00 from 0301***771 (ALI KHAN) via JazzCash. TID: 041122334455. Your balance is Rs. 3,100.00',
    });
    expect(codes(a)).toContain('ACCOUNT_NOTICE');
  });
});

describe('analyzeSms: notices signed by their sender ID', () => {
  it.each([
    [
      'TNB',
      'TNB: Your electricity bill for account 220098765432 (Feb 2025) is RM142.10, due 14/03/2025. Pay via the myTNB app or www.mytnb.com.my.',
    ],
    [
      'LICIND',
      'Premium of Rs.8,240 for policy 51XXXX12 is due on 12/05/2025. Pay online at licindia.in. Ignore if already paid.',
    ],
    [
      'GEICO',
      'GEICO: Your auto policy renews on 06/01/2025. 6-month premium: $588.20. Review your renewal documents at geico.com.',
    ],
  ])(
    "from %s, a bill or a renewal linking to the sender's own site is an account notice",
    (sender, text) => {
      const a = analyzeSms({ text, sender });
      expect(codes(a)).toContain('ACCOUNT_NOTICE');
      expect(codes(a)).not.toContain('LINK_PRESENT');
    },
  );

  it('the same bill linking to a look-alike of the name is no notice', () => {
    const text =
      'Your electricity bill for account 220098765432 is RM142.10, due 14/03/2025. Pay via www.mytnb.com.my.';
    expect(codes(analyzeSms({ text, sender: 'TNB' }))).toContain('ACCOUNT_NOTICE');
    const lookalike = text.replace('www.mytnb.com.my', 'mytnb-pay.com');
    expect(codes(analyzeSms({ text: lookalike, sender: 'TNB' }))).not.toContain('ACCOUNT_NOTICE');
  });

  it.each([
    "Y'ello! You have used 80% of your 10GB monthly data plan. Dial *312# to buy more data.",
    'Your NIN verification was successful. NIN 12345****90 is now linked to your line. -NIMC',
    'EMI of Rs 4,100 for Loan A/c 4R6TWL99887 is due on 05-06-2025. Please maintain sufficient balance.',
    '【深圳燃气】尊敬的用户，您户号87654321本期燃气费76.20元，将于4月20日从您签约的银行账户代扣，请保证余额充足。',
    '中華電信通知：您本月行動上網用量已達90%，如需加購流量請至中華電信App辦理。',
  ])('%j reports on the account: an account notice', (text) => {
    expect(codes(analyzeSms({ text }))).toContain('ACCOUNT_NOTICE');
  });
});

describe('analyzeSms: more account notices and own lines', () => {
  it.each([
    'TD Canada Trust: A $640.00 Interac e-Transfer from PRIYA S. was auto-deposited into your account ending 4410.',
    'Air Canada: AC 118 YVR-YYZ on Apr 02 has a new departure time of 10:05 AM (was 9:20 AM). Gate C48.',
    'Welcome to the Harbour Grand, Mr. Lee! Your room 2207 is ready. Breakfast is served 6:30-10:30am on level 3.',
  ])('%j is an account notice', (text) => {
    expect(codes(analyzeSms({ text }))).toContain('ACCOUNT_NOTICE');
  });

  it('reads the same account as always as no payee to pay into, a new one still as one', () => {
    const usual =
      'Hi Sam, reminder the rent of £980 is due Monday, same account as always (sort code 30-91-12, acc 41829910). Thanks, Carol';
    expect(codes(analyzeSms({ text: usual }))).not.toContain('PAYEE_ACCOUNT');
    const changed =
      'Hi Sam, my bank account has changed, please pay the rent of £980 to the new account (sort code 30-91-12, acc 41829910).';
    expect(codes(analyzeSms({ text: changed }))).toContain('PAYEE_ACCOUNT');
  });

  it("finds a bank's own line written with its area code in brackets", () => {
    const a = analyzeSms({
      text: '【國泰世華】您的信用卡末四碼1234於04/02消費新臺幣2,150元。如有疑問請洽客服(02)2383-1000。',
    });
    expect(codes(a)).toContain('BRAND_OFFICIAL_CONTACT');
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
  });

  it("reads Taiwan's 111 short code as the government's own sender", () => {
    const a = analyzeSms({
      text: '【財政部】綜合所得稅結算申報期間為5月1日至5月31日，可使用手機報稅。本部不會以簡訊傳送連結要求您登入。',
      sender: '111',
    });
    expect(a.officialNotice).toBe(true);
  });
});

describe('analyzeSms: receipts, codes and references in more house styles', () => {
  it.each([
    [
      'GCash',
      'You have received PHP 800.00 of GCash from MA*IA S*NT*S 09181234567 on 04-02-2025 09:10 AM. Your new balance is PHP 1,245.50. Ref. No. 80123456789',
    ],
    [
      'KPLC',
      'Mtr:54109876543 Token:1234-5678-9012-3456-7890 Date:20250402 10:11 Units:21.3 Amt:Ksh500.00 TokenAmt:Ksh402.10',
    ],
    [
      'Discovery',
      'Discovery Insure: Your claim DI-7781234 has been approved. R3,100.00 will be paid into your account within 2 working days.',
    ],
    [
      'AD-ITDEPT',
      'Refund of Rs. 8,120 for AY 2024-25 has been issued to your bank a/c ending 4471 vide ref CPC/2425/A1/99887766. -Income Tax Department',
    ],
    [
      'AusPost',
      'Your parcel 33LPK0987654 is ready to collect from Parcel Locker 104455 at Coles Richmond. Collection PIN: 552901. Collect by 12/05.',
    ],
  ])('from %s: an account notice', (sender, text) => {
    expect(codes(analyzeSms({ text, sender }))).toContain('ACCOUNT_NOTICE');
  });

  it.each([
    'RM0 Maybank: TAC for DuitNow Transfer of RM220.00 to LIM AH KOW is 301944. Valid for 3 min. Never share your TAC.',
    '【國泰世華】您的簡訊動態密碼為771203，有效時間5分鐘。本行不會以電話要求您提供此密碼。',
  ])('%j is a one-time code message', (text) => {
    expect(codes(analyzeSms({ text }))).toContain('ONE_TIME_CODE');
  });

  it('reads an ID to bring on the train as no credential request', () => {
    const a = analyzeSms({
      text: '【铁路客服】订单E123456789，您已购5月1日G7次3车05A号，请携带购票时使用的有效身份证件乘车。',
      sender: '12306',
    });
    expect(codes(a)).not.toContain('CREDENTIAL_REQUEST');
  });

  it("finds BDO's own line in its debit alert", () => {
    const a = analyzeSms({
      text: 'BDO: Your account XXXX-9876 was debited PHP 2,000.00 on 04/02/25 via InstaPay. If you did not authorize this, call (02) 8631-8000.',
      sender: 'BDO',
    });
    expect(codes(a)).toContain('BRAND_OFFICIAL_CONTACT');
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
  });
});

describe('analyzeSms: a report from a sender ID with its dispute line', () => {
  const alert =
    'INR 12,400.00 debited from A/c no. XX4471 on 02-04-25 at 11:02:10 IST. Avl Bal- INR 40,118.20. Call 18004191234 if not done by you - Some Bank';

  it.each(['VM-SOMEBK', '722722'])(
    'from %s, its only number the dispute line: an account notice',
    (sender) => {
      const a = analyzeSms({ text: alert, sender });
      expect(codes(a)).toContain('ACCOUNT_NOTICE');
      expect(codes(a)).toContain('SERVICE_CONTACT_NUMBER');
      expect(codes(a)).not.toContain('CALLBACK_NUMBER');
    },
  );

  it('from a mobile number the same report asks for a call back', () => {
    const a = analyzeSms({ text: alert, sender: '+919812345678' });
    expect(codes(a)).not.toContain('ACCOUNT_NOTICE');
    expect(codes(a)).toContain('CALLBACK_NUMBER');
  });

  it('a frozen-account lure keeps its number a call-back, whoever sends it', () => {
    const a = analyzeSms({
      text: 'Your account has been suspended due to suspicious activity. Call 18004191234 immediately to reactivate, if not done by you.',
      sender: 'VM-SOMEBK',
    });
    expect(codes(a)).not.toContain('ACCOUNT_NOTICE');
  });

  it.each([
    [
      'OCBC',
      'OCBC: A transaction of SGD 320.00 was made with your card ending 4012 at GRAB on 02 Apr. If unauthorised, call 1800 363 3333.',
    ],
    [
      'AIB',
      'AIB: A transaction of EUR 42.10 at SPAR 1102 on card ending 3310 was declined. If this was not you please call 0818 724 724.',
    ],
    [
      'ECG',
      'ECG: Prepaid purchase of GHS 50.00 for meter 01234567891 successful. Units: 29.1 kWh.',
    ],
    ['AX-AIRTEL-S', 'Recharge of Rs.349 is successful for 98XXXXX412. Txn ID: AR2504021123.'],
  ])('from %s: an account notice', (sender, text) => {
    expect(codes(analyzeSms({ text, sender }))).toContain('ACCOUNT_NOTICE');
  });
});

describe('analyzeSms: Chinese notices in more house styles', () => {
  it.each([
    '【丰巢】您的快递已在快递柜滞留超过3天，请尽快取件，取件码40582196，柜机地址：嘉禾路128号东门。',
    '【丰巢】凭取件码29381073至翠苑二区5号楼丰巢柜取您的包裹，免费保管18小时。',
    '【美的集团】尊敬的员工，您2025年5月工资已发放，工资明细请登录“美信”App查看。',
    '【华住会】尊敬的会员，您预订的酒店已为您保留房间，入住日期06月08日，欢迎光临！',
    '【恒生銀行】閣下戶口(尾號0392)於15/03 10:12透過轉數快收到HK$2,500.00，付款人：CHAN T*** M***。',
    '【春秋航空】尊敬的旅客，您的08月03日9C8815航班起飞时间调整为14:25，给您带来不便敬请谅解。',
  ])('%j is an account notice', (text) => {
    expect(codes(analyzeSms({ text }))).toContain('ACCOUNT_NOTICE');
  });

  it("reads China Mobile's line abroad in its roaming notice as its own", () => {
    const a = analyzeSms({
      text: '【中国移动】欢迎来到泰国！您的号码已开通国际漫游。如需帮助请拨打+86 13800138000。',
      sender: '10086',
    });
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
  });

  it.each([
    '【中国教育考试网】您报考的英语四级考试准考证已开放打印，请登录 cet-bm.neea.edu.cn 打印。',
    'Fairfax County Public Schools: schools are CLOSED today due to icy roads. Updates at fcps.edu.',
  ])('takes a university or school site as no unknown host: %j', (text) => {
    expect(codes(analyzeSms({ text }))).not.toContain('LINK_PRESENT');
  });
});

describe('analyzeSms: a code from a sender ID', () => {
  const text = 'Your OTP for Aadhaar (XX1234) is 583921 (valid for 10 mins). -UIDAI';
  it('from a sender ID or a short code, needs no warning to be the code message', () => {
    expect(codes(analyzeSms({ text, sender: 'VK-UIDAI' }))).toContain('ONE_TIME_CODE');
    expect(codes(analyzeSms({ text, sender: '56161' }))).toContain('ONE_TIME_CODE');
  });
  it('from a mobile number or no sender, it still does', () => {
    expect(codes(analyzeSms({ text, sender: '+919812345678' }))).not.toContain('ONE_TIME_CODE');
    expect(codes(analyzeSms({ text }))).not.toContain('ONE_TIME_CODE');
  });
});

describe('analyzeSms: service notices and registered senders', () => {
  it.each([
    [
      '97743',
      "PG&E: We're aware of an outage in your area. Est. restoration 7:30PM. Crews are on site.",
    ],
    [
      '227898',
      'Capital One: We declined a $84.00 charge at SHELL on your card ending 4417. Was this you? Reply 1 for YES or 2 for NO.',
    ],
    [
      'IEC',
      'IEC: You are registered to vote in voting district 76890245 at Sandton Primary School. Bring your ID.',
    ],
    [
      'SeriMaya',
      'Dear Residents, water supply to Block C will be interrupted on Wed 12/6 from 10am to 2pm. - Management',
    ],
    [undefined, '【淘宝】您申请的退款已成功，¥59.90将原路退回至您的付款账户，请注意查收。'],
    [undefined, '【全家】您的包裹已送達 全家台北新生店，取貨期限3/20，請攜帶證件取件。'],
  ])('from %s, %j is an account notice', (sender, text) => {
    expect(codes(analyzeSms({ text, sender }))).toContain('ACCOUNT_NOTICE');
  });

  it("reads Hong Kong's #-prefixed sender ID as the bank's, its line as its own", () => {
    const a = analyzeSms({
      text: '恒生：你的戶口於12/03轉賬HK$5,000.00至****8821。如非你本人進行，請即致電2822 0228。',
      sender: '#HangSeng',
    });
    expect(a.brand).toBe('Hang Seng Bank');
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
  });

  it("calls an airline's delay notice from its own number its notice: its lure is only its vocabulary", () => {
    const a = analyzeSms({
      text: '【东方航空】尊敬的旅客，您6月22日MU5101航班受航路天气影响延误，预计起飞时间10:40，请关注航班动态。',
      sender: '95530',
    });
    expect(a.officialNotice).toBe(true);
  });
});

describe('analyzeSms: long one-time-code templates', () => {
  it('finds the code far from its "OTP"', () => {
    const a = analyzeSms({
      text: 'OTP for txn of INR 1,250.00 at FLIPKART on ICICI Bank card ending 1122 is 739201. Valid for 5 mins. Do not share this OTP with anyone.',
    });
    expect(codes(a)).toContain('ONE_TIME_CODE');
  });
});

describe('analyzeSms: 回拨 asks to call back', () => {
  it('makes the number a call-back', () => {
    const a = analyzeSms({ text: '【健保署】您的健保卡已遭凍結，請回撥02-2555-0199由專人處理。' });
    expect(codes(a)).toContain('CALLBACK_NUMBER');
    expect(a.lure).toBe('account_frozen');
  });
});

describe('analyzeSms: an opt-out to a short code', () => {
  it('is no reply-to-win ask', () => {
    const a = analyzeSms({ text: 'Your Lyft code is 5521. Reply STOP to 21345 to opt out.' });
    expect(codes(a)).not.toContain('REPLY_TO_WIN');
  });
  it('while a keyword to send still is', () => {
    const a = analyzeSms({ text: 'Reply WIN to 80086 now for your chance of a £500 voucher' });
    expect(codes(a)).toContain('REPLY_TO_WIN');
  });
});

describe("analyzeSms: reports on the reader's account", () => {
  it.each([
    'You have received PHP 2,000.00 of GCash from MA***A S. Your new balance is PHP 3,120.75. Ref. No. 8012345678902.',
    'Rs 1,200 received from ANIL MEHTA in your a/c XX7781. Updated balance: Rs 8,455.20',
    'Acct:****2290 Amt:NGN15,000.00 CR Desc:TRF FROM ADA OBI Avail Bal:NGN40,112.10',
    'Recharge of Rs 479 successful. Validity 56 days. Thank you.',
    'Your parcel 7012345678909876 has been delivered to your front porch.',
    'PNR:8421367905,TRN:12617,DOJ:02-05-25,SL,SBC-MAS,Dep:2310,S4 21',
    '【京东】您的订单3021984476已签收，感谢您的信任。',
    '【铁路客服】订单E120933771已改签成功，新票为5月2日G102次5车07D号。',
    '【滙豐】您的信用卡尾號1290於02/05在惠康簽賬HKD 128.50。',
    'City Water: your bill of $64.20 is due 07/02. Pay in the City Water app.',
    '【中華電信】您本月帳單金額為720元，繳費期限為9月15日，可至門市繳費。',
    'Dear Customer, your bill of Rs 980 for consumer no. 4410027781 is generated. Ignore if paid.',
    'You have successfully loaded P50.00 to your prepaid number. Your new load balance is P61.25.',
    'Visa Centre: your passport for application ref LON/2291 is ready for collection. Bring your receipt.',
    '【菜鸟驿站】您的包裹已到站，取件码 6-2-1188，请及时领取。',
    '預付卡：您已成功儲值200元，餘額215元。',
    'Payment received for GHS 80.00 from AMA MENSAH. Current Balance: GHS 212.40. Transaction ID: 51234567890.',
    '【澳門電訊】您本月帳單MOP98.00已發出，請於7月25日前繳付。',
    'Prudential: your premium of RM180.00 for policy 77**21 has been successfully deducted. Thank you.',
    'Salary of KES 52,000.00 from ACME LTD credited to A/C ***1180 on 28/03. Avail. bal KES 60,112.00.',
    "Passport Office: We've received your application, ref 2291 0045. We'll text you when it is sent.",
    '【如家】张女士您好，您预订的3月30日入住已确认，房间保留至18:00。',
  ])('%s is ham by rule', (text) => {
    const a = analyzeSms({ text });
    expect(codes(a)).toContain('ACCOUNT_NOTICE');
    expect(a.officialNotice).toBe(true);
  });

  it.each([
    // a contact to follow: the fake debit alert's call-back, a link, a reply
    'Your account was debited $499.99 for an Apple Store purchase. If not you call 1-888-301-7741 now.',
    'You have received $500.00 from John. Accept the transfer at https://zelle-accept.top/x',
    'Rs 5,000 credited to your wallet. Reply YES to claim within 24 hours.',
    // a prize or an offer is the bait
    '您参与活动抽中的10G流量已存入账户，下载APP即可领取。',
    '付款成功即送积分1000分，限时优惠，回T退订',
    // not done: a delivery that failed
    'Your parcel could not be delivered due to an incomplete address.',
    'Your electricity bill is overdue and power will be cut tonight. Pay now at https://power-pay.top/x',
    '您的话费余额不足，请拨打 0755-66881234 办理充值优惠',
  ])('%s is not', (text) => {
    expect(codes(analyzeSms({ text }))).not.toContain('ACCOUNT_NOTICE');
  });
});

describe('analyzeSms: marketing with its opt-out', () => {
  it.each([
    'Subway: Buy any Footlong, get a 2nd for 50% off with code FL50 in the app. Ends 3/31. Reply STOP to cancel',
    'PureGym: Miss us? Rejoin this month with no joining fee. Last chance, offer ends 31 Jan. Reply STOP to opt out',
    '【肯德基】疯狂星期四！吮指原味鸡9.9元两块，登录KFC APP领券立享优惠。拒收请回复R',
  ])('%s is marketing', (text) => {
    const a = analyzeSms({ text });
    expect(a.marketing).toBe(true);
    expect(codes(a)).toContain('MARKETING_OPT_OUT');
  });

  it.each([
    'Chase: Your statement is ready. View it at chase.com. Reply STOP to end alerts.',
    'Riverside Dental: reminder of your appointment Tue 2:40pm. Call our toll-free line 1-800-555-0101 to reschedule. Reply STOP to opt out',
    'Your verification code is 482913. Reply STOP to opt out.',
  ])('%s is not', (text) => {
    expect(analyzeSms({ text }).marketing).toBe(false);
  });
});

describe('analyzeSms: offers with their small print, campaigns', () => {
  it.each([
    "Nando's: R30 OFF any full chicken this Heritage weekend! Show this SMS in store. T&Cs apply.",
    'Vote for Maria Lopez, candidate for District 7 council, on Tuesday. Safer streets, better parks!',
    '區議會選舉投票日，懇請您支持3號候選人陳大文，謝謝！',
  ])('%s is marketing', (text) => {
    expect(analyzeSms({ text }).marketing).toBe(true);
  });

  it.each([
    "Electoral Commission: you are registered to vote at St Mary's Hall. Polling stations open 7am-10pm on 4 July.",
    'Your claim has been processed. Terms of your policy are at insurer.example/terms.',
  ])('%s is not', (text) => {
    expect(analyzeSms({ text }).marketing).toBe(false);
  });
});

describe('analyzeSms: traffic fines', () => {
  it.each([
    '【監理服務網】您有一筆逾期未繳交通罰鍰，今日為最後期限，請至 mvdis-gov.tw.mk 繳納以免加重處罰及吊扣駕照。',
    'Parking Violation Notice: Your vehicle was cited on 03/12. Pay the unpaid fine of $45 within 7 days to avoid licence suspension.',
  ])('%s names the traffic_fine lure', (text) => {
    expect(analyzeSms({ text }).lure).toBe('traffic_fine');
  });

  it('does not read "I\'m fine" as a fine', () => {
    expect(analyzeSms({ text: "I'm fine thanks, see you at the parking lot" }).lure).toBeNull();
  });
});

describe('analyzeSms: credentials to bring in person', () => {
  it("reads the bank's own 'bring your ID card to a branch' as no credential request", () => {
    const a = analyzeSms({
      text: '【建设银行】尊敬的客户，您的网银盾证书将于04月30日到期，请携带本人身份证到任意网点或登录 https://www.ccb.com 了解更新方式。',
      sender: '95533',
    });
    expect(codes(a)).not.toContain('CREDENTIAL_REQUEST');
    expect(a.officialNotice).toBe(true);
  });

  it('still reads an ID number asked for by text as a credential request', () => {
    const a = analyzeSms({ text: '请回复您的身份证号和银行卡号完成认证' });
    expect(codes(a)).toContain('CREDENTIAL_REQUEST');
  });
});

describe('analyzeSms: a bank account to pay into', () => {
  it.each([
    ['你把房租打到建行卡上6217001234567890123牛森旗、谢了'],
    ['小何你好，我是房东，卡换了，以后房租请打到这个卡上。农商银行 6230 5910 0702 1803 70 黄华荣'],
    ['中国农业银行帐号：6228.4800.1234.5678.910 王波'],
  ])('%s gives a payee account, and its bank is no claim', (text) => {
    const a = analyzeSms({ text });
    expect(codes(a)).toContain('PAYEE_ACCOUNT');
    expect(codes(a)).not.toContain('BRAND_CLAIMED');
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
    expect(a.brand).toBeNull();
    expect(a.officialNotice).toBe(false);
  });

  it("keeps the claim of a bank's name outside the account's context", () => {
    const a = analyzeSms({
      text: '【中国工商银行】尊敬的客户，您的账户存在异常，为保证资金安全，请将余额转入以下安全账户：6222 0212 3456 7890 123 户名：王强',
    });
    expect(codes(a)).toContain('PAYEE_ACCOUNT');
    expect(a.brand).toBe('ICBC');
  });

  it('is no anti-fraud warning when it gives an account', () => {
    const a = analyzeSms({
      text: '谨防诈骗！房东换卡都是骗局，请核实。本人新卡：建行 6217 0012 3456 7890 123 李明',
    });
    expect(codes(a)).toContain('PAYEE_ACCOUNT');
    expect(codes(a)).not.toContain('ANTI_FRAUD_WARNING');
  });
});

describe('analyzeSms: the unauthorised-change call-back script', () => {
  it.each([
    "NatWest: A new payee 'J SMITH' was added to your account on 14/03 at 19:42. If this was NOT you, call our fraud team on 0330 808 4417.",
    'Amazon: An order for iPhone 16 Pro Max ($1,299.00) has been placed on your account. If you did not authorize this, call Amazon Support at 1-888-555-0192.',
    'Apple: Your Apple ID was used to sign in on a Windows PC. If this was not you, call Apple Support on +1 (888) 555-0147 to lock your account.',
  ])('%s is a call-back impersonation', (text) => {
    const a = analyzeSms({ text });
    expect(a.lure).toBe('account_security');
    expect(a.impersonation).toBe(true);
  });

  it("is the bank's own alert with the bank's own line", () => {
    const a = analyzeSms({
      text: "Lloyds: A new payee was added to your account. If this wasn't you, call us on 0345 300 0000.",
    });
    expect(a.impersonation).toBe(false);
    expect(a.officialNotice).toBe(true);
  });
});

describe('analyzeSms: impostor scripts in more words', () => {
  it.each([
    [
      'family_emergency',
      'hey dad its me, phone broke so im using my mates. I need to pay a bill today, can you help me out?',
    ],
    [
      'family_emergency',
      "Grandma it's me, I got in a car accident. Please don't tell mom. I need $2,000 for bail today.",
    ],
    [
      'family_emergency',
      '在吗？我是你表哥，换号了，在外地出了点急事，能不能先借我两万，明天就还你，转到这个卡号。',
    ],
    [
      'boss_impersonation',
      "I'm in a board meeting and can't take calls. I need you to pick up some Apple gift cards for a client.",
    ],
    [
      'police_investigation',
      '這裡是公安局，你的身份證被冒用開戶涉及洗黑錢案件，請立即回撥協助調查，切勿告知他人。',
    ],
    [
      'verification_code',
      'Hi, I accidentally sent a 6-digit verification code to your number. Could you please forward it to me?',
    ],
    ['verification_code', '刚才不小心把验证码发到你手机上了，麻烦把那个6位数字发我一下，急用'],
    [
      'verification_code',
      "heyy! i'm in a voting competition, could you vote for me pls? you'll get a code by sms, just send it back to me",
    ],
    [
      'family_emergency',
      "Dad it's Josh, I'm in big trouble. Got arrested and need $2,000 for bail today. Please don't tell mum.",
    ],
    ['family_emergency', '我是你表哥，手机丢了暂时用这个号，方便帮我给朋友转2万吗？先别跟我妈说。'],
    [
      'verification_code',
      'Sorry to bother you, I accidentally entered your number when registering my WhatsApp. You should have received a 6-digit code, could you please send it to me?',
    ],
    [
      'verification_code',
      '哥们，我微信号被封了，辅助解封要用你的手机号，等下你收到一条验证码，帮我发一下',
    ],
    [
      'wrong_number',
      '您好，请问是张先生吗？我是上周在展会上跟您交换名片的Lisa，方便加个WhatsApp吗？',
    ],
    ['boss_impersonation', '我是王总，这是我新的微信号 wz_8866，加一下我，有事找你。'],
    ['boss_impersonation', '小王，我是李总，我换了新号码，你存一下，明天上午来我办公室一趟。'],
    [
      'mistaken_transfer',
      'Hello, I have sent Ksh3,500 to your number by mistake, it was for hospital. Please kindly reverse it to this number.',
    ],
    [
      'mistaken_transfer',
      '不好意思，我刚才转错账了，500元转到你账户了，麻烦帮我退回给我这个支付宝',
    ],
    [
      'verification_code',
      '在嗎？我手機收不到簡訊，可以幫我收一下LINE的驗證碼嗎？等等傳到你手機的4位數字，傳給我一下，謝謝',
    ],
    [
      'verification_code',
      '在吗？我手机欠费停机了，有个验证码发你手机上了，你帮我看一下告诉我，谢谢啦',
    ],
    [
      'verification_code',
      "Is the bike still available? Before we meet I'll send a code to your phone to verify you're real. Just tell me the code",
    ],
    [
      'verification_code',
      "PayPal: We detected a sign-in attempt from a new device. If this wasn't you, reply with the 6-digit security code we just sent you to lock your account.",
    ],
    [
      'boss_impersonation',
      "Hi Megan, it's Richard. I'm tied up in a board meeting and can't take calls. Are you available? I need you to handle a quick task for me discreetly.",
    ],
    [
      'family_emergency',
      '在吗？我是阿杰，我微信被盗了，这是我新号。现在有点急事，方便先帮我转5000吗，晚上就还你',
    ],
    [
      'sextortion',
      '你和我们女主播视频的录像已经保存，你的通讯录我们也已拿到。今晚12点前转账20000到指定账户，否则视频将发给你所有亲友和同事。',
    ],
    [
      'family_emergency',
      '叔叔我是阿杰，我在曼谷被警察抓了，要罚$3,000才放人，你先 PayNow 去我朋友 9876 1234（LIM），不要跟我爸说',
    ],
    [
      'family_emergency',
      'Grandma its me Jason. I got in a car accident in Montreal and Im at the police station. Please dont tell mom. My lawyer will text you, I need $3000 for bail. please hurry',
    ],
    [
      'family_emergency',
      "Hey its Emma from Tinder, Im stuck at Bali airport, my card got blocked. Could u lend me $600 til Monday? My cousins PayID is emma.payments88@gmail.com. I'll make it up to you babe x",
    ],
    [
      'family_emergency',
      'Hi bhabhi, main Sunil ka friend bol raha hu. Sunil ka accident hua hai Pune me, hospital admit ke liye 25000 abhi chahiye. Is UPI pe bhejo: medhelp.care2024@axl, baad me Sunil dega',
    ],
    [
      'family_emergency',
      '是我，你表哥，原来的号不用了，加我这个微信 zh_biaoge1988，有点急事找你帮忙。',
    ],
    [
      'account_change',
      '各位家长：本学期教辅资料费每人380元，请家长扫码加入新家长群缴纳，旧群将解散。班主任通知。',
    ],
    [
      'mistaken_transfer',
      '你好，我刚才不小心 DuitNow 了 RM800 给你，是我妈的医药费，麻烦转回去 019-885 2231 这个号码，谢谢',
    ],
    [
      'mistaken_transfer',
      'Samahani nimetuma 3,500 kwa number yako kimakosa, ilikuwa ya mama yangu hospitali. Tafadhali nirudishie kwa hii namba',
    ],
  ])('reads the %s scam: %s', (family, text) => {
    const a = analyzeSms({ text });
    expect(a.lure).toBe(family);
    expect(a.impostorScam).toBe(true);
  });

  it("takes a manager's summons from a number the reader knows as no scam", () => {
    expect(analyzeSms({ text: '小王，明天上午来我办公室一趟，把报表带上。' }).impostorScam).toBe(
      false,
    );
  });

  it("takes a friend's Venmo sent by mistake as no scam", () => {
    const a = analyzeSms({
      text: 'Hey I think I sent you $20 on Venmo by mistake, meant it for Sam. Could you send it back when you can?',
    });
    expect(a.impostorScam).toBe(false);
  });

  it("takes a friend's new WeChat with no boss and no errand as no scam", () => {
    const a = analyzeSms({ text: '换手机了，这是我新的微信号 abc123，加一下我' });
    expect(a.impostorScam).toBe(false);
  });
});

describe("analyzeSms: anyone's anti-fraud warning", () => {
  it.each([
    '【国家反诈中心】提醒您：凡是让您下载APP刷单返利、自称公检法要求转账、网上冒充客服退款的，都是诈骗！',
    '【上海市公安局】反诈提醒：近期“冒充客服退款”诈骗高发，正规退款无需您提供银行卡密码和验证码，更不需要屏幕共享。接到96110来电请及时接听。',
    '【某某大学学生处】提醒：近期出现冒充网贷平台要求“注销校园贷账户”的诈骗高发，学校未与任何平台合作，请勿转账，可拨打110或96110咨询。',
    'Chase will never ask for your password or one-time code by text. Beware of scams: call the number on the back of your card.',
    '香港警務處提提你：政府部門及銀行不會透過短訊要求你提供銀行戶口資料或密碼。',
    '【工业和信息化部】您近期可能接到涉嫌诈骗的电话或短信，请勿轻信，不要点击陌生链接，如遇可疑情况请拨打96110咨询。',
  ])('%s leads to no stranger: a warning, ham by rule', (text) => {
    const a = analyzeSms({ text });
    expect(a.officialNotice).toBe(true);
    const hit = a.hits.find((h) => h.code === 'ANTI_FRAUD_WARNING');
    expect(hit?.evidence).toMatch(/ham by rule/);
    expect(hit?.spans.length).toBeGreaterThan(0);
  });

  it.each([
    // a stranger's number, link, account or reply; an offer; a credential request nothing negates
    '谨防诈骗！您的账户存在风险，请致电 0755-83927415 核实身份。',
    '反诈提醒：您的银行卡已被冻结，请登录 icbc-safe.vip 解除。',
    '警惕冒充客服！如需退款请加微信 kefu_8823 办理。',
    'Beware of scams! Your account is locked. Reply with your PIN and date of birth to unlock it.',
    '谨防假冒！本店正品限时特惠，全场五折。',
  ])('%s is not', (text) => {
    const a = analyzeSms({ text });
    expect(a.officialNotice).toBe(false);
    expect(a.hits.map((h) => h.code)).not.toContain('ANTI_FRAUD_WARNING');
  });
});

describe('analyzeSms: scripts that claim their institution themselves', () => {
  it('takes the student-loan cancellation with a WeChat contact as a call-back impersonation', () => {
    const a = analyzeSms({
      text: '同学你好，我是某网贷平台客服，根据国家政策需注销您大学期间注册的校园贷账户，否则影响征信，请加微信 zx-kf009 办理。',
    });
    expect(a.lure).toBe('credit_record');
    expect(a.impersonation).toBe(true);
  });

  it('reads a request to share the screen as an app prompt', () => {
    const a = analyzeSms({
      text: '您好，这里是拼多多商家售后，需为您理赔，请下载“腾讯会议”开启屏幕共享，我们指导您操作。',
    });
    expect(codes(a)).toContain('APK_PROMPT');
  });
});

describe('analyzeSms: evasions seen in the wild', () => {
  it.each([
    'Royal Mail: Your parcel could not be delivered. A £1.45 redelivery fee is due. Pay and rebook at royalmail-redeliver.pages.dev',
    'Evri: Sorry we missed you today. Reschedule your delivery here: cutt.ly/evri-resched',
    'FedEx: package #77412890 is delayed. Schedule delivery at www . fedex-redelivery . net and pay the $1.99 handling fee.',
  ])('%s is an impersonation by rule', (text) => {
    expect(analyzeSms({ text }).impersonation).toBe(true);
  });

  it('leaves a brand that shortens its own link without a fraud lure alone', () => {
    const a = analyzeSms({
      text: 'Evri: your parcel is out for delivery today. Track: cutt.ly/evri-track',
    });
    expect(a.impersonation).toBe(false);
  });

  it.each([
    ['Add our LINE ID: tiktok_job88', 'tiktok_job88'],
    ['TG：@zhuihui_team', 'zhuihui_team'],
  ])('takes %j as a messenger contact', (text, handle) => {
    const a = analyzeSms({ text: `Earn $500/day, no experience needed. ${text}` });
    expect(hit(a, 'CALLBACK_NUMBER')?.evidence ?? '').toContain(handle);
  });

  it("does not call a brand's message with only a merchant's link its notice", () => {
    const a = analyzeSms({
      text: 'Chase Fraud Alert: Did you attempt a purchase of $1,249.99 at BESTBUY.COM? Reply NO and our fraud team will call you.',
    });
    expect(a.officialNotice).toBe(false);
  });

  it.each([
    'Running 5 min late. Zoom link for the 2pm: https://us02web.zoom.us/j/84512397621',
    '这个攻略写得好详细 http://xhslink.com/a/Kp2mNzQ7bR8',
    '这篇文章讲医保异地报销的，你看看 https://mp.weixin.qq.com/s/Xk3bR7pLmQ9tZ2vN',
  ])('takes a platform link as no unknown host: %s', (text) => {
    const a = analyzeSms({ text });
    expect(codes(a)).not.toContain('LINK_PRESENT');
    expect(a.brand).toBeNull();
  });
});

describe("analyzeSms: a brand's sender ID whose message leads nowhere else", () => {
  it.each([
    [
      'Safaricom',
      'Dear Customer, you have 2,340 Bonga Points. Redeem for data, minutes or SMS via *126# or the My Safaricom App.',
    ],
    [
      'MTN',
      "Y'ello! You have successfully subscribed to the 1.5GB Monthly Plan for N1,200. Dial *323# to check your balance.",
    ],
    ['Linkt', 'Linkt: Your account 1234567 was topped up by $40.00. View trips at linkt.com.au'],
  ])("takes %s's message as its own notice: %s", (sender, text) => {
    const a = analyzeSms({ text, sender });
    expect(a.officialNotice).toBe(true);
    expect(a.impersonation).toBe(false);
  });

  it('says so in its evidence when no link is given', () => {
    const a = analyzeSms({
      text: 'Dear Customer, our shops will be closed on Madaraka Day. Use the My Safaricom App or dial *100#.',
      sender: 'Safaricom',
    });
    expect(hit(a, 'BRAND_OFFICIAL_CONTACT')?.evidence ?? '').toContain('sender ID Safaricom');
  });

  it.each([
    [
      'Linkt',
      'Linkt: You have an unpaid toll of $12.40. Pay now to avoid a fine: linkt-au-tolls.com',
    ],
    [
      'CommBank',
      'CommBank: your NetBank access is suspended. Call 0491 570 110 to restore it today.',
    ],
    ['MTN', 'MTN: Congratulations! You have won N500,000 in the MTN promo. Claim at mtn-promo.xyz'],
  ])('gives a forged %s sender ID no pass when it leads elsewhere: %s', (sender, text) => {
    const a = analyzeSms({ text, sender });
    expect(a.officialNotice).toBe(false);
    expect(codes(a)).not.toContain('BRAND_OFFICIAL_CONTACT');
  });

  it('leaves an account report from a sender ID its ACCOUNT_NOTICE', () => {
    const a = analyzeSms({
      text: 'FNB :-) R250.00 paid from cheq a/c..4821 @ Woolworths. Avail R3,200. 14Mar 13:22',
      sender: 'FNB',
    });
    expect(codes(a)).toContain('ACCOUNT_NOTICE');
    expect(codes(a)).not.toContain('BRAND_OFFICIAL_CONTACT');
  });
});

describe("analyzeSms: an organisation's denial of its own policy", () => {
  const notice =
    '【中国移动】尊敬的客户，您当前积分3,268分，其中1,020分将于12月31日到期。可登录中国移动APP兑换话费或商品。中国移动不会通过短信链接让您兑换现金，谨防诈骗。';
  it('does not read "不会…兑换现金" as cash offered for points', () => {
    const a = analyzeSms({ text: notice, sender: '10086' });
    expect(codes(a)).not.toContain('OFFICIAL_SENDER_POLICY_VIOLATION');
    expect(a.officialNotice).toBe(true);
  });

  it('reads it, with no sender, as an anti-fraud warning with no money bait', () => {
    const a = analyzeSms({ text: notice });
    expect(codes(a)).not.toContain('MONEY_BAIT');
    expect(a.officialNotice).toBe(true);
  });

  it('still reads the offer of cash for points as the broken policy', () => {
    const a = analyzeSms({
      text: '【中国移动】尊敬的客户，您的积分即将清零，可兑换现金，请登录 10086-jf.cc 领取。',
      sender: '10086',
    });
    expect(codes(a)).toContain('OFFICIAL_SENDER_POLICY_VIOLATION');
    expect(a.impersonation).toBe(true);
  });
});

describe('analyzeSms: the mobile-loan advert', () => {
  it('reads "no guarantor … T&Cs apply" as a loan offer with its small print', () => {
    const a = analyzeSms({
      text: 'Get up to Ksh 50,000 in 5 minutes. No guarantor, no CRB check! Download the app. T&Cs apply',
    });
    expect(a.lure).toBe('loan');
    expect(a.marketing).toBe(true);
  });
});

describe("analyzeSms: a 106 code that ends in another organisation's number", () => {
  it('takes the brand the text names over the guess from the last five digits', () => {
    const a = analyzeSms({
      text: '【京东】PLUS会员专享：您有2张优惠券将于3月20日过期，打开京东APP查看。退订回T',
      sender: '1069095010',
    });
    expect(a.brand).toBe('JD.com');
  });

  it('keeps the guess when the text names no one', () => {
    const a = analyzeSms({ text: '您的验证码为 482913，5分钟内有效。', sender: '1065795555' });
    expect(a.brand).toBe('China Merchants Bank');
  });
});

describe("analyzeSms: '482910 is OTP for …'", () => {
  it('reads the code before "is OTP" with its warning as a one-time code', () => {
    const a = analyzeSms({
      text: '482910 is OTP for txn of INR 3,250.00 at FLIPKART on ICICI Bank Credit Card XX7710. Do not share OTP for security reasons.',
    });
    expect(codes(a)).toContain('ONE_TIME_CODE');
  });
});

describe('analyzeSms: NetCode', () => {
  it("reads CommBank's NetCode with its warning as a one-time code", () => {
    const a = analyzeSms({
      text: 'CommBank: NetCode 482913 for a transfer of $1,200.00 to BSB 062-000 account ending 4455. Never share this code with anyone. Not you? Call 13 2221.',
    });
    expect(codes(a)).toContain('ONE_TIME_CODE');
  });
});

describe('analyzeSms: a code message whose warning words its ask', () => {
  it.each([
    [
      '1069026810101',
      '【美团】3947（登录验证码，请完成验证），如非本人操作，请忽略本短信。请勿向任何人（包括客服）提供验证码。',
    ],
    [
      '#Octopus',
      '八達通：你的八達通App驗證碼為204817，10分鐘內有效。八達通職員不會要求你提供驗證碼。',
    ],
  ])('from %s: no code theft, its own code message', (sender, text) => {
    const a = analyzeSms({ text, sender });
    expect(a.impostorScam).toBe(false);
    expect(a.officialNotice).toBe(true);
  });

  it('still takes the thief who quotes the warning and asks for the code', () => {
    const a = analyzeSms({
      text: '你好，刚才验证码发错到你手机了，请勿泄露给别人哦，把收到的验证码发我一下就行',
      sender: '+8613720915584',
    });
    expect(a.officialNotice).toBe(false);
  });
});

describe("analyzeSms: an insurer's renewal with its own agent", () => {
  it('reads "专属服务人员" as no offer', () => {
    const a = analyzeSms({
      text: '【中国平安】尊敬的客户，您的车险保单将于2024年4月2日到期，请及时续保。续保可联系您的专属服务人员或拨打95511。',
      sender: '95511',
    });
    expect(a.officialNotice).toBe(true);
  });
});

describe('analyzeSms: Hong Kong and Cantonese impostors', () => {
  it.each([
    ['family_emergency', '阿媽，我部電話壞咗，呢個係新號碼，你加我WhatsApp先，有啲急事要你幫手'],
    [
      'police_investigation',
      '【入境事務處】閣下身份證涉及一宗內地刑事案件，請即致電 2183 0417 與負責人員聯絡，否則將被凍結出入境記錄。',
    ],
    [
      'verification_code',
      '不好意思，我刚才注册的时候手机号输错成你的了，你会收到一个6位验证码，麻烦发给我一下，谢谢！',
    ],
  ])('reads the %s scam: %s', (family, text) => {
    const a = analyzeSms({ text, sender: '+85256281043' });
    expect(a.lure).toBe(family);
    expect(a.impostorScam).toBe(true);
  });
});

describe('analyzeSms: a person asks to be paid on their own number', () => {
  it.each([
    ['+852 9123 4567', 'Badminton court booked Sun 10am Kowloon Park, FPS me $45 to 91234567 pls'],
    [
      '+61 412 387 905',
      'bbq split came to $28 each, my PayID is 0412387905 (Liam Carter). cheers legends',
    ],
    [
      '+233 24 412 3390',
      "Pls send the 200 cedis for Auntie Akosua's funeral contribution to my MoMo 024 412 3390. Family meeting Sat 4pm",
    ],
    [
      '13916628841',
      '同学们，下周六同学会定在老地方，AA每人200，提前转给班长，班长支付宝 13916628841 刘洋。',
    ],
  ])('from %s: %s', (sender, text) => {
    const a = analyzeSms({ text, sender });
    expect(codes(a)).toContain('PERSONAL_MESSAGE');
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
    expect(a.officialNotice).toBe(true);
  });

  it.each([
    // the writer's own number as a seller's contact, not as a handle to pay into
    [
      '+2348031234999',
      'Grow your business with our bulk SMS! 1,000 units for N2,500. Call/WhatsApp 08031234999',
    ],
    // a fake wallet receipt with its balance
    [
      '+92 312 5553471',
      'You have received Rs. 10,000.00 from MUHAMMAD ASIF in your JazzCash account 03125553471. Balance: Rs. 10,412.00',
    ],
    // a relative's new number and its errand: the story of the scam
    [
      '+353 89 401 2276',
      'Hi mam its me, this is my new number. Can u send 200 to my Revolut acc 0894012276, need to pay something urgent',
    ],
    // letterhead from a mobile
    [
      '+254 711 650 298',
      'KPLC: Your token purchase failed. Pay Ksh 1,500 to M-Pesa till 0711650298 to restore supply today',
    ],
  ])('gives no pass from %s: %s', (sender, text) => {
    const a = analyzeSms({ text, sender });
    expect(codes(a)).not.toContain('PERSONAL_MESSAGE');
  });

  it('names the handle in its evidence and spans', () => {
    const text = 'bbq split came to $28 each, my PayID is 0412387905 (Liam Carter). cheers legends';
    const a = analyzeSms({ text, sender: '+61 412 387 905' });
    const hit = a.hits.find((h) => h.code === 'PERSONAL_MESSAGE');
    expect(hit?.evidence).toContain('"0412387905"');
    expect(hit?.spans.map(([s, e]) => text.slice(s, e))).toEqual(['0412387905']);
  });
});

describe("analyzeSms: a person's own message with nothing in it to follow", () => {
  it.each([
    [
      '+8618367102290',
      '乐乐妈妈您好，今天数学错题都订正完了。下周二的课我想调到周三晚上7点，您看方便吗？',
    ],
    ['+8618968812507', '5月1号我结婚，在喜来登二楼宴会厅，详细地址我微信发你，一定要来啊！'],
    [
      '+1 206-555-0164',
      "running 10 late to standup, can you grab the deck from the team drive? it's pinned in the channel",
    ],
  ])('from %s: %s', (sender, text) => {
    const a = analyzeSms({ text, sender });
    expect(codes(a)).toContain('PERSONAL_MESSAGE');
    expect(a.officialNotice).toBe(true);
  });

  it.each([
    // the same words with no sender, or from a sender ID or a short code
    [
      undefined,
      '乐乐妈妈您好，今天数学错题都订正完了。下周二的课我想调到周三晚上7点，您看方便吗？',
    ],
    [
      '10690588412',
      '乐乐妈妈您好，今天数学错题都订正完了。下周二的课我想调到周三晚上7点，您看方便吗？',
    ],
    // an opener with its story, a prize, an amount, a letterhead, an advert
    ['+353 89 401 2276', 'Hi mum this is my new number, save it x'],
    [
      '+63 966 555 0148',
      'CONGRATS! Your mobile no. has won P750,000.00 in the 2025 Grand Raffle. To claim, text your full name and address.',
    ],
    ['+8613012345678', '【御足堂养生会所】新店开业，足疗SPA全场6.8折，欢迎光临'],
    ['+85267720534', '將軍澳海景兩房筍盤，業主急放，即睇即買，有意請致電地產代理 Kelvin'],
    ['+8618026637710', '哥，借我5,000周转一下，下个月还你'],
    ['+8618026637710', '哥，你先转两千给我同学，我回去跟你说'],
    // a stranger's opener and a candidate's invitation: no pass, whatever the score
    [
      '+13235550198',
      "Hi Amanda, is this still your number? It's Lily from the yoga class, are we still on for dinner Saturday at 7?",
    ],
    [
      '+254711000222',
      'Mheshimiwa John Kamau, your MCA aspirant, invites you to a town hall at Kasarani grounds Saturday 10am.',
    ],
    ['+85263308825', '你好，請問係陳生嗎？我係上次喺展覽見過嘅Amy，唔知你仲記唔記得我呀？'],
    // past three segments a text is no chat to someone one knows
    ['+8618367102290', '转'.repeat(400)],
    ['+1 206-555-0164', 'hey can you send me some money for the cab, will explain'],
  ])('gives no pass from %s: %s', (sender, text) => {
    const a = analyzeSms({ text, ...(sender === undefined ? {} : { sender }) });
    expect(codes(a)).not.toContain('PERSONAL_MESSAGE');
  });
});

describe('analyzeSms: more impostor and lure wording', () => {
  it.each([
    "Hi mam it's me, this is my new number save it. Can u do me a favour, need to pay something urgent today",
    "Mum phone broke, this is my temp number. can u send $950 to my mates acc 12-3140-0123456-00 for rent, I'll explain later pls dont call cant talk rn",
    '妈，我手机坏了，这是同学的手机。学校要交培训费3800，你直接转到老师卡上 6217 8800 2345 6612 309，户名黄建军，别打电话我在上课。',
  ])('reads a relative on a new number with an errand: %s', (text) => {
    for (const sender of [undefined, '+353 89 401 2276']) {
      const a = analyzeSms({ text, ...(sender === undefined ? {} : { sender }) });
      expect(a.lure).toBe('family_emergency');
      expect(a.impostorScam).toBe(true);
    }
  });

  it('reads a bank-verification code forwarded "to this number" as code theft', () => {
    const a = analyzeSms({
      text: 'This is GTBank customer care. Your BVN is being upgraded. An OTP has been sent to your phone, forward it to this number to avoid account restriction.',
      sender: '+234 810 223 4457',
    });
    expect(a.lure).toBe('verification_code');
    expect(a.impostorScam).toBe(true);
  });

  it("reads a utility's cut-off in 30 minutes with a number to call, from a mobile, as a call-back fraud", () => {
    const a = analyzeSms({
      text: 'Georgia Power: Your account is past due. Service will be disconnected in 30 mins unless payment is made. Call 1-844-555-0170 to pay now.',
      sender: '+1 (404) 555-0163',
    });
    expect(a.lure).toBe('account_frozen');
    expect(a.hits.find((h) => h.code === 'CALLBACK_NUMBER')?.evidence).toContain(
      'smishing by rule',
    );
  });

  it.each([
    [
      'family_emergency',
      '+86 18965032871',
      '爸，我在外面跟同学吃饭，钱包丢了手机也没电了，这是同学手机，你先转2000给他微信，我回去跟你说',
    ],
    [
      'sextortion',
      '+86 17035829471',
      '你和那个女的视频我已经录下来了，你通讯录我也有，今晚12点前转20000到这个卡上，不然就发给你老婆和同事。',
    ],
    [
      'boss_impersonation',
      '+86 16538274910',
      '小张，我是刘总，这是我新号码，明天上午来我办公室一趟。',
    ],
    [
      'wrong_number',
      '+86 16728490315',
      '哥哥你好呀，我是小雨，在附近的人看到你的，想认识一下，加我微信 xy_520love 聊聊呀~',
    ],
    [
      'verification_code',
      '+1 (415) 330-7812',
      'Google Security: someone is trying to access your account. We just sent you a verification code, reply with the code to block them.',
    ],
    [
      'boss_impersonation',
      '',
      'I need you to get 4 Apple gift cards $100 each for a client, scratch and send me pics of the codes asap. will reimburse you. -Mark',
    ],
  ])('reads the %s script from %j: %s', (family, sender, text) => {
    const a = analyzeSms({ text, sender });
    expect(a.lure).toBe(family);
    expect(a.impostorScam).toBe(true);
    expect(codes(a)).not.toContain('PERSONAL_MESSAGE');
  });

  it.each([
    [
      'advance_fee',
      "Hello dear, it's Jessica from Hinge, I lost the app but kept your number. I'm a nurse on UN deployment and cannot access my salary, could you help me with a small leave fee? I will pay back when I come home",
    ],
    [
      'wrong_number',
      '哥哥，我是上次在婚恋网上聊过的小雨，这是我新号。最近在做一个平台，稳赚不亏，要不要带你一起？',
    ],
  ])('reads the %s script with no sender: %s', (family, text) => {
    const a = analyzeSms({ text });
    expect(a.lure).toBe(family);
    expect(a.impostorScam).toBe(true);
  });

  it("takes a vet's own site and its booking line as its notice", () => {
    const a = analyzeSms({
      text: 'Paws & Claws Vets: Bella is due her annual booster. Book online at pawsandclaws.co.uk/book or call 0161 496 0342.',
    });
    expect(codes(a)).not.toContain('LINK_PRESENT');
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
  });

  it('takes "call … to rearrange" as the number to reach the clinic about a booking', () => {
    const a = analyzeSms({
      text: 'Reminder: Your appointment at Riverside Dental with Dr Shah is on Wed 14 May at 10:40. Reply C to confirm or call 01632 960123 to rearrange.',
    });
    expect(codes(a)).toContain('SERVICE_CONTACT_NUMBER');
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
  });

  it('reads a medical-insurance card "transfer" on a .gov.cn lookalike under .cm as an impersonation', () => {
    const a = analyzeSms({
      text: '【医保局】您的医保卡余额即将清零，请点击 ybj-gov.cn.cm 办理转移，逾期作废。',
    });
    expect(a.urls).toEqual(['http://ybj-gov.cn.cm']);
    expect(a.impersonation).toBe(true);
  });

  it.each([
    [
      'boss_impersonation',
      '17055501923',
      '小王，我是张局，换了个号码，明天上午九点来我办公室一趟。',
    ],
    [
      'police_investigation',
      '+852 6555 0219',
      '【入境事務處】閣下身份證資料涉嫌被冒用申請內地簽證，請即致電 3555 0166 查詢，否則個案將交由警方處理。',
    ],
    [
      'family_emergency',
      '0985550417',
      '媽，我換新號碼了，LINE也換了，舊的先不要傳，加我新的ID：ming_0319',
    ],
  ])('reads the %s script from %s: %s', (family, sender, text) => {
    const a = analyzeSms({ text, sender });
    expect(a.lure).toBe(family);
    expect(
      a.impostorScam ||
        a.impersonation ||
        a.hits.some((h) => h.evidence.includes('smishing by rule')),
    ).toBe(true);
  });

  it("reads a fine in the Transport Department's name on a lookalike as an impersonation", () => {
    const a = analyzeSms({
      text: '【運輸署】閣下名下車輛有一張未繳交通違例定額罰款HK$320，請於今日內繳付以免被檢控：td-gov.hk-fine.com',
    });
    expect(a.lure).toBe('traffic_fine');
    expect(a.impersonation).toBe(true);
  });

  it('reads the insider stock tip with its Telegram contact as a pitch', () => {
    const a = analyzeSms({
      text: '内部消息：某科技股下周将有重大重组，跟庄稳赚50%以上，名额仅剩5个，速加 telegram @ag_neican',
    });
    expect(a.lure).toBe('investment');
    expect(a.investmentPitch).toBe(true);
  });

  it("reads Hong Kong's fake immigration officer with its reply ask", () => {
    const a = analyzeSms({
      text: '入境事務處通知：閣下身份證涉嫌於內地被冒用開設銀行戶口，請回覆1轉接職員處理，否則將移交公安。',
      sender: '+85293847561',
    });
    expect(a.lure).toBe('police_investigation');
    expect(a.impostorScam).toBe(true);
  });

  it('reads a "V：" account as a messenger handle to contact', () => {
    const a = analyzeSms({
      text: '征信有逾期？网贷黑户？专业修复征信，无论多黑都能洗白，成功后再收费，V：zx_xiufu66',
    });
    expect(codes(a)).toContain('CALLBACK_NUMBER');
    expect(analyzeSms({ text: 'V: 我明天到，等我' }).hits.map((h) => h.code)).not.toContain(
      'CALLBACK_NUMBER',
    );
  });

  it("reads Taiwan's wholesale-tier charge in Shopee's name as a call-back fraud", () => {
    const a = analyzeSms({
      text: '【蝦皮】您的賬戶因系統設定錯誤被設為批發商，每月將扣款NT$2,999，請加LINE客服 @shopee-tw09 取消。',
    });
    expect(a.brand).toBe('Shopee');
    expect(a.lure).toBe('fee_deduction');
    expect(a.impersonation || a.impostorScam || codes(a).includes('CALLBACK_NUMBER')).toBe(true);
  });

  it("reads Taiwan's canvassing for a numbered candidate as a campaign", () => {
    const a = analyzeSms({
      text: '親愛的鄉親您好，我是第3選區立委候選人林志明，懇請1月13日投下神聖一票，支持3號林志明！',
      sender: '+886912000111',
    });
    expect(codes(a)).toContain('POLITICAL_CAMPAIGN');
  });
});

describe('analyzeSms: the South African Revenue Service', () => {
  it('takes its eFiling notice on sarsefiling.co.za as its own', () => {
    const a = analyzeSms({
      text: 'SARS: Your 2024 ITR12 assessment is now available on eFiling. Log in via www.sarsefiling.co.za to view it.',
      sender: 'SARS',
    });
    expect(a.brand).toBe('South African Revenue Service');
    expect(codes(a)).not.toContain('LINK_PRESENT');
    expect(a.officialNotice).toBe(true);
  });

  it('reads a refund link off its domains as an impersonation', () => {
    const a = analyzeSms({
      text: 'SARS: You are due a refund of R3,480. Submit your banking details at sars-refunds.co.za within 24 hours',
      sender: '+27 82 555 0111',
    });
    expect(codes(a)).toContain('BRAND_LINK_NOT_OFFICIAL');
    expect(a.impersonation).toBe(true);
  });
});

describe('analyzeSms: adverts, fees and parcels in more words', () => {
  it.each([
    [
      'Bet9ja',
      'Bet9ja: Get 170% bonus on your first deposit! Bet on EPL now at bet9ja.com. 18+ Play responsibly',
    ],
    [
      'JM-DREAM11',
      'IPL mega contest is here! Join for Rs 49, win up to Rs 1 Crore. Play now on Dream11. T&C, 18+',
    ],
  ])("reads %s's betting pitch as a casino's advert", (sender, text) => {
    const a = analyzeSms({ text, sender });
    expect(a.lure).toBe('gambling');
    expect(a.advertLure).toBe(true);
    expect(a.officialNotice).toBe(false);
  });

  it("keeps a game's free-draw announcement from an unlisted ID to the score", () => {
    const a = analyzeSms({
      text: '【天堂M】全新伺服器今日開放，登入即送傳說變身抽卡券x10，一齊重返亞丁大陸！',
      sender: '#LineageM',
    });
    expect(codes(a)).not.toContain('SENDER_ID_NOTICE');
    expect(a.officialNotice).toBe(false);
  });

  it("reads an import fee held against a parcel in NZ Customs' name, off its domain", () => {
    const a = analyzeSms({
      text: 'NZ Customs: Your package is held pending payment of $3.99 import GST. Pay within 24h: nz-customs-clearance.net',
    });
    expect(a.brand).toBe('New Zealand Customs Service');
    expect(a.lure).toBe('parcel_customs');
    expect(a.impersonation).toBe(true);
  });

  it("reads the romance scammer's customs fee by Western Union as an advance-fee fraud", () => {
    const a = analyzeSms({
      text: "My love, I'm stuck at customs in Manila with the gifts I bought for you. They need $850 clearance fee, pls send via Western Union, I'll pay u back when I arrive",
      sender: '+44 7458 903317',
    });
    expect(a.lure).toBe('advance_fee');
    expect(a.impostorScam).toBe(true);
  });
});

describe('analyzeSms: China Post EMS', () => {
  it('takes a pickup notice from 11183 linking to 11183.com.cn as its own', () => {
    const a = analyzeSms({
      text: '【中国邮政】您的邮件1187****2354已到达解放路营业部，请携带身份证到营业厅领取。查询请访问11183.com.cn',
      sender: '11183',
    });
    expect(codes(a)).toContain('OFFICIAL_SENDER_OFFICIAL_LINK');
    expect(a.officialNotice).toBe(true);
  });
});

describe('analyzeSms: a code given is no credential asked for', () => {
  it("takes HSBC's payee code with its own dispute line as its notice", () => {
    const a = analyzeSms({
      text: 'HSBC: Your one-time password is 829103 for adding payee CHAN TAI MAN. If you did not request this, call 2233 3000 now.',
      sender: 'HSBC',
    });
    expect(codes(a)).not.toContain('CREDENTIAL_REQUEST');
    expect(a.officialNotice).toBe(true);
  });

  it('still reads a request for the one-time password as one', () => {
    const a = analyzeSms({
      text: 'HSBC: your account is suspended. Reply with your one-time password and PIN to restore it',
      sender: '+44 7700 900123',
    });
    expect(codes(a)).toContain('CREDENTIAL_REQUEST');
  });
});

describe('analyzeSms: a sender ID no registry row names, whose message leads nowhere', () => {
  it.each([
    [
      'Traveloka',
      'Traveloka: Your flight booking 1234567890 CGK-DPS on 21 Mar 2025, GA 404, is issued. Your e-ticket has been sent to your email.',
    ],
    [
      'CityPower',
      'City Power: Our Braamfontein walk-in centre will be closed on Friday for staff training.',
    ],
    [
      'ICP',
      'ICP: Your residence visa application no. 1234567 has been approved. The eVisa has been sent to your registered email.',
    ],
  ])("takes %s's message as a notice with nothing to follow", (sender, text) => {
    const a = analyzeSms({ text, sender });
    expect(codes(a)).toContain('SENDER_ID_NOTICE');
    expect(a.officialNotice).toBe(true);
  });

  it.each([
    [
      'ParcelHub',
      'ParcelHub: your parcel is on hold. Pay the $1.99 fee at parcelhub-redelivery.top',
    ],
    ['Support', 'Your account will be suspended today. Call 0491 570 110 to keep it.'],
    [
      'AcctDesk',
      'Your account has been suspended due to unusual activity. Verify your details urgently.',
    ],
    ['BigSale', 'Mega sale this weekend, 50% off everything in store! Reply STOP to opt out'],
    [
      'WINBET',
      'Get 200% bonus on your first deposit up to N100,000! Bet on EPL this weekend. Dial *389*900# or visit winbet.ng 18+',
    ],
    [
      'CashNaija',
      'Get a loan of up to N500,000 in 5 minutes with no paperwork on the CashNaija app. Download now on Play Store.',
    ],
    [
      '#Centaline',
      '【中原地產】將軍澳全新樓盤，兩房首期低至5%，即睇即買。如不欲收到此類訊息請回覆STOP',
    ],
  ])('gives %s no pass when something leads on or sells: %s', (sender, text) => {
    const a = analyzeSms({ text, sender });
    expect(codes(a)).not.toContain('SENDER_ID_NOTICE');
    expect(a.officialNotice).toBe(false);
  });

  it("reads a wallet receipt's counterparty number as a party when no sender is given", () => {
    const a = analyzeSms({
      text: 'TCE4H7K2LP Confirmed. You have received Ksh2,500.00 from JOHN KAMAU 0712345678 on 14/3/25. New M-PESA balance is Ksh3,120.50.',
    });
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
  });

  it("reads a wallet receipt's counterparty number as a party from any sender ID", () => {
    const a = analyzeSms({
      text: 'Telecel Cash: You have sent GHS 80.00 to AMA SERWAA 0201234567. Fee GHS 0.80. Balance GHS 220.15.',
      sender: 'T-Cash',
    });
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
  });
});

describe("analyzeSms: a bank's letterhead from a mobile abroad", () => {
  it('reads 【中銀香港】 from a Hong Kong mobile asking for the code as smishing by rule', () => {
    const a = analyzeSms({
      text: '【中銀香港】系統正為閣下升級網上理財，我們已發送一個驗證碼至閣下手機，請回覆該驗證碼以完成升級。',
      sender: '+852 5530 2718',
    });
    expect(codes(a)).toContain('INSTITUTION_FROM_PERSONAL_NUMBER');
    expect(a.impersonation || a.impostorScam).toBe(true);
  });
});

describe('analyzeSms: an official matter handled through a messenger account', () => {
  it('a social-security card "to be frozen" and an officer\'s WeChat to add is smishing by rule', () => {
    const a = analyzeSms({
      text: '【人社通知】您的社保卡因未完成2026年度资格认证即将冻结，请添加社保服务专员微信 sbk2026kf 办理认证。',
    });
    expect(a.impersonation).toBe(true);
    expect(hit(a, 'CALLBACK_NUMBER')?.evidence).toContain('call-back impersonation');
  });

  it('a friend who shares a WeChat account with no official matter is no such thing', () => {
    const a = analyzeSms({ text: '换手机了，这是我新的微信号 abc123，加一下我' });
    expect(a.impersonation).toBe(false);
  });
});

describe("analyzeSms: an unlisted organisation's letterhead from someone's mobile", () => {
  it('大西洋銀行 from a Macau mobile, giving that mobile to call, is no account notice and its number a call-back', () => {
    const a = analyzeSms({
      text: '大西洋銀行：您尾號3344的信用卡於14/03消費MOP 9,860.00，如非本人交易請即致電客服專員6217 8845取消。',
      sender: '+85362178845',
    });
    expect(codes(a)).not.toContain('ACCOUNT_NOTICE');
    expect(codes(a)).toContain('CALLBACK_NUMBER');
    expect(a.officialNotice).toBe(false);
  });

  it('a fake FPS receipt from a mobile that asks for the money back is the mistaken-transfer scam', () => {
    const a = analyzeSms({
      text: '你已透過轉數快收到HKD 8,000.00，付款人：李**，參考編號FRN20240314HKBAAA123。唔好意思我轉錯咗，麻煩你轉返去呢個號碼59876123，唔該晒！',
      sender: '59876123',
    });
    expect(a.lure).toBe('mistaken_transfer');
    expect(a.impostorScam).toBe(true);
    expect(codes(a)).not.toContain('ACCOUNT_NOTICE');
  });
});

describe("analyzeSms: a bank's statement from someone's mobile", () => {
  const text =
    'Your A/c XX4521 credited with Rs.10,000.00 on 14-03-25 by UPI ref 407398761234. Avl bal Rs.10,482.50 -SBI';
  it('is no account notice from a mobile number (the fake credit before "I sent it by mistake")', () => {
    const a = analyzeSms({ text, sender: '+91 93125 67804' });
    expect(codes(a)).not.toContain('ACCOUNT_NOTICE');
    expect(a.officialNotice).toBe(false);
  });

  it("is the bank's account notice from its sender ID", () => {
    const a = analyzeSms({ text, sender: 'AD-SBIINB' });
    expect(codes(a)).toContain('ACCOUNT_NOTICE');
  });

  it("leaves a friend's word that the money arrived alone", () => {
    const a = analyzeSms({
      text: 'Got it, the rent has been credited, thanks!',
      sender: '07700900123',
    });
    expect(codes(a)).toContain('ACCOUNT_NOTICE');
  });
});

describe('analyzeSms: more canvassing and betting', () => {
  it.each([
    'Dear voter, your vote is your power! Vote for Shri R. Krishnappa, symbol: Bicycle. Press button No. 3 on EVM.',
    'Dear voter, on 9th August elect Hon. Peter Mwangi for MCA Githurai Ward. Maendeleo kwa wote!',
  ])('reads %j as a campaign', (text) => {
    expect(codes(analyzeSms({ text }))).toContain('POLITICAL_CAMPAIGN');
  });

  it('names the online casino', () => {
    const a = analyzeSms({
      text: 'Play & win at LuckyPeso! Free P888 welcome bonus for new members. Register now, 21+ only',
    });
    expect(a.lure).toBe('gambling');
  });

  it('takes the Emirates Post redelivery fee off its domains as impersonation', () => {
    const a = analyzeSms({
      text: 'Emirates Post: Your shipment is on hold due to an incomplete address. Pay AED 5.50 redelivery fee: https://emiratespost-ae.delivery-track.top',
      sender: '+971 52 555 0176',
    });
    expect(a.brand).toBe('Emirates Post');
    expect(a.impersonation).toBe(true);
  });
});

describe('analyzeSms: more lure wording', () => {
  it.each([
    [
      'job_offer',
      "Hi, I'm Rachel from HR. We have a flexible part-time job, only need a phone, earn $100-$800 a day, paid same day. Reply 'Yes' to learn more.",
    ],
    [
      'account_frozen',
      'City Utilities: Your water service is scheduled for disconnection today due to an unpaid balance. To avoid shutoff call 1-877-555-0171.',
    ],
  ])('names the %s lure in %j', (family, text) => {
    expect(analyzeSms({ text }).lure).toBe(family);
  });
});

describe('analyzeSms: more receipts', () => {
  it.each([
    'Telecel Cash: You have sent GHS 80.00 to AMA SERWAA. Fee GHS 0.80. Balance GHS 220.15.',
    'Purchase\nAmount: SAR 150.00\nCard: *4521 mada\nAt: PANDA RIYADH\nBalance: SAR 4,512.30',
    '【招商银行】您03月账单人民币5,362.18元，最低还款536.22元，到期还款日03月25日。',
    '【中国联通】尊敬的用户，您的账户余额为12.35元，为避免影响正常使用，请及时交费。',
    '【中国电信】尊敬的用户，您2月消费总额为129.00元，当前余额45.20元。',
    '【中国移动】尊敬的客户，您2月消费89.00元，其中套餐费58.00元、增值业务费25.00元，当前余额36.20元。详询10086或登录中国移动APP。',
    '【中国平安】您的车险保单（尾号5237）已续保成功，保障期限2024-04-15至2025-04-14，电子保单可在平安好车主APP查看。',
    '【顺丰速运】您的快件SF1428837766102正由快递员李师傅（电话138****6672）派送中，请保持电话畅通。',
    '【中信银行】您尾号0317信用卡4月账单￥5,621.08，到期还款日4月25日，可通过动卡空间APP还款。',
    '【中華郵政】您的包裹已送達台北仁愛路郵局，請於5/20前攜帶身分證領取，掛號號碼12345678901234。',
    'KRA: Your Income Tax Resident Individual return for 2023 has been successfully filed. Ack No. KRA202412345678. Thank you for filing.',
    '【铁路客服】订单E815503972，李女士您已办理3月9日D3126次的退票，应退票款186.50元。',
    '【铁路客服】订单E962841037,张先生您已购3月20日G1372次6车12F号,上海虹桥站14:21开。',
    '【中国移动】尊敬的客户，您已成功办理5G畅享套餐128元档，次月1日起生效。',
    'Maya: You sent PHP 800.00 to 0917***1234 on Mar 14, 2025 07:32 PM. Balance: PHP 1,230.50',
    'Rs.1,499.00 spent on HDFC Bank Card x4421 at AMAZON PAY INDIA on 2025-03-14. Avl Lmt: Rs.84,211.00.',
    'Chase: A $48.27 debit card transaction to SHELL OIL on 03/14/2025 exceeded your $25.00 alert setting.',
    'redBus: Ticket confirmed. TIN TT4B12345678, VRL Travels, Bengaluru-Hubballi, 21-Mar 22:30, Seat L4.',
    'City Power: Prepaid token 1234 5678 9012 3456 7890, 120.5kWh, R350.00. Thank you.',
    'Your CNIC is ready. Please collect it from the NADRA Registration Centre with your token slip.',
    '【中国移动】尊敬的客户，您好！截至03月14日18时，您本月已使用国内通用流量15.2GB，剩余4.8GB。',
    '【中国电信】尊敬的客户，您的账户余额已低于10元，为保证正常使用，请及时充值。',
    'FNB :-) R250.00 reserved for purchase @ Woolworths Sandton from cheq a/c..4821. Avail R3,200.',
    '【台灣電力公司】您電號01-23-4567-89-0本期電費NT$1,236，已於3/20完成自動扣繳，感謝您的支持。',
    'Linkt: Your account 1234567 was topped up by $40.00 from your card ending 8812. Current balance $52.15.',
    "Y'ello! You have successfully subscribed to the 1.5GB Monthly Plan for N1,200. Valid till 13/04.",
  ])('reads %j as an account notice', (text) => {
    expect(codes(analyzeSms({ text }))).toContain('ACCOUNT_NOTICE');
  });

  it("reads Emirates NBD's own line in its card alert as no call-back", () => {
    const a = analyzeSms({
      text: 'Purchase of AED 245.00 with Credit Card ending 4821 at CARREFOUR on 14-Mar-2024. Not you? Call 600540000',
      sender: 'EmiratesNBD',
    });
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
    expect(a.officialNotice).toBe(true);
  });
});

describe("analyzeSms: community notices, a school's warning, a GP's booking line", () => {
  it("reads a residents' committee notice as a notice", () => {
    const a = analyzeSms({
      text: '【青年路社区居委会】各位居民：本周六上午回收大件垃圾及废旧家电，请放至各楼栋东侧指定点位，勿堆放在楼道。',
    });
    expect(codes(a)).toContain('SCHOOL_NOTICE');
  });

  it("reads a school's 'we never commission anyone to collect fees' as an anti-fraud warning", () => {
    const a = analyzeSms({
      text: '【实验小学】温馨提示：学校从未委托任何机构或个人收取资料费、补课费，如有人以学校名义收费或发送缴费链接，请勿相信并及时告知班主任。',
    });
    expect(codes(a)).toContain('ANTI_FRAUD_WARNING');
  });

  it("reads a surgery's 'book via the NHS App or call' number as a service contact", () => {
    const a = analyzeSms({
      text: 'Parkside Surgery: Flu & COVID vaccine clinics Sat 12 Oct. Eligible patients can book via the NHS App or call 0113 496 0555.',
    });
    expect(codes(a)).toContain('SERVICE_CONTACT_NUMBER');
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
  });
});

describe("analyzeSms: an organisation's name as letterhead from someone's mobile", () => {
  it('takes a cut-off threat with a number to call as a call-back impersonation', () => {
    const a = analyzeSms({
      text: 'City Utilities: Your water service is scheduled for disconnection today due to an unpaid balance. To avoid shutoff call our billing dept at 1-877-555-0171.',
      sender: '+1 (720) 555-0181',
    });
    expect(a.impersonation).toBe(true);
  });

  it("leaves a tradesman's signed reminder with his number alone", () => {
    const a = analyzeSms({
      text: "Mike's Plumbing: just a reminder I'm coming Tuesday at 9 to fix the boiler. Call me on 07700 900123 if that changes.",
      sender: '07700900123',
    });
    expect(a.impersonation).toBe(false);
  });
});

describe('analyzeSms: the call-back script with no sender', () => {
  it.each([
    '【京东】您的白条账户因长期未使用被判定为异常，将于今日冻结并上报征信，如需解除请联系客服 0755-2716 3390。',
    'Coinbase: A withdrawal of 0.4821 BTC to bc1q8x was requested. If you did NOT initiate this, call Coinbase Support immediately at +1 (888) 555-0139 to cancel.',
    'Amazon: Your Prime membership auto-renewal of $139.00 was processed today. If you did not authorize this charge, call Amazon Billing at 1-888-555-0147 to cancel and receive a refund.',
  ])('takes %j as a call-back impersonation', (text) => {
    expect(analyzeSms({ text }).impersonation).toBe(true);
  });
});

describe("analyzeSms: a relative's story under a sender ID", () => {
  it('is no sender-ID notice, whatever the ID (the property test found "急用钱" under "!")', () => {
    const a = analyzeSms({ text: '急用钱 10086wds.cn ｃ急用钱', sender: '!' });
    expect(a.impostorScam).toBe(true);
    expect(a.officialNotice).toBe(false);
    expect(codes(a)).not.toContain('SENDER_ID_NOTICE');
    expect(hit(a, 'LURE')?.evidence).toMatch(/smishing by rule/);
  });
});

describe('analyzeSms: the "virtual kidnapping" threat (extortion)', () => {
  it.each([
    ['你儿子在我手上，马上往这个账户打20万，不许报警，否则后果自负。', undefined],
    [
      'We have your daughter. Do not call the police. Send the money to this account within 2 hours or you will never see her again.',
      '+1 (305) 555-0142',
    ],
  ])('takes %j as extortion, smishing by rule', (text, sender) => {
    const a = analyzeSms({ text, sender });
    expect(a.lure).toBe('extortion');
    expect(a.impostorScam).toBe(true);
    expect(hit(a, 'LURE')?.evidence).toMatch(/virtual kidnapping/);
  });

  it('leaves news of a kidnapping, with no ransom asked, alone', () => {
    const a = analyzeSms({
      text: '我儿子说他同学被绑架了，吓死我了，报警了没',
      sender: '+86 138 1234 5678',
    });
    expect(a.impostorScam).toBe(false);
  });
});

describe('analyzeSms: a charge "somewhere else" with a stranger\'s line to call', () => {
  it('is a call-back impersonation of the bank that letterheads it', () => {
    const a = analyzeSms({
      text: '【建设银行】您尾号4412的账户于03月15日在异地消费19,800.00元，如非本人操作请致电客服400-818-6723。',
      sender: '1065903395533',
    });
    expect(a.lure).toBe('account_security');
    expect(a.impersonation).toBe(true);
  });

  it("the bank's own alert with its own number stays its notice", () => {
    const a = analyzeSms({
      text: '【建设银行】您尾号4412的账户于03月15日消费19,800.00元，如非本人操作请致电95533。',
      sender: '95533',
    });
    expect(a.impersonation).toBe(false);
    expect(a.officialNotice).toBe(true);
  });
});

describe("analyzeSms: a courier's notice names the shop as the parcel's sender", () => {
  it('Ninja Van on ninjavan.co for a Shopee parcel is its own notice', () => {
    const a = analyzeSms({
      text: 'Ninja Van: Your parcel from Shopee (NVSGSHP00123456) is out for delivery today. Track at ninjavan.co/en-sg/tracking',
      sender: 'NinjaVan',
    });
    expect(a.brand).toBe('Ninja Van');
    expect(codes(a)).not.toContain('BRAND_LINK_NOT_OFFICIAL');
    expect(a.officialNotice).toBe(true);
  });

  it('the fee on a lookalike of it is an impersonation', () => {
    const a = analyzeSms({
      text: 'Ninja Van: Your parcel from Shopee could not be delivered. Pay S$1.50 redelivery fee at ninjavan-sg.top/pay',
    });
    expect(a.impersonation).toBe(true);
    expect(codes(a)).toContain('LINK_LOOKALIKE_DOMAIN');
  });
});

describe('analyzeSms: a manager who introduces himself by name', () => {
  it('"我是张总" with the summons to his office is the boss scam', () => {
    const a = analyzeSms({
      text: '我是张总，明天早上9点到我办公室来一趟。',
      sender: '+86 170 8821 4536',
    });
    expect(a.lure).toBe('boss_impersonation');
    expect(a.impostorScam).toBe(true);
  });

  it.each(['明天早上9点到我办公室来一趟。', '我是张总，这周的报表发我邮箱'])(
    'leaves %j (no introduction, or no summons) to the score',
    (text) => {
      expect(analyzeSms({ text, sender: '+86 170 8821 4536' }).impostorScam).toBe(false);
    },
  );
});

describe("analyzeSms: a lender's pitch in Taiwan's and Nigeria's words", () => {
  it.each([
    '免審核！小額借款3萬～30萬，當天撥款，不看聯徵，加LINE ID：@money88',
    'Get N50,000 loan in 5 mins without collateral! Download QuickKash on Play Store today. T&C apply.',
  ])('takes %j as a loan advert (spam at least)', (text) => {
    const a = analyzeSms({ text });
    expect(a.lure).toBe('loan');
    expect(a.advertLure).toBe(true);
  });
});

describe('analyzeSms: a child who names himself to a parent from a new LINE', () => {
  it('is the "Hi Mum" scam with its move to another account', () => {
    const a = analyzeSms({
      text: '爸，我是小明，原本的LINE被盜了，換新號碼，先加這個LINE：xm8823，等下有事跟你說',
      sender: '+886 963 884 120',
    });
    expect(a.lure).toBe('family_emergency');
    expect(a.impostorScam).toBe(true);
  });

  it('a child who says she will not be home for dinner is no scam', () => {
    const a = analyzeSms({ text: '妈，我是小红，今晚不回家吃饭了', sender: '+86 138 1111 2222' });
    expect(a.impostorScam).toBe(false);
    expect(a.lure).toBeNull();
  });
});

describe('analyzeSms: money settled between people who know each other (PERSONAL_MESSAGE)', () => {
  const personal = (a: SmsAnalysis) =>
    a.officialNotice && (hit(a, 'PERSONAL_MESSAGE')?.evidence ?? '').includes('settles money');
  it.each([
    [
      "Bhai pls send 5000 to Ammi's JazzCash 0300 7654321 for the bijli bill, I'll return Monday",
      '+92 300 1234567',
    ],
    [
      'Chama meeting moved to Sunday 3pm. Contributions 2,000 via Equity Paybill 247247 acc 0711650298',
      '+254 711 650 298',
    ],
    [
      '儿子，你爸这个月的药钱还差两千，你方便的话转到我农行卡 6228 4801 2345 6789 017，户名李秀兰。不急，周末前就行，别耽误你工作。',
      '13805712234',
    ],
    [
      'Hi all, Christmas hamper – €20 each to the club account IE29 AIBK 9311 5212 3456 78, ref your name. Thanks!',
      '+353 86 771 2093',
    ],
    [
      'Bros abeg send the 15k for the generator repair to my GTB 0123456789, the mechanic dey here waiting',
      '+234 803 412 7789',
    ],
    // money sent to the reader: nothing asked
    [
      'Salam bro, transferred AED 1,500 for the car service to your ENBD acc. Check and confirm.',
      '+971 50 123 4567',
    ],
    // another number's handle, in a group's errand with no story (was no pass while only the
    // writer's own number could be paid)
    ['Badminton court booked Sun 10am Kowloon Park, FPS me $45 to 91234567 pls', '+852 6000 1111'],
    // a British sort code and account (no phone number), and "council tax" (no election)
    [
      'Council tax is £148 this month so £49.33 each. Pay me when u can, Starling 60-83-71 23456789 Tom Price',
      '07700 900123',
    ],
    // "sa gcash nyo": the reader's own GCash (Taglish), no claim
    [
      'Sent na po 1,500 sa gcash nyo for the ulam orders. Ref 1009 384 776 521. Salamat po!',
      '0928 555 0192',
    ],
    // money sent to the reader's own bank card, named informally (你, not 您): no claim
    ['老张，货款18600今天打到你建行卡了，你看下到了没，单子我微信发你', '132 4567 8910'],
    // a landlord's own account, signed with her title, from a South African mobile
    [
      'Hi Thabo, rent of R5200 due on the 1st. FNB acc 62812345678, branch 250655, ref: Flat 3B. Thanks, Mrs Naidoo',
      '083 456 7890',
    ],
  ])('%j from %s is ham by rule', (text, sender) => {
    expect(personal(analyzeSms({ text, sender }))).toBe(true);
  });

  it.each([
    [
      "Namaste, this month tuition fee Rs 3000 for Aarav. You can GPay on this number 9876501234 itself. Thank you - Meena ma'am",
      '+91 98765 01234',
    ],
    [
      'Abeg send me 5k for fuel, my Opay na 8031234567 same as this line, name Chinedu Okafor. I go return am Friday',
      '08031234567',
    ],
    [
      'Boss the 1,200 for the cement, send am to my momo 020 765 4321 (Yaw Mensah Hardware). Driver dey wait',
      '020 765 4321',
    ],
  ])(
    '%j from %s asks to be paid on the sending number (its national form): ham by rule',
    (text, sender) => {
      const a = analyzeSms({ text, sender });
      expect(a.officialNotice).toBe(true);
      expect(hit(a, 'PERSONAL_MESSAGE')?.evidence).toContain('own number');
    },
  );

  it.each([
    '哥，借我5,000周转一下，下个月还你',
    'hey can you send me some money for the cab, will explain',
  ])('needs somewhere to pay: %j is left to the score', (text) => {
    expect(personal(analyzeSms({ text, sender: '+86 180 2663 7710' }))).toBe(false);
  });

  it('needs the personal sender: the same ask with no sender is left to the score', () => {
    const a = analyzeSms({
      text: "Bhai pls send 5000 to Ammi's JazzCash 0300 7654321 for the bijli bill, I'll return Monday",
    });
    expect(codes(a)).not.toContain('PERSONAL_MESSAGE');
  });

  it.each([
    // the boss in a meeting: story words of weight 1 are still a story
    '我在开会不方便接电话，有个合作方急需打一笔保证金，你先从公司账上转5万到6217 0031 8820 4413，户名陈志强，手续明天补。',
    // the landlord whose card "changed"
    '小何你好，我是房东，因为更换芯片卡，我的卡号换了，以后房租请打到这个卡号上。农商银行 6217 0031 8820 4413 黄华荣',
    // a relative's new number
    'Hi Mum, new number. Can you send £200 to my mate acc 12-34-56 12345678, will pay it back',
    // a link to follow
    'Pls send the 5000 for the trip to my GTB 0123456789 or pay at paystack-link.top/xyz',
  ])('tells a story or leads elsewhere, so no pass: %j', (text) => {
    expect(personal(analyzeSms({ text, sender: '+234 803 412 7789' }))).toBe(false);
  });

  it('a new number (in Taglish) asking to pay a companion is no pass from a Philippine mobile', () => {
    const a = analyzeSms({
      text: 'Ate si Ana to, bago kong number. Na-hold ako sa airport kulang pambayad sa excess baggage, pa-send naman 8,000 sa gcash 0995 611 2038 (R. Santos) yung kasama ko',
      sender: '0908 442 1771',
    });
    expect(codes(a)).not.toContain('PERSONAL_MESSAGE');
  });
});

describe("analyzeSms: an organisation's own service number named as the line to call", () => {
  it("China Southern's schedule change that says to call 95539 is its own notice, with no sender", () => {
    const a = analyzeSms({
      text: '【南方航空】尊敬的旅客：受航班计划调整影响，您6月10日CZ3102广州-北京航班起飞时间变更为14:20。如需免费改签或退票，请通过南航APP办理或致电95539。',
    });
    expect(hit(a, 'BRAND_OFFICIAL_CONTACT')?.evidence).toContain('its own line: 95539');
    expect(a.officialNotice).toBe(true);
  });

  it('the same story with a 400 line and a compensation is a call-back impersonation', () => {
    const a = analyzeSms({
      text: '【南方航空】尊敬的旅客：您的航班CZ3102因天气原因取消，请致电400-820-6317办理免费改签并领取300元延误补偿。',
    });
    expect(a.impersonation).toBe(true);
    expect(codes(a)).not.toContain('BRAND_OFFICIAL_CONTACT');
  });
});

describe('analyzeSms: more registry rows and scripts', () => {
  it("NZTA's unpaid toll on a site off nzta.govt.nz is an impersonation", () => {
    const a = analyzeSms({
      text: 'NZTA: Your toll payment is overdue. Pay $4.80 now to avoid a $50 admin fee: https://nzta-tollpay.info/nz',
      sender: '+64 22 555 0191',
    });
    expect(a.brand).toBe('NZ Transport Agency');
    expect(a.impersonation).toBe(true);
  });

  it('the boss who calls his staff into a QQ group is the boss scam', () => {
    const a = analyzeSms({
      text: '各位同事，我是李总，明天上午10点召开紧急会议，请大家加入QQ群 738291046，具体安排群里通知。',
      sender: '16524731809',
    });
    expect(a.lure).toBe('boss_impersonation');
    expect(a.impostorScam).toBe(true);
  });

  it("Taiwan's NHI is a registry organisation", () => {
    const a = analyzeSms({
      text: '健保署通知：您的健保卡資料異常，將停止使用，請回撥本號碼轉接專員處理。',
    });
    expect(a.brand).toBe('National Health Insurance Administration (Taiwan)');
    expect(a.lure).toBe('medical_insurance');
  });

  it("DPD Ireland's notice on dpd.ie is DPD's own", () => {
    const a = analyzeSms({
      text: 'DPD: Hi Aoife, your ASOS parcel will be delivered today between 13:42 and 14:42 by Marek. Track or change: dpd.ie/t/15501234567890',
    });
    expect(codes(a)).not.toContain('BRAND_LINK_NOT_OFFICIAL');
    expect(codes(a)).toContain('BRAND_OFFICIAL_CONTACT');
  });
});

describe('analyzeSms: the "I typed my number wrong, the code is mine" script', () => {
  it('is code theft, smishing by rule', () => {
    const a = analyzeSms({
      text: '您好，刚才发给您的验证码是我的，我手机号填错了，麻烦把验证码告诉我一下，谢谢',
      sender: '+86 152 0913 7725',
    });
    expect(a.lure).toBe('verification_code');
    expect(a.impostorScam).toBe(true);
  });
});

describe("analyzeSms: a clinic's appointment reminder", () => {
  it.each([
    [
      'Reminder: Alvarez Family Dental appt Tue 3/18 at 2:30 PM. Reply C to confirm or R to reschedule. Reply STOP to opt out.',
      '+1 210-555-0116',
    ],
    [
      'Raffles Medical Bishan: Reminder of your vaccination appt on 20 Mar, 3.15pm. Reply Y to confirm or call the clinic to reschedule.',
      undefined,
    ],
    [
      '醫院管理局：提提您，您於5月28日下午2時15分在瑪麗醫院眼科專科門診有覆診預約。如需更改，請致電預約中心。',
      undefined,
    ],
  ])('%j is an account notice, ham by rule', (text, sender) => {
    const a = analyzeSms({ text, sender });
    expect(codes(a)).toContain('ACCOUNT_NOTICE');
    expect(a.officialNotice).toBe(true);
  });

  it('a "booking fee" for the appointment on another site is no notice', () => {
    const a = analyzeSms({
      text: 'NHS: You are due a booster vaccine appointment. Reply YES to confirm and pay the £2.99 booking fee at nhs-booking.info',
    });
    expect(a.officialNotice).toBe(false);
    expect(codes(a)).toContain('BRAND_LINK_NOT_OFFICIAL');
    expect(codes(a)).not.toContain('ACCOUNT_NOTICE');
  });
});

describe('analyzeSms: what a notice says of itself', () => {
  it('a refund reported done, with nothing to follow, is an account notice', () => {
    const a = analyzeSms({
      text: 'Shopee: Your refund of RM89.90 for order 240318ABCD1234 has been processed to your ShopeePay wallet. Check Me > My Purchases > Return/Refund in the app.',
      sender: 'Shopee',
    });
    expect(codes(a)).not.toContain('MONEY_BAIT');
    expect(codes(a)).toContain('ACCOUNT_NOTICE');
  });

  it('a refund "processed" with a link to confirm it is no notice', () => {
    const a = analyzeSms({
      text: 'HMRC: Your tax refund of £240.10 has been processed. Confirm your card details to receive it at hmrc-refunds.com',
    });
    expect(a.officialNotice).toBe(false);
    expect(codes(a)).toContain('BRAND_LINK_NOT_OFFICIAL');
  });

  it('a cash office is a place to pay, no cash offered; a government site is a link', () => {
    const a = analyzeSms({
      text: 'City of Cape Town: Your municipal account 203345612 for R2,114.80 is due 15/04/2024. Pay via e-services at eservices.capetown.gov.za, EFT or any City cash office.',
      sender: 'CityofCT',
    });
    expect(codes(a)).not.toContain('MONEY_BAIT');
    expect(a.urls).toEqual(['http://eservices.capetown.gov.za']);
  });

  it('the number that sent it, named as the line, is no call-back when no organisation is claimed', () => {
    const a = analyzeSms({
      text: 'Statistics Canada: Your household was selected for the Labour Force Survey. An interviewer will call you this week from 1-877-949-9492. Learn more at statcan.gc.ca/lfs',
      sender: '+1 877 949 9492',
    });
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
  });

  it('the sender own number keeps its call-back when the text claims a brand', () => {
    const a = analyzeSms({
      text: 'Amazon: A purchase of $999.00 was placed on your account. If this was not you call 1-888-555-0199 now.',
      sender: '+1 888 555 0199',
    });
    expect(codes(a)).toContain('CALLBACK_NUMBER');
    expect(a.officialNotice).toBe(false);
  });

  it("an official number that names its own line is the organisation's notice", () => {
    const a = analyzeSms({
      text: '【东方航空】尊敬的旅客:受天气影响,您预订的4月2日MU5137航班(上海虹桥-北京首都)预计起飞时间调整为21:40。可通过东航APP办理免费改签或退票,详询95530。',
      sender: '95530',
    });
    expect(codes(a)).toContain('BRAND_OFFICIAL_CONTACT');
    expect(a.officialNotice).toBe(true);
  });

  it('an official number with another line to call is no notice (the forged-sender call-back)', () => {
    const a = analyzeSms({
      text: '【东方航空】尊敬的旅客:您预订的MU5137航班已取消,请致电400-820-6317办理退票并领取300元延误补偿。',
      sender: '95530',
    });
    expect(codes(a)).not.toContain('BRAND_OFFICIAL_CONTACT');
    expect(a.officialNotice).toBe(false);
  });

  it("Flipkart's own short links (fkrt.it) are its official domain", () => {
    const a = analyzeSms({
      text: 'Your Flipkart order for boAt Airdopes 141 is out for delivery. Share OTP 5821 with the Ekart agent ONLY after you receive the item. Track: fkrt.it/Ab3Xyz',
      sender: 'VM-FLPKRT',
    });
    expect(a.brand).toBe('Flipkart');
    expect(codes(a)).toContain('BRAND_OFFICIAL_CONTACT');
    expect(codes(a)).not.toContain('LINK_PRESENT');
  });
});

describe('analyzeSms: a customer names their own bank', () => {
  it('"my FNB acc" claims no bank', () => {
    const a = analyzeSms({
      text: 'thanks for lunch! my FNB acc is 62812345678 branch 250655, R180 each, no rush',
      sender: '+27 82 556 1043',
    });
    expect(a.brand).toBeNull();
    expect(codes(a)).not.toContain('BRAND_CLAIMED');
  });

  it('"Pay to Access Bank 0691234567" from a person, with no scam story, settles money between people', () => {
    const a = analyzeSms({
      text: 'Good evening ma, this is Mr Adewale the caretaker. Landlord says rent renewal for next year is N1.2m, due end of this month. Pay to Access Bank 0691234567, Chief B. Olaniyan. Pls send me the receipt once you pay so I update the file.',
      sender: '+234 806 223 1190',
    });
    expect(codes(a)).toContain('PERSONAL_MESSAGE');
  });

  it('the same account with a changed-account story is no personal payment', () => {
    const a = analyzeSms({
      text: 'Good evening ma, this is the caretaker. Landlord has changed his account, pay the rent of N1.2m to the new account: Access Bank 0691234567 today.',
      sender: '+234 806 223 1190',
    });
    expect(codes(a)).not.toContain('PERSONAL_MESSAGE');
  });
});

describe('analyzeSms: "Reply YES to confirm"', () => {
  it('confirms an interview: no reply to win, and no payment between people either', () => {
    const a = analyzeSms({
      text: 'Hi Priya, Meera from TalentCorp HR here. Confirming your interview for the Data Analyst role on Thu 14 Mar, 11:00 AM at Electronic City Phase 1, Gate 2. Please carry a govt ID and 2 printed copies of your resume. Reply YES to confirm.',
      sender: '+91 98451 22078',
    });
    expect(codes(a)).not.toContain('REPLY_TO_WIN');
    expect(codes(a)).not.toContain('PERSONAL_MESSAGE');
  });

  it('to confirm a subscription is still a reply to win', () => {
    const a = analyzeSms({
      text: 'Get 10 free ringtones every week! Reply YES to confirm your subscription, text yes now',
    });
    expect(codes(a)).toContain('REPLY_TO_WIN');
  });
});

describe('analyzeSms: reports in the words banks and railways use', () => {
  it.each([
    "Barclays: A payment of £1,249.00 to HMRC SELF ASSESSMENT left your account ending 4471 on 31 Jan. If you don't recognise it, call the number on the back of your card. Please don't reply to this message.",
    '【铁路客服】订单E987654321,李女士您已改签4月3日D3102次7车09D号,上海虹桥14:25开。票价差额32.5元将于15个工作日内退回原支付账户。',
  ])('%s is an account notice, with no sender too', (text) => {
    const a = analyzeSms({ text });
    expect(codes(a)).toContain('ACCOUNT_NOTICE');
    expect(a.officialNotice).toBe(true);
  });

  it('a payment that "left your account" with a number to call about it is no notice', () => {
    const a = analyzeSms({
      text: 'Barclays: A payment of £1,249.00 left your account. If this was not you call our fraud team on 020 3984 1122 immediately.',
    });
    expect(a.officialNotice).toBe(false);
  });
});

describe('analyzeSms: more scripts and notices from the field', () => {
  it('a sextortion threat with its account is smishing by rule', () => {
    const a = analyzeSms({
      text: '你的视频我已经录下来了，你通讯录的人我都有。48小时内转2万到下面账户，不然全部群发：6228 4801 2233 4567',
      sender: '16600331208',
    });
    expect(a.lure).toBe('sextortion');
    expect(a.impostorScam).toBe(true);
  });

  it("Taiwan's stock tip with its LINE account is an investment pitch", () => {
    const a = analyzeSms({
      text: '【台股飆股】陳老師免費報明牌，本週三檔漲停！加入LINE好友領取：@tw888stock',
      sender: '+886 903 772 491',
    });
    expect(a.lure).toBe('investment');
    expect(a.investmentPitch).toBe(true);
  });

  it('"If not you, call …" is the dispute line of a card alert from a registered ID', () => {
    const a = analyzeSms({
      text: 'INR 2,450.00 spent on ICICI Bank Card XX4003 on 12-Mar-24 at SWIGGY. Avl Lmt: INR 1,37,550.00. If not you, call 1800 2662/SMS BLOCK 4003 to 9215676766',
      sender: 'JM-ICICIB',
    });
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
    expect(a.officialNotice).toBe(true);
  });

  it('the same alert from a mobile number keeps its call-back', () => {
    const a = analyzeSms({
      text: 'INR 2,450.00 spent on ICICI Bank Card XX4003 at SWIGGY. If not you, call 8093412277 now',
      sender: '+91 98451 22078',
    });
    expect(a.officialNotice).toBe(false);
  });

  it('a bill payable through "eZ Cash" dangles no cash', () => {
    const a = analyzeSms({
      text: 'Your Dialog bill of Rs. 2,340.50 for 077XXXX123 is due on 25/03/2024. Pay via the MyDialog app or eZ Cash. Please ignore if already paid.',
      sender: 'Dialog',
    });
    expect(a.brand).toBe('Dialog Axiata');
    expect(codes(a)).not.toContain('MONEY_BAIT');
    expect(codes(a)).toContain('ACCOUNT_NOTICE');
  });

  it('a sender ID is found with or without its dots and spaces', () => {
    expect(analyzeSms({ text: 'Your appointment is tomorrow.', sender: 'gov.sg' }).brand).toBe(
      'Singapore government (gov.sg)',
    );
    expect(analyzeSms({ text: 'Your parcel is on its way.', sender: 'An Post' }).brand).toBe(
      'An Post',
    );
  });

  it("LBC's own tracking site is its official link", () => {
    const a = analyzeSms({
      text: 'LBC: Your shipment 123456789012 is out for delivery today. Please prepare a valid ID. Track at lbcexpress.com',
      sender: 'LBC',
    });
    expect(a.brand).toBe('LBC Express');
    expect(codes(a)).not.toContain('LINK_PRESENT');
  });
});

describe('analyzeSms: a sum between friends with no currency', () => {
  it('"sent 2,500 to your GPay" is money settled between people', () => {
    const a = analyzeSms({
      text: 'Bhai sent 2,500 to your GPay for the cab share from Pune, check once and confirm',
      sender: '+91 98200 45123',
    });
    expect(codes(a)).toContain('PERSONAL_MESSAGE');
  });
});

describe('analyzeSms: a 106 code with nothing to follow', () => {
  it("a restaurant's queue number is the business's notice, whatever owner its digits suggest", () => {
    const a = analyzeSms({
      text: '【美味不用等】您在外婆家（湖滨银泰店）的排队号A032，前方还有3桌，请尽快返回门店，过号作废。',
      sender: '1069012345',
    });
    expect(codes(a)).toContain('SENDER_ID_NOTICE');
    expect(codes(a)).not.toContain('BRAND_OFFICIAL_CONTACT');
    expect(a.officialNotice).toBe(true);
  });

  it.each([
    // a number to call (no cue word needed)
    '【金色年华KTV】周末欢唱，包厢买3小时送3小时，啤酒买一箱送一箱，订房：0755-26012345',
    // a lure with a reply asked
    '您的车辆(浙A***9K)违章未处理，即将扣12分并吊销驾照，回复1查询详情，回复2立即办理。',
  ])('%s is no quiet notice', (text) => {
    const a = analyzeSms({ text, sender: '10690112233' });
    expect(codes(a)).not.toContain('SENDER_ID_NOTICE');
    expect(a.officialNotice).toBe(false);
  });
});

describe('analyzeSms: notices read with no sender', () => {
  it.each([
    'ZESCO: Planned power interruption on Thursday 14/03 from 08:00 to 17:00 in Kabulonga and Woodlands ext. to allow maintenance works. We regret any inconvenience.',
    'You have received UGX 50,000 from JOHN OKELLO (256772555134) on 2024-03-11 18:02:11. Reason: school fees. Your new balance: UGX 63,400. ID: 48213390571.',
    '【国网上海电力】尊敬的客户，您户号31****8821的2月电费为286.40元，请于3月20日前缴清，逾期将产生违约金。可通过网上国网APP缴费。',
  ])('%s is an account notice', (text) => {
    const a = analyzeSms({ text });
    expect(codes(a)).toContain('ACCOUNT_NOTICE');
  });

  it("Hong Kong's 一次性密碼 with 請勿與任何人分享 is a one-time code message", () => {
    const a = analyzeSms({
      text: 'HSBC: 你的一次性密碼為 482019，請勿與任何人分享。滙豐絕不會致電要求你提供此密碼。',
    });
    expect(codes(a)).toContain('ONE_TIME_CODE');
  });

  it('a money receipt whose sender in brackets is followed by a line to call is no notice', () => {
    const a = analyzeSms({
      text: 'You have received UGX 50,000 from JOHN OKELLO (256772555134). To confirm the transfer call 0772 555 999 now.',
    });
    expect(codes(a)).not.toContain('ACCOUNT_NOTICE');
  });
});

describe('analyzeSms: scripts of 2025', () => {
  it.each([
    [
      "Mum I'm so sorry to ask but I've got 2 bills due today and my banking app won't work on the new phone until it's verified. Could you pay £1,480 for me and I'll pay you back tomorrow? I'll send the details x",
      '+44 7441 902377',
      'family_emergency',
    ],
    [
      "Oh sorry, wrong number then! Nice to meet you anyway 😊 I'm Amy, I run a jewellery import business in LA and trade gold futures on the side. Where are you based?",
      '+1 (628) 555-0104',
      'wrong_number',
    ],
    [
      '原来加错了，那也是缘分呀😊 我在新加坡做跨境电商，平时也研究黄金期货，方便认识一下吗？',
      '+60 11-2345 6789',
      'wrong_number',
    ],
  ])('%s is an impostor script', (text, sender, lure) => {
    const a = analyzeSms({ text, sender });
    expect(a.lure).toBe(lure);
    expect(a.impostorScam).toBe(true);
    expect(codes(a)).not.toContain('PERSONAL_MESSAGE');
  });

  it("the task scam's advance is no account notice", () => {
    const a = analyzeSms({
      text: '亲，恭喜您完成前三单新手任务，佣金已到账。今天的联单任务需先垫付2980元，完成后本金加佣金一起返还哦。',
      sender: '16532018844',
    });
    expect(a.lure).toBe('job_offer');
    expect(codes(a)).not.toContain('ACCOUNT_NOTICE');
  });

  it.each([
    [
      'DraftKings: Bet $5, Get $200 in Bonus Bets instantly! New customers only. 21+. Gambling problem? Call 1-800-GAMBLER. Reply STOP to end.',
      'gambling',
    ],
    [
      '股市机会来了！王教授免费带你抓涨停，近期推荐3只全部翻倍，添加助理微信 ws8832g 拉你进群。',
      'investment',
    ],
  ])('%s names its advert', (text, lure) => {
    const a = analyzeSms({ text });
    expect(a.lure).toBe(lure);
    expect(a.advertLure || a.investmentPitch).toBe(true);
  });

  it("a courier's driver named with his phone is a service contact", () => {
    const a = analyzeSms({
      text: '【黑貓宅急便】您的包裹(單號905612345678)預計今日18:00前送達，司機電話0912-345-678。查詢請至t-cat.com.tw',
    });
    expect(a.brand).toBe('T-CAT (黑貓宅急便)');
    expect(codes(a)).toContain('SERVICE_CONTACT_NUMBER');
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
    expect(codes(a)).not.toContain('LINK_PRESENT');
  });
});

describe('analyzeSms: a confirmed appointment with its line', () => {
  it('the hospital\'s number after "is confirmed for" is a service contact', () => {
    const a = analyzeSms({
      text: 'Dear Sunita, your appointment with Dr. Menon (Cardiology) at Apollo Hospitals Greams Rd is confirmed for 15-Mar 11:30 AM. Pls carry previous reports. Call 044-28290200',
      sender: 'VK-APOLLO',
    });
    expect(codes(a)).toContain('SERVICE_CONTACT_NUMBER');
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
  });

  it('a refund "confirmed for" payment with a line to call keeps its call-back (a lure)', () => {
    const a = analyzeSms({
      text: 'HMRC: Your tax refund of £412.50 is confirmed for payment. To claim your refund call 0330 808 4721 today.',
    });
    expect(codes(a)).toContain('CALLBACK_NUMBER');
  });
});

describe("analyzeSms: a government's free service", () => {
  it('"This is a free service" from gov.sg with a link on gov.sg is its notice', () => {
    const a = analyzeSms({
      text: 'MOH: You are due for your 2024/2025 COVID-19 vaccination. Book at www.vaccine.gov.sg. This is a free service. Do not reply.',
      sender: 'gov.sg',
    });
    expect(codes(a)).toContain('BRAND_OFFICIAL_CONTACT');
    expect(a.officialNotice).toBe(true);
  });

  it("a carrier's free offer on its own site stays its marketing", () => {
    const a = analyzeSms({
      text: '【中国移动】限时优惠！免费领取10GB流量，登录 10086.cn 立即办理。',
      sender: '10086',
    });
    expect(a.officialNotice).toBe(false);
  });
});

describe("analyzeSms: a 106 code's guessed owner and the letterhead", () => {
  it('credits a 106 code with its own letterhead to no organisation its last digits suggest', () => {
    const a = analyzeSms({
      text: '【爱康国宾】您好，您3月2日的体检报告已出，请登录爱康App查看。',
      sender: '1069010512345',
    });
    expect(a.brand).toBeNull();
  });

  it('keeps the guess when the text names no one else and has no letterhead', () => {
    expect(analyzeSms({ text: '您的话费账单已出，详询10086', sender: '1069010086' }).brand).toBe(
      'China Mobile',
    );
  });
});

describe('analyzeSms: hotlines and questions in real notices (guide set 63)', () => {
  it('a notice that says what it never asks for asks for nothing', () => {
    const a = analyzeSms({
      text: "NHS: You're eligible for your autumn COVID-19 vaccine. Book at nhs.uk/book or call 119 (free). The NHS will never ask for bank details.",
      sender: 'NHSvaccine',
    });
    expect(codes(a)).not.toContain('CREDENTIAL_REQUEST');
  });

  it('still reads the ask beside a denial', () => {
    const a = analyzeSms({
      text: 'We will never ask for your PIN by email. To keep your account, reply with your card number and CVV.',
    });
    expect(codes(a)).toContain('CREDENTIAL_REQUEST');
  });

  it.each([
    '【实验小学】各位家长：因台风影响，明天(6月18日)全校停课一天，请做好孩子看护安排。如有问题请致电学校办公室0755-2345 6789。',
    'Smile Dental: Hi Oliver, reminder of your check-up with Dr Ahmed on Tue 5 Mar at 08:40. Reply C to confirm or call 0161 496 0732.',
    'Thames Water: We are repairing a burst main in your area (SE15). Water pressure may be low until 6pm. For updates call 0800 316 9800. No action needed.',
    'Dear Mr Wong, you are invited for an interview on 20 Jun (Thu) 10am at 2 Changi South Lane. Kindly confirm attendance by calling our office at 6542 3318.',
  ])('the office named for questions is a service line: %s', (text) => {
    const a = analyzeSms({ text });
    expect(codes(a)).toContain('SERVICE_CONTACT_NUMBER');
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
  });

  it("a US bank's dotted hotline is its own line", () => {
    const a = analyzeSms({
      text: 'BofA: Card ending 5530 was used for $1,250.00 at a store. If you did not make this purchase, call 800.432.1000. To stop alerts reply STOP.',
      sender: '73981',
    });
    expect(codes(a)).toContain('BRAND_OFFICIAL_CONTACT');
  });

  it("says so when a link is another known organisation's, not the claimed one's", () => {
    const a = analyzeSms({
      text: 'BofA: Card ending 5530 was used for $1,250.00 at APPLE.COM/BILL. If you did not make this purchase, call 800.432.1000.',
      sender: '86753',
    });
    expect(hit(a, 'BRAND_OFFICIAL_CONTACT')?.evidence).toContain(
      "every link is on its official domains or another known organisation's: apple.com",
    );
  });

  it("an insurer's notice from its number that names the reader's own agent is its notice", () => {
    const a = analyzeSms({
      text: '【中国人寿】尊敬的客户，您的保单2019****1234将于6月30日应缴续期保费5,680元，请确保扣款账户余额充足。咨询请拨打95519或联系您的服务人员王丽13707551234。',
      sender: '95519',
    });
    expect(a.brand).toBe('China Life (中国人寿)');
    expect(codes(a)).toContain('BRAND_OFFICIAL_CONTACT');
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
  });

  it("a carrier's bill that gives its own customer line is its notice", () => {
    const a = analyzeSms({
      text: '中華電信：您本期帳單金額NT$899，繳費期限6/25，如已繳請忽略。客服專線市話撥0800-080-123，手機撥123。',
    });
    expect(codes(a)).toContain('BRAND_OFFICIAL_CONTACT');
  });

  it("an agent who gives the number that sent it about the reader's own policy is a person", () => {
    const a = analyzeSms({
      text: '陳先生你好，我係AIA嘅Agnes，你份醫療保單下個月1號續保，保費有少少調整，得閒覆我電話9876 1234傾吓。',
      sender: '9876 1234',
    });
    expect(codes(a)).toContain('PERSONAL_MESSAGE');
  });
});

describe('analyzeSms: scams from strangers (guide sets 63 and 64)', () => {
  it.each([
    [
      "Hi, sorry I accidentally sent a 6-digit code to your number instead of mine, could you reply with it please? It's for my WhatsApp.",
      '+44 7520 633 981',
    ],
    [
      '唔好意思，我啱啱打錯號碼，個WhatsApp驗證碼send咗去你度，可唔可以覆番個6位數字俾我？唔該晒！',
      '9614 2207',
    ],
  ])('the code "sent by mistake" and asked back is the scam: %s', (text, sender) => {
    const a = analyzeSms({ text, sender });
    expect(a.lure).toBe('verification_code');
    expect(a.impostorScam).toBe(true);
  });

  it.each([
    [
      "Oh so sorry for the wrong number! But maybe it's fate 😊 I'm Vivian, I work in fashion trade. Where are you from? Can we be friends?",
      '+852 5603 2214',
    ],
    [
      '抱歉发错了～不过能认识一下吗？我叫林悦，在上海做服装外贸的，你是哪里人呀？😊',
      '+86 170 3382 9104',
    ],
    [
      '不好意思剛剛傳錯了，我是在新加坡做珠寶生意的Vivian，看你大頭照感覺人很好，可以交個朋友嗎？',
      undefined,
    ],
    [
      'Haha my uncle is an analyst at a big fund, he showed me short-term contract trading. I can teach you, first download the platform my uncle uses: https://coinvex-pro.com/reg?ic=88213',
      '+1 347 555 0190',
    ],
  ])(
    'the wrong number that stays to befriend or to teach trading is the scam: %s',
    (text, sender) => {
      const a = analyzeSms({ text, sender });
      expect(a.lure).toBe('wrong_number');
      expect(a.impostorScam).toBe(true);
    },
  );

  it("an Australian bank's letterhead from a mobile with a number to call is its impersonation", () => {
    const a = analyzeSms({
      text: "NAB: A payment of $2,150.00 to a new PayID was flagged. If this wasn't you call NAB Security on 02 9161 4023.",
      sender: '+61 480 092 714',
    });
    expect(a.brand).toBe('NAB (National Australia Bank)');
    expect(a.impersonation).toBe(true);
  });

  it("a sheriff's warrant for missed jury duty, settled by a bond paid on the phone, is the police scam", () => {
    const a = analyzeSms({
      text: "This is Deputy Martin, Travis County Sheriff's Office. You missed jury duty and a warrant has been issued. Call 512-629-0381 to resolve with a bond payment today.",
      sender: '+1 (512) 629-0381',
    });
    expect(a.lure).toBe('police_investigation');
  });

  it('a wrong number that only apologises is no scam', () => {
    const a = analyzeSms({ text: '不好意思发错了', sender: '13812345678' });
    expect(a.impostorScam).toBe(false);
  });

  it.each([
    'Hi dear, your first task commission of $45.60 has been credited. To unlock VIP tasks with 3x commission you need to top up 500 USDT to your account.',
    '您好，我是猎头顾问Lisa，有个远程数据标注岗位，月入1-2万，需下载“云汇办公”APP注册并缴纳保证金500元，可加微信详聊。',
  ])('a job that has the worker pay first is the task scam: %s', (text) => {
    expect(analyzeSms({ text }).taskScam).toBe(true);
  });

  it('a job advert that says it takes no deposit is not', () => {
    const a = analyzeSms({
      text: '【某某物流】招聘仓库兼职，日结工资，月入6000+，无需保证金，地址：仓库路1号。',
    });
    expect(a.taskScam).toBe(false);
  });
});

describe('analyzeSms: a card or an ID to bring in person', () => {
  it.each([
    '提醒您本周五上午带老人来做体检，记得空腹，带身份证和医保卡。',
    '您已预约周三科目二考试，请带身份证按时参考。',
  ])('is no request for credentials: %s', (text) => {
    expect(codes(analyzeSms({ text }))).not.toContain('CREDENTIAL_REQUEST');
  });

  it('a card number asked for by text still is', () => {
    expect(codes(analyzeSms({ text: '请回复您的身份证号和银行卡号完成认证' }))).toContain(
      'CREDENTIAL_REQUEST',
    );
  });
});

describe('analyzeSms: account security events (guide set 66)', () => {
  it.each([
    [
      'AIB: A new device was registered for AIB Mobile Banking on 12/03 at 14:02. If this was not you, call 0818 724 724 immediately.',
      'AIB',
    ],
    [
      'RM0 Maybank2u: You have successfully changed your M2U password on 12/03/2024 14:02. If you did not perform this, please call 1-300-88-6688.',
      '66300',
    ],
    [
      'Nationwide: A new Direct Debit to OCTOPUS ENERGY has been set up on your account ending 2291. If you do not recognise this, please call us on 0800 302 011.',
      'Nationwide',
    ],
  ])("a bank's report of a change with its dispute line is its notice: %s", (text, sender) => {
    const a = analyzeSms({ text, sender });
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
    expect(codes(a)).not.toContain('CREDENTIAL_REQUEST');
  });

  it.each([
    'Standard Bank: You have successfully reset your online banking password. If you did not do this, call 0860 123 000.',
    'ANZ: A new device has been registered for ANZ goMoney. If this was not you, call 0800 269 296 now.',
  ])("without a sender, the bank's own line makes it its notice: %s", (text) => {
    expect(codes(analyzeSms({ text }))).toContain('BRAND_OFFICIAL_CONTACT');
  });

  it("a new device reported under a bank's ID with a line that is not the bank's is a call-back", () => {
    const a = analyzeSms({
      text: 'BOI: A new device has been registered to your 365 account. If this was not you please call our fraud team immediately on 01 526 8891.',
      sender: 'BOI',
    });
    expect(codes(a)).toContain('CALLBACK_NUMBER');
    expect(codes(a)).not.toContain('SERVICE_CONTACT_NUMBER');
  });

  it('a one-time code is no number to call', () => {
    const a = analyzeSms({
      text: 'Bank of Ireland: Your 365 code is 48291034. Never share it.',
      sender: 'BOI',
    });
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
  });

  it.each([
    "MTN: Don't miss out! Buy 10GB for R99 this weekend only on the MyMTN app. Reply STOP to opt out.",
    'Get 2GB for Ksh 50 valid till midnight! Dial *544# now. To opt out reply STOP to 456.',
  ])("a carrier's bundle offer with its opt-out is marketing: %s", (text) => {
    expect(analyzeSms({ text }).marketing).toBe(true);
  });
});

describe('analyzeSms: money in Chinese messages (guide set 65)', () => {
  it.each([
    '【中電】閣下電費單(賬戶號碼末4位7731)金額為$1,048.20，繳費到期日為2024年7月8日。你可於中電App查閱電子賬單。',
    '【美团优选】您购买的鸡蛋30枚￥15.90已到达自提点，请凭取货码3852到幸福里便利店取货。',
    '【一嗨租车】您的订单已还车，车辆押金3,000元已解冻；违章押金2,000元将在还车30天后无违章自动退还，无需任何操作。',
    '【林氏家居】您好，您订购的布艺沙发已收到订金2,000元，尾款6,580元请于送货安装当日支付。',
  ])(
    'a bill, a pick-up or a deposit reported with nothing to follow is an account notice: %s',
    (text) => {
      expect(codes(analyzeSms({ text }))).toContain('ACCOUNT_NOTICE');
    },
  );

  it('money that "arrived" but can be withdrawn only after a fee is no receipt', () => {
    const a = analyzeSms({
      text: '您好，您在我平台申请的20万贷款已到账，需先缴纳3%手续费6,000元才能提现，请联系客服经理小刘。',
      sender: '10690556621',
    });
    expect(codes(a)).not.toContain('ACCOUNT_NOTICE');
    expect(a.lure).toBe('loan');
  });

  it('the mistaken transfer in Malaysian Chinese is the scam', () => {
    const a = analyzeSms({
      text: '你好，我刚刚不小心把RM2,000转到你的户口了，那是我孩子的医药费，可以麻烦你退还吗？我的户口是 Public Bank 4-5512-3390，谢谢你好心人。',
      sender: '018-662 7734',
    });
    expect(a.lure).toBe('mistaken_transfer');
    expect(codes(a)).not.toContain('PERSONAL_MESSAGE');
  });

  it("a tuition centre's 'new account' is the account-change scam", () => {
    const a = analyzeSms({
      text: '陈太太您好，我是补习中心的行政，由于银行系统更换，下学期学费$680请改转到 OCBC 户口 601-234567-001，付款后请截图发我。',
      sender: '8765 4321',
    });
    expect(a.lure).toBe('account_change');
    expect(codes(a)).not.toContain('PERSONAL_MESSAGE');
  });

  it.each([
    '【京东金融】您开通的京东白条会员将于今日自动续费800元/年，如非本人操作请致电4008-235-617取消。',
    '【支付宝】您的百万医疗保险试用期已结束，将从今日起每月扣费599元，如需取消请联系客服021-6128 7734。',
  ])(
    "a renewal or a charge to cancel on a stranger's line is the fee-deduction call-back: %s",
    (text) => {
      const a = analyzeSms({ text });
      expect(a.lure).toBe('fee_deduction');
      expect(codes(a)).toContain('CALLBACK_NUMBER');
    },
  );

  it.each([
    '【瑞幸咖啡】周一狂欢！生椰拿铁9.9元起，券已到账，打开APP立即使用。拒收请回复R',
    '【美肌坊】新客體驗價$98激光脫毛，原價$1,280，即WhatsApp預約。回覆STOP取消',
  ])('an offer with its opt-out is marketing: %s', (text) => {
    expect(analyzeSms({ text }).marketing).toBe(true);
  });
});

describe('analyzeSms: links to well-known services (guide set 68)', () => {
  it.each([
    [
      '【菜鸟】您的中通包裹已到翠苑三区菜鸟驿站，取件码5-2-3018，请于18:00前取件。详情 https://www.cainiao.com',
      '10690078533',
    ],
    [
      '台灣高鐵：訂位代號08123456，3/15 台北→左營 0631車次，已付款完成。查詢 https://irs.thsrc.com.tw',
      undefined,
    ],
    [
      '訂咗7:30喺呢間食晚飯，地址喺度 https://www.openrice.com/zh/hongkong/r-sushi-mori-causeway-bay-japanese-r771203',
      '+852 6187 2240',
    ],
  ])('is no unknown host and no lookalike: %s', (text, sender) => {
    const a = analyzeSms({ text, sender });
    expect(codes(a)).not.toContain('LINK_PRESENT');
    expect(codes(a)).not.toContain('LINK_LOOKALIKE_DOMAIN');
  });

  it("a colleague's document on a company's Feishu workspace is a shared document", () => {
    const a = analyzeSms({
      text: '刘总，项目周报我放飞书了，麻烦有空看下第三部分的预算：https://hzxinda.feishu.cn/docx/Qw3kLm8PzR2vXy7nT',
      sender: '139 1234 8876',
    });
    expect(a.brand).toBeNull();
    expect(codes(a)).not.toContain('LINK_PRESENT');
  });

  it("a shop's sale on its own site with its opt-out is still marketing", () => {
    const a = analyzeSms({
      text: 'HKTVmall:週年慶第二擊!家電低至3折,今晚8點準時開搶 www.hktvmall.com 如不欲再收到推廣訊息,請回覆STOP。',
      sender: '#HKTVmall',
    });
    expect(a.marketing).toBe(true);
  });
});

describe('analyzeSms: people and small businesses on mobiles (guide set 67)', () => {
  it("a business's advert on its own number is no person's message", () => {
    const a = analyzeSms({
      text: '【鑫鑫家政】专业开荒保洁、油烟机清洗、擦玻璃，新客户首单8折，电话同微信139 1826 5507',
      sender: '+86 139 1826 5507',
    });
    expect(codes(a)).not.toContain('PERSONAL_MESSAGE');
  });

  it.each([
    [
      "Hi, I found your wallet on the MRT. To cover postage and my time pls PayNow $30 to this number first and I'll mail it to you",
      '+65 8093 1276',
    ],
    [
      "Hi, saw your lost dog post. I have her, she's safe. Send $150 for transport via Zelle and I'll bring her back tonight",
      undefined,
    ],
  ])('the finder who wants a fee first is the advance-fee scam: %s', (text, sender) => {
    const a = analyzeSms({ text, sender });
    expect(a.lure).toBe('advance_fee');
    expect(a.impostorScam).toBe(true);
  });

  it("a tutor's 'new account' in Cantonese is the account-change scam", () => {
    const a = analyzeSms({
      text: '你好，我係Jayden嘅補習老師，中心轉咗收費系統，今期學費$2,400請轉去新戶口 恒生 024-388-21756-883，今晚之前過數先可以留位',
      sender: '+852 6390 2148',
    });
    expect(a.lure).toBe('account_change');
    expect(codes(a)).not.toContain('PERSONAL_MESSAGE');
  });

  it("a clinic's line to change the time is a service line", () => {
    const a = analyzeSms({
      text: '王先生您好，这里是康美口腔，您预约的明天下午2:30洗牙，如需改时间请回电0571-8862 3301，请准时到诊。',
    });
    expect(codes(a)).toContain('SERVICE_CONTACT_NUMBER');
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
  });
});

describe('analyzeSms: read after the clean set 62 was measured', () => {
  it('"gov.sg:" claims the Singapore government, so a gov-sg.com link is no signed site of its own', () => {
    const a = analyzeSms({
      text: 'gov.sg: You are eligible for SG60 Vouchers worth $800. Claim now before they expire: sg60-vouchers.gov-sg.com',
      sender: '+65 8012 3456',
    });
    expect(a.brand).toBe('Singapore government (gov.sg)');
    expect(codes(a)).toContain('BRAND_LINK_NOT_OFFICIAL');
  });

  it.each([
    [
      '不好意思，我刚才注册的时候手机号填错成你的了，你收到一个6位验证码能发我一下吗？谢谢！',
      '15623456789',
    ],
    [
      "Hello, I have sent you Ksh 5,600 by mistake, it was for my mother's hospital bill. Kindly send it back to this number please.",
      '+254 711 555 321',
    ],
  ])('the code or the money "sent by mistake" and asked back is the scam: %s', (text, sender) => {
    expect(analyzeSms({ text, sender }).impostorScam).toBe(true);
  });
});

describe('analyzeSms: openers from unknown numbers (guide set 71)', () => {
  it.each([
    [
      'family_emergency',
      "Mum my phone broke, this is my temp number. I need to pay a bill today and my card won't work, can you do a quick transfer? I'll send you the account",
      '+44 7700 900 412',
    ],
    ['family_emergency', '阿爸，我部電話跌爛咗，呢個係我新號碼，你WhatsApp我呀', '+852 6123 4098'],
    [
      'family_emergency',
      '我是你高中同学小周啊，在外地出差钱没带够，能不能先转我3000，明天就还你',
      '+86 171 0000 2231',
    ],
    ['family_emergency', '猜猜我是谁？我换号了，记得存一下', '+86 166 0000 3312'],
    [
      'family_emergency',
      "Guess who? 😜 Changed my number, save it and text me back, I'll explain everything",
      '+44 7441 000 777',
    ],
    [
      'family_emergency',
      '嗨～是我啦，換新手機了，你加一下我的新LINE，ID是abc_5566',
      '0912 000 334',
    ],
    [
      'wrong_number',
      "Sorry, I must have saved the wrong number, I was looking for Mr. Lee from the tennis club. Nice to meet you anyway! I'm Grace 😊",
      '+1 415 000 1234',
    ],
    [
      'wrong_number',
      'Good evening 🌷 I am a new friend for you, my name is Mia. Can we get to know each other?',
      '+1 702 000 4411',
    ],
    [
      'wrong_number',
      '不好意思加错人了……不过认识一下也是缘分，我叫思琪，在深圳做外贸的',
      '+86 155 0000 7788',
    ],
    [
      'wrong_number',
      'Hey, got your number from a mutual friend. Looking to spoil someone sweet, send your Cash App tag and I will send $300 first',
      '+1 305 000 9090',
    ],
    [
      'advance_fee',
      "Hi, about the studio on Gumtree - I'm working overseas so can't show it. If you send the £900 deposit I'll post the keys to you.",
      '07700 000 512',
    ],
    [
      'advance_fee',
      '你好，我是房东，现在在外地没法带看，先交800定金，钥匙快递给你。',
      '17500001234',
    ],
    [
      'account_change',
      '我係業主，之前個戶口用唔到喇，今個月租金入去呢個新戶口：中銀 012-000-0-123456',
      '+852 6000 1122',
    ],
    [
      'boss_impersonation',
      '我是你们校长，这是我私人号码，加我微信，有件事需要你帮忙处理，先别跟其他老师说。',
      '',
    ],
    [
      'verification_code',
      '王先生您好，我是您的保险顾问，您有一笔分红待领取，请把刚收到的验证码回复给我。',
      '',
    ],
  ])('reads the %s scam: %s', (family, text, sender) => {
    const a = analyzeSms({ text, sender });
    expect(a.lure).toBe(family);
    expect(a.impostorScam).toBe(true);
  });

  it.each([
    ['Sorry, wrong number! Have a good night', '+1 415 000 2222'],
    ['我是小陈，换号了，这是新号码，存一下哈', '+86 138 0000 4405'],
    ['Guess who just got engaged!! Call me tonight', '+44 7700 900 111'],
    ['房子周六可以来看，看好了再交定金，钥匙当面给你', '17500009876'],
  ])('a new number, an apology or a deposit alone is no scam: %s', (text, sender) => {
    expect(analyzeSms({ text, sender }).impostorScam).toBe(false);
  });

  it('the part-time rating job with a messenger to add is the task scam', () => {
    const a = analyzeSms({
      text: "Hi, I'm Kelly, HR from a travel site. Part-time hotel rating job, paid per task, 30 mins a day. Kindly add my WhatsApp for details",
      sender: '+65 8000 1234',
    });
    expect(a.taskScam).toBe(true);
  });

  it("a fake buyer's link to 'receive your funds' impersonates Facebook Marketplace", () => {
    const a = analyzeSms({
      text: "Hi, I want your bike on Facebook Marketplace. I've paid through the safe delivery service, click to receive your funds: fbmarket-safepay.com/r/1",
      sender: '+1 469 000 0121',
    });
    expect(a.brand).toBe('Facebook');
    expect(a.impersonation).toBe(true);
  });

  it.each([
    [
      '您好，我是京东快递小李，您的洗衣机明天上午送货，需要家里有人，几点方便？',
      '15900001234',
      'JD.com',
    ],
    [
      '你好，我是上门修空调的师傅，您在美团上约的明天下午两点，到了先给您打电话。',
      '15200001111',
      'Meituan',
    ],
  ])(
    "staff or the reader's own platform named in a plain chat is a person's message: %s",
    (text, sender, name) => {
      const a = analyzeSms({ text, sender });
      const hit = a.hits.find((h) => h.code === 'PERSONAL_MESSAGE');
      expect(hit?.evidence).toContain(name);
    },
  );

  it('a courier who names the company but gives another number is no plain chat', () => {
    const a = analyzeSms({
      text: '您好，我是京东快递小李，您的快递丢失了，请联系理赔专员 17100002222 办理赔偿',
      sender: '15900001234',
    });
    expect(codes(a)).not.toContain('PERSONAL_MESSAGE');
  });

  it.each([
    '哥，上次说的装修考虑得怎么样？我们这个月厨卫翻新套餐9800全包，名额就剩三个了。',
    '您好，有车就能贷，不押车，最高可贷车价九成，当天到账，欢迎咨询。',
  ])("an advert from a mobile is no person's message: %s", (text) => {
    expect(codes(analyzeSms({ text, sender: '+86 152 0000 4481' }))).not.toContain(
      'PERSONAL_MESSAGE',
    );
  });

  it.each([
    '陈先生您好，我是银行的客户经理，您的房贷已批准，请本周内带身份证到分行签文件，不需要通过任何链接或先付任何费用。',
    '各位家长好，下周一开学，请孩子7:40前到校。班主任不会私下收取任何费用。',
  ])('a notice that says what it will not do, with nothing to follow, is a warning: %s', (text) => {
    expect(codes(analyzeSms({ text }))).toContain('ANTI_FRAUD_WARNING');
  });
});

describe('analyzeSms: charges to dispute by phone, and money apps abroad (guide sets 70 and 73)', () => {
  it.each([
    'NORTON: Thanks for renewing! $349.99 has been charged to your account. If you wish to cancel call +1 (808) 000-2291.',
    'Your account has been charged $649.00 for an annual plan. To dispute this charge call 1-888-000-7164.',
  ])(
    'a charge with a line to cancel or dispute it is the fee-deduction lure with a call-back: %s',
    (text) => {
      const a = analyzeSms({ text });
      expect(a.lure).toBe('fee_deduction');
      expect(codes(a)).toContain('CALLBACK_NUMBER');
    },
  );

  it('under a brand, with "do not use the app", it is a call-back impersonation', () => {
    const a = analyzeSms({
      text: "Monzo: Your card was used at Currys for £712.99. If you don't recognise this, call Monzo Security on 0203 000 1028. Do NOT use the app as it may be compromised.",
    });
    expect(a.impersonation).toBe(true);
    expect(codes(a)).toContain('CALLBACK_NUMBER');
  });

  it("Nationwide's own general line makes its payment alert its own", () => {
    const a = analyzeSms({
      text: "Nationwide: £900.00 was sent to A JONES by Faster Payment from your account ending 123. If you don't recognise this, call us on 03457 30 20 11.",
      sender: 'Nationwide',
    });
    expect(a.impersonation).toBe(false);
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
  });

  it.each([
    [
      'Bhai ghalti se aap ke Easypaisa account mein 2500 chale gaye hain, please wapas bhej dein isi number par.',
      '+92 345 000 0093',
    ],
    [
      'Hello po, na-send ko po sa inyo ng 1,500 by mistake. Pakibalik po sa GCash na ito. Salamat po.',
      '+63 938 000 0023',
    ],
    ['Habari, nimekutumia 2,000 kwa makosa. Tafadhali nirudishie kwa hii namba.', '0712 000 678'],
  ])(
    'money "sent by mistake" in Urdu, Tagalog or Swahili, asked back, is the scam: %s',
    (text, sender) => {
      const a = analyzeSms({ text, sender });
      expect(a.lure).toBe('mistaken_transfer');
      expect(a.impostorScam).toBe(true);
    },
  );

  it('a Malay tax refund on a lookalike of hasil.gov.my impersonates LHDN', () => {
    const a = analyzeSms({
      text: 'LHDN: Anda layak menerima bayaran balik cukai RM980.00. Sila kemaskini maklumat akaun bank di lhdn-bayaran.my dalam 24 jam.',
    });
    expect(a.brand).toBe('Inland Revenue Board of Malaysia (LHDN)');
    expect(a.lure).toBe('tax_refund');
    expect(a.impersonation).toBe(true);
  });

  it('a Malay police warrant with an inspector to call is the police scam', () => {
    const a = analyzeSms({
      text: 'PDRM: Akaun bank anda dikaitkan dengan kes pengubahan wang haram. Waran tangkap telah dikeluarkan. Hubungi Inspektor Tan di 03-2000 8110 segera.',
    });
    expect(a.lure).toBe('police_investigation');
    expect(a.impostorScam || a.impersonation).toBe(true);
  });
});

describe("analyzeSms: a merchant's outright sale", () => {
  it.each([
    [
      'Big Sale is LIVE! Up to 75% off on laptops & more. Shop now: http://fkrt.it/Ab12 -Flipkart',
      'VM-FLPKRT',
    ],
    [
      '【中国联通】您可加10元/月升级为冰激凌套餐，每月多享100GB国内流量，回复“SJ10”即可办理。',
      '10010',
    ],
    ['HKTVmall：週末閃購！精選零食買一送一，只限今日。立即選購 hktvmall.com', '#HKTVmall'],
    ['Grand opening! 20% off all takeaway this week, show this SMS at 23 High St', ''],
  ])('is marketing, spam at least: %s', (text, sender) => {
    const a = analyzeSms({ text, sender });
    expect(codes(a)).toContain('SALE_OFFER');
    expect(a.marketing).toBe(true);
    expect(a.officialNotice).toBe(false);
  });

  it.each([
    ['Dunno i just got a card with 20% off at a salon, want to come?', ''],
    ['Shop now has 50% off jackets, coming with me later?', '+44 7700 900 123'],
  ])("a person passing on a deal is no merchant's sale: %s", (text, sender) => {
    expect(codes(analyzeSms({ text, sender }))).not.toContain('SALE_OFFER');
  });
});

describe('analyzeSms: renewals and card alerts that give no line (guide set 73)', () => {
  it("a renewal reported by the wallet's own number with no number to call is its notice", () => {
    const a = analyzeSms({
      text: '【支付宝】您的“视频会员”自动续费已成功扣款19.00元。如需取消，可在支付宝-我的-设置-支付设置-自动扣款中关闭。',
      sender: '95188',
    });
    expect(a.lure).toBe('fee_deduction');
    expect(a.officialNotice).toBe(true);
  });

  it('the same renewal with a line to call to cancel it is no notice', () => {
    const a = analyzeSms({
      text: '【支付宝】您的“百万保障”将自动续费扣款800元，如需取消请致电4008-000-617。',
      sender: '95188',
    });
    expect(a.officialNotice).toBe(false);
  });

  it("E.SUN's own service line makes its debit alert its own", () => {
    const a = analyzeSms({
      text: '玉山銀行：您於03/14以街口支付綁定之帳戶扣款NT$1,200成功，如有疑問請洽玉山客服(02)2182-1313。',
    });
    expect(a.brand).toBe('E.SUN Bank (玉山銀行)');
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
  });
});

describe("analyzeSms: residents' notices (guide set 74)", () => {
  it.each([
    '各位居民：本周六上午9点在社区活动中心开展免费测血压活动，60岁以上老人请带身份证和医保卡。和平里社区居委会',
    '各位里民好，本週日上午里辦公室前有流感疫苗接種，65歲以上長輩請攜帶健保卡和身分證，免費接種。里長 林文雄',
    '各位住戶您好：本社區電梯將於6/20(六)上午9點至12點保養，期間暫停使用，敬請見諒。管委會 敬上',
  ])('is a notice with nothing to follow, and a card to bring is no lure: %s', (text) => {
    const a = analyzeSms({ text });
    expect(a.lure).toBeNull();
    expect(codes(a)).toContain('SCHOOL_NOTICE');
  });

  it('a card whose details are asked for stays the medical-insurance lure', () => {
    const a = analyzeSms({ text: '您的医保卡已被冻结，请回拨本号码转接专员处理' });
    expect(a.lure).toBe('medical_insurance');
  });
});

describe('analyzeSms: a sender ID that imitates a registered one', () => {
  it('is an impersonation of the brand it imitates, whatever it reports', () => {
    const a = analyzeSms({
      text: 'Purchase of Bitcoin worth $980.00 completed. Not you? Call +1-833-000-0071',
      sender: 'PayPaI',
    });
    expect(a.brand).toBe('PayPal');
    expect(codes(a)).toContain('SENDER_LOOKALIKE');
    expect(codes(a)).not.toContain('ACCOUNT_NOTICE');
    expect(a.impersonation).toBe(true);
    expect(a.officialNotice).toBe(false);
  });

  it('the registered ID itself is no lookalike', () => {
    const a = analyzeSms({ text: 'Your PayPal code is 482913. Never share it.', sender: 'PayPal' });
    expect(codes(a)).not.toContain('SENDER_LOOKALIKE');
    expect(a.impersonation).toBe(false);
  });
});

describe('analyzeSms: forged letterheads and quoted links (guide sets 76 and 77)', () => {
  it('"国家反诈中心" as a letterhead is a name, not a warning: its safe-account ask is the police scam', () => {
    const a = analyzeSms({
      text: '【国家反诈中心】您的银行卡涉嫌洗钱，需配合调查，请将资金转入安全账户，详询96110。',
      sender: '19900001057',
    });
    expect(a.lure).toBe('police_investigation');
    expect(a.impostorScam).toBe(true);
  });

  it("the centre's own warning stays a warning", () => {
    const a = analyzeSms({
      text: '【国家反诈中心】提醒您：公检法机关不会通过电话要求转账，没有所谓的安全账户，如有疑问请拨打96110。',
    });
    expect(a.impostorScam).toBe(false);
    expect(a.officialNotice).toBe(true);
  });

  it.each([
    "IT Security: a fake Royal Mail text linking to royalmail-redelivery[.]com is going round. Don't click it; forward scam texts to 7726 for free.",
    '警方話近日有假香港郵政短訊，條link係 hkpost-delivery[.]cc，千祈唔好撳呀',
  ])('a warning that quotes the scam domain defanged is a warning: %s', (text) => {
    const a = analyzeSms({ text, sender: 'Helpdesk' });
    expect(codes(a)).toContain('ANTI_FRAUD_WARNING');
    expect(a.impersonation).toBe(false);
  });

  it('a defanged link in a scam with no warning is still an impersonation', () => {
    const a = analyzeSms({
      text: 'Royal Mail: your parcel is waiting, pay the £1.99 fee at royalmail-redelivery[.]com today',
      sender: '+44 7700 900123',
    });
    expect(a.impersonation).toBe(true);
  });

  it.each([
    [
      '【中国联通】您的手机卡因未年检即将注销，请于今日登录 lt10010．cn 完成年审。',
      'account_frozen',
    ],
    ['【交通违法】您的车辆闯红灯已扣3分，请于3日内登入 122gov . cn 缴纳罚款。', 'traffic_fine'],
  ])('a lookalike link with its lure is an impersonation: %s', (text, lure) => {
    const a = analyzeSms({ text });
    expect(a.lure).toBe(lure);
    expect(a.impersonation).toBe(true);
  });

  it("a Tencent Survey form is anyone's, not Tencent's", () => {
    const a = analyzeSms({
      text: '请全体员工今日填写个税补贴信息：wj.qq.com/s2/1482/8a2f',
      sender: '+86 199 0000 7718',
    });
    expect(codes(a)).toContain('LINK_PRESENT');
  });

  it("Safaricom's advisory with its own line is a warning", () => {
    const a = analyzeSms({
      text: 'Dear Customer, NEVER share your M-PESA PIN with anyone. Safaricom will only call you from 0722000000. Forward suspicious messages to 333 for free.',
      sender: 'Safaricom',
    });
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
    expect(a.officialNotice).toBe(true);
  });
});

describe("analyzeSms: utilities' and agencies' own sites (guide set 75)", () => {
  it.each([
    [
      'ServiceOntario: Your health card expires on 2 Sep. Renew online at ontario.ca/healthcard.',
      'ServiceON',
    ],
    [
      'Hydro One: Power outage at your address. Estimated restore 5:30 PM. Outage map: hydroone.com/stormcentre',
      '29776',
    ],
    [
      'UK Power Networks: power cut in your area (N1). For updates call 105 or visit ukpowernetworks.co.uk/power-cut',
      'UKPN',
    ],
  ])("a notice on the organisation's own site is its notice: %s", (text, sender) => {
    expect(analyzeSms({ text, sender }).officialNotice).toBe(true);
  });

  it('a fake toll notice that claims 407 ETR on another site is an impersonation', () => {
    const a = analyzeSms({
      text: '407 ETR: Your account has an unpaid balance of $12.50. Pay today to avoid a $45 late fee: 407etr-payments.com',
      sender: '+1 416 000 2211',
    });
    expect(a.impersonation).toBe(true);
  });
});

describe("analyzeSms: a Chinese official number's own notices (guide set 76)", () => {
  it('a roaming welcome that gives +86-10086 gives its own line', () => {
    const a = analyzeSms({
      text: '【中国移动】欢迎您来到日本！您已开通国际漫游，如需帮助请拨打+86-10086（免费）。',
      sender: '10086',
    });
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
  });

  it('a new card to collect free at a branch is no offer', () => {
    const a = analyzeSms({
      text: '【中国农业银行】您尾号1234的借记卡即将到期，请持本人有效身份证件到我行任一网点免费换领新卡。如有疑问请致电95599。',
      sender: '95599',
    });
    expect(a.officialNotice).toBe(true);
  });
});

describe('analyzeSms: adverts without an opt-out (guide set 72)', () => {
  it.each([
    [
      "Joe's Garage winter special: full service $89.99 through January. Reply STOP to opt out",
      '+1 773 000 5527',
    ],
    ['Sunny Nails: gel mani now only $25 this week! Reply STOP to opt out', ''],
  ])('a special or a price with its opt-out is marketing: %s', (text, sender) => {
    const a = analyzeSms({ text, sender });
    expect(codes(a)).toContain('MARKETING_OPT_OUT');
    expect(a.marketing).toBe(true);
  });

  it("a lender's pitch is spam at least", () => {
    const a = analyzeSms({
      text: 'Need extra cash? Borrow up to P20,000 - no collateral, approval in minutes. Download the app today',
      sender: 'LoanApp',
    });
    expect(a.lure).toBe('loan');
    expect(a.advertLure).toBe(true);
  });

  it("a carrier's promo code to register is a sale", () => {
    const a = analyzeSms({
      text: 'Surf more for less! Register to GO50 and get 5GB data for 3 days. Dial *143#',
      sender: 'Globe',
    });
    expect(codes(a)).toContain('SALE_OFFER');
  });
});

describe('analyzeSms: the fake renewal invoice names a real support brand', () => {
  it.each([
    'Geek Squad: your 2-year protection plan renewed for $389.99 today. If you wish to cancel call +1 (808) 000-4412.',
    "PayPal: Your payment of $499.99 USD to Coinbase Inc. is pending. If you didn't authorize this, call PayPal Support at +1 (844) 000-9176 immediately.",
  ])('is a call-back impersonation: %s', (text) => {
    const a = analyzeSms({ text });
    expect(a.impersonation).toBe(true);
    expect(codes(a)).toContain('CALLBACK_NUMBER');
  });
});

describe('analyzeSms: generic words in official domains (read after the clean set 69 was measured)', () => {
  it("a city's water.gov.taipei is its own site, no lookalike of water.ie", () => {
    const a = analyzeSms({
      text: '【臺北自來水】因管線工程，3/21(四)22時至3/22(五)6時部分地區停水，請預先儲水。詳情：water.gov.taipei',
      sender: '0911000345',
    });
    expect(a.brand).toBe('Taipei City Government');
    expect(codes(a)).not.toContain('LINK_LOOKALIKE_DOMAIN');
  });
});

describe('analyzeSms: two more notices (read after the clean set 69 was measured)', () => {
  it("'已由本人签收' reports a delivery", () => {
    const a = analyzeSms({
      text: '【京东】您的订单1234567890已由本人签收，感谢您在京东购物。',
      sender: '106980095118',
    });
    expect(codes(a)).toContain('ACCOUNT_NOTICE');
  });

  it("'不会以任何方式向您索取验证码' is a code message's own warning", () => {
    const a = analyzeSms({
      text: '【玉山銀行】您的交易驗證碼為123456，請於5分鐘內輸入。玉山不會以任何方式向您索取驗證碼。',
    });
    expect(codes(a)).toContain('ONE_TIME_CODE');
  });
});

describe("analyzeSms: a carrier's bundle with its deadline", () => {
  it("'Offer ends midnight' from the carrier's ID is a sale", () => {
    const a = analyzeSms({
      text: "Y'ello! Enjoy 2X data bonus when you recharge N1,000 today. Dial *312# to buy. Offer ends midnight.",
      sender: 'MTN',
    });
    expect(codes(a)).toContain('SALE_OFFER');
    expect(a.officialNotice).toBe(false);
  });
});

describe('analyzeSms: investment scams and adverts (guide set 81)', () => {
  it.each([
    [
      '亲爱的，这个平台是我舅舅在里面做数据分析的，今晚9点有一波行情，你先充5万U试试，赚了马上就能提，别跟家里人说。',
      undefined,
    ],
    [
      "Dear, the window closes at 9pm. Deposit 5,000 USDT into the CoinPlus Pro account I set up for you and we'll get 38% again. Don't tell anyone, they won't understand.",
      undefined,
    ],
    [
      'GlobalFX Pro: Your withdrawal of $86,300.00 is on hold. A 15% profit tax ($12,945) must be paid before release. Contact your account manager today.',
      '+1 (702) 555-0183',
    ],
  ])("the fake platform's handler asks (%s) is the investment scam", (text, sender) => {
    const a = analyzeSms({ text, sender });
    expect(a.lure).toBe('investment');
    expect(a.impostorScam).toBe(true);
  });

  it.each([
    'Make R5,000 a day trading forex from your phone! Join our mentorship class this weekend in Sandton. Limited seats. WhatsApp to book.',
    '贵金属现货投资，T+0双向交易，5000元起投，杠杆100倍，开户送交易手续费券，咨询请回电。',
  ])('a trading pitch with a way to sign up is an advert (%s)', (text) => {
    const a = analyzeSms({ text, sender: '+86 135 0077 2211' });
    expect(a.investmentPitch).toBe(true);
    expect(codes(a)).not.toContain('PERSONAL_MESSAGE');
  });

  it("a broker's IPO allotment notice is no investment lure", () => {
    const a = analyzeSms({
      text: '【富途证券】恭喜！您认购的新股已中签1手（100股），股票将于上市日前存入您的账户，请登录富途牛牛App查看。',
      sender: '1069055506610',
    });
    expect(a.lure).toBeNull();
  });
});

describe('analyzeSms: letterheads, charities and insurers (guide sets 79, 83 and 84)', () => {
  it("a bracketed letterhead is no person's message, even from a mobile", () => {
    const a = analyzeSms({
      text: '【普陀山】善信您好，您的名字已被选入观音菩萨圣诞祈福消灾名单，随喜供养888元可为全家消灾解厄，请转账至功德主账户：6217 0032 8866 1024。',
      sender: '+86 173 9015 6682',
    });
    expect(codes(a)).not.toContain('PERSONAL_MESSAGE');
  });

  it("a charity's letterhead from a mobile that asks for donations to a number is an impersonation", () => {
    const a = analyzeSms({
      text: 'KENYA RED CROSS: Floods have displaced thousands in Nairobi. Send your donation via M-PESA to 0712 555 418 (Field Officer Mary). God bless you.',
      sender: '+254 712 555 418',
    });
    expect(a.brand).toBe('Kenya Red Cross');
    expect(a.impersonation).toBe(true);
  });

  it("the British Red Cross's own site is no lookalike of the Chinese society's", () => {
    const a = analyzeSms({
      text: 'British Red Cross will never text you asking for bank details, passwords or a PIN. Donate safely at redcross.org.uk',
      sender: 'BritishRC',
    });
    expect(a.brand).toBe('British Red Cross');
    expect(codes(a)).not.toContain('LINK_LOOKALIKE_DOMAIN');
  });

  it("a charity's donation receipt is a receipt", () => {
    const a = analyzeSms({
      text: '【中国红十字基金会】感谢您向“河南暴雨紧急救援”项目捐赠200.00元，捐赠编号CRCF2107228831。电子捐赠证书可在中国红十字基金会官网查询，感谢您的爱心！',
    });
    expect(codes(a)).toContain('ACCOUNT_NOTICE');
  });

  it("an insurer's claim paid, from its own number, is its notice", () => {
    const a = analyzeSms({
      text: '【泰康人寿】您申请的住院医疗理赔（案件号TK2503180021）已审核完成，赔付金额4,512.30元已转入您指定账户，请注意查收。',
      sender: '95522',
    });
    expect(a.brand).toBe('Taikang Life (泰康人寿)');
    expect(a.officialNotice).toBe(true);
  });

  it("a 106 code's notice under its own letterhead, with nothing to follow, is its notice", () => {
    const a = analyzeSms({
      text: '【飞猪】您预订的杭州西湖国宾馆订单因酒店原因需调整房型，已为您免费升级至湖景房，无需补差价，详情请查看飞猪APP订单。',
      sender: '1069077112',
    });
    expect(codes(a)).toContain('SENDER_ID_NOTICE');
    expect(a.officialNotice).toBe(true);
  });
});

describe('analyzeSms: platforms of Hong Kong, Macau and South-East Asia (guide set 82)', () => {
  it.each([
    ['【澳覓】週末狂歡！指定商戶外賣滿MOP100減MOP30，快啲落單啦！', '澳覓'],
    [
      'HKTVmall: Super Sale this weekend! Extra $80 off orders over $800 with code SUPER80. hktvmall.com',
      'HKTVmall',
    ],
    ['【MPay】週末到指定商戶用MPay付款享高達30%回贈，名額有限，先到先得。', 'MPay'],
  ])("the platform's own sale is a sale (%s)", (text, sender) => {
    const a = analyzeSms({ text, sender });
    expect(codes(a)).toContain('SALE_OFFER');
    expect(a.officialNotice).toBe(false);
  });

  it.each([
    ['【八達通】您已透過轉數快成功為八達通App增值HK$300.00。交易編號OW87654321。', '八達通'],
    [
      '【MPay】您於新口岸XX茶餐廳消費MOP120.00，已享電子消費優惠立減MOP30.00，餘額MOP412.60。',
      'MPay',
    ],
  ])(
    "a wallet's receipt under its own sender ID, a discount applied, is its notice (%s)",
    (text, sender) => {
      const a = analyzeSms({ text, sender });
      expect(a.officialNotice).toBe(true);
    },
  );
});

describe('analyzeSms: threats, relatives in hospital, lookalikes with a task (guide sets 79, 80, 81, 84)', () => {
  it.each([
    [
      'We have your daughter Emily. She is safe for now. Do not call the police or her university. Send USD 25,000 within 3 hours or you will never see her again.',
      'extortion',
    ],
    [
      '你女儿张雨涵在澳洲涉嫌洗钱已被我们控制，不许报警，不许联系学校，立即汇款30万人民币到指定账户，否则后果自负。',
      'extortion',
    ],
    [
      '媽，我住院了，手機壞掉用朋友的，先幫我匯2萬醫藥費到這個帳戶 812-0055501234，出院再還妳',
      'family_emergency',
    ],
    [
      "Hey it's Jake, new number. I'm in the ER and my insurance won't go through till tomorrow, they need a deposit. Can you Zelle me $600? I'll pay you back Friday",
      'family_emergency',
    ],
    [
      '【中国驻悉尼总领事馆】您有一份重要文件待领取，涉及您在国内的一宗刑事案件，请按1键转接人工服务。',
      'police_investigation',
    ],
  ])('%s is an impostor scam (%s)', (text, lure) => {
    const a = analyzeSms({ text, sender: '+61 491 570 110' });
    expect(a.lure).toBe(lure);
    expect(a.impostorScam).toBe(true);
  });

  it("a friend's new number with a Venmo request for concert tickets is no emergency", () => {
    const a = analyzeSms({
      text: "Hey it's Priya!! New number, lost my phone at the Taylor concert lol. Venmo me the $85 for the tix whenever, @priya-s-22",
      sender: '+15125550143',
    });
    expect(a.impostorScam).toBe(false);
  });

  it.each([
    [
      'HSBC: A new device was registered to your account on 03/04 at 22:14. If this was NOT you, cancel it at hsbc-device-cancel.com',
      'HSBC',
    ],
    [
      'British Council: Your IELTS booking on 25 May has been cancelled due to payment failure. Re-confirm within 24h to keep your seat: bc-ielts-booking.com/pay',
      'IELTS-BC',
    ],
    [
      'Health NZ: You missed your vaccination appointment. A $45 rebooking fee applies. Pay now to keep your place: healthnz-booking.co.nz',
      '+64 21 555 0187',
    ],
  ])(
    'a lookalike of the claimed brand with something to do there is an impersonation (%s)',
    (text, sender) => {
      const a = analyzeSms({ text, sender });
      expect(a.impersonation).toBe(true);
    },
  );

  it.each([
    [
      'Vote for Shri Rakesh Kumar, KITE symbol, Button No. 4 on 25 May. Together for the development of Chandni Chowk! Jai Hind.',
      'AD-VOTERK',
    ],
    [
      'VOTE STRAIGHT #47! Mayor Ben Santos and the whole Bagong Bayan slate. Serbisyong tapat, ayuda para sa lahat! See you on May 12.',
      '+63 918 555 0177',
    ],
  ])('%s is a political campaign', (text, sender) => {
    expect(codes(analyzeSms({ text, sender }))).toContain('POLITICAL_CAMPAIGN');
  });
});

describe("analyzeSms: teachers' messages to parents (guide set 80)", () => {
  it.each([
    '小宝妈妈，我是蓝天幼儿园中二班刘老师，孩子午睡后量体温37.8℃，精神还可以，麻烦您方便时尽快来园接一下哦。',
    '各位家长好，我是三（2）班班主任李老师。下周五去科技馆研学，每人45元（含车费和门票），统一在学校缴费平台交，不用转给我个人。有困难的家庭私下跟我说就行。',
  ])('%s is a school notice', (text) => {
    expect(codes(analyzeSms({ text, sender: '186 2093 7715' }))).toContain('SCHOOL_NOTICE');
  });

  it('a fee to pay with no school channel is no school notice', () => {
    const a = analyzeSms({
      text: '各位家长好，我是三（2）班班主任李老师。下周五研学每人45元，请尽快缴费。',
      sender: '186 2093 7715',
    });
    expect(codes(a)).not.toContain('SCHOOL_NOTICE');
  });
});

describe('analyzeSms: brokers, hosts and booking sites (guide sets 81 and 83)', () => {
  it('a brand whose name is its domain claims it as letterhead', () => {
    const a = analyzeSms({
      text: 'Booking.com: Your reservation at Hotel Riu Plaza will be cancelled. The property could not verify your card. Confirm within 12h: booking-verify-guest.com/r/8821',
      sender: '+44 7700 900318',
    });
    expect(a.brand).toBe('Booking.com');
    expect(a.impersonation).toBe(true);
  });

  it.each([
    [
      'Coinbase: Your withdrawal of $1,200.00 USD to Chase ****8812 has been initiated. Expected arrival: Apr 4.',
      '22395',
    ],
    [
      'Fidelity Alert: A deposit of $2,500.00 to your brokerage account ending in 4471 has posted. Reply STOP to opt out.',
      '34334',
    ],
    [
      '【中国结算】尊敬的投资者，您名下一码通账户于04月02日新开立深市证券账户，如非本人办理请联系开户券商。',
      undefined,
    ],
  ])('%s reports on the account', (text, sender) => {
    expect(codes(analyzeSms({ text, sender }))).toContain('ACCOUNT_NOTICE');
  });

  it.each([
    "Hi, Anna the host here. Airbnb fees are very high so I can give you 15% off if you pay me direct by Zelle or bank transfer. Send $1,450 to confirm and I'll cancel the Airbnb booking.",
    'Hi saw your post looking for Coldplay tix Jul 12. I have 2 floor seats $180 each, can only take Cash App or Venmo friends & family as Ticketmaster transfer takes too long. Want them?',
  ])('being paid off the platform is advance-fee fraud (%s)', (text) => {
    const a = analyzeSms({ text, sender: '+1 (305) 555-0126' });
    expect(a.lure).toBe('advance_fee');
    expect(a.impostorScam).toBe(true);
  });

  it('a fake IPO placement paid into a named account is the investment scam', () => {
    const a = analyzeSms({
      text: '恭喜閣下獲配售新股「灣區新能源」1,000股，請於今日下午4時前將認購款HK$28,000存入指定戶口以確認。',
      sender: '+852 5123 8890',
    });
    expect(a.impostorScam).toBe(true);
  });

  it.each([
    '【第七次全国人口普查】尊敬的住户：普查员将于11月1日起入户登记，请主动核验普查员证件。人口普查不收取任何费用，不询问银行卡号和密码。',
    '【东方财富证券】投资者教育：证监会及我司从不通过短信、电话要求投资者转账或提供密码，请通过官方App办理业务。',
  ])('%s is an anti-fraud notice', (text) => {
    const a = analyzeSms({ text });
    expect(codes(a)).not.toContain('CREDENTIAL_REQUEST');
    expect(a.officialNotice).toBe(true);
  });
});

describe('analyzeSms: work, homes, accounts and banks (guide sets 85-90)', () => {
  it.each([
    [
      '我是陈总，在外地出差不方便，你帮我买10张京东E卡每张1000元，把卡密发给我，回去给你报销。',
      'boss_impersonation',
    ],
    [
      '不好意思，我剛剛不小心把驗證碼傳到你手機了，可以幫我截圖傳給我嗎？謝謝🙏',
      'verification_code',
    ],
    [
      'Hi this is Michael, the new tenant. I accidentally sent $3,000 instead of $1,300 for the deposit, so sorry! Can you Zelle back the $1,700 difference asap? Need it for movers.',
      'mistaken_transfer',
    ],
    [
      "Hi it's Sarah from Hartley Lettings, our client account has changed, pls send this month's rent to sort 20-45-77 acc 83019274, ref your address. Old account is closed. Thx",
      'account_change',
    ],
    [
      "Hello, I'm the owner of the apartment at 1420 Lake St. I'm working offshore right now so I can't show it. Send the $1,200 deposit via Zelle and I'll mail you the keys and lease.",
      'advance_fee',
    ],
  ])('%s is an impostor scam (%s)', (text, lure) => {
    const a = analyzeSms({ text, sender: '+44 7700 900199' });
    expect(a.lure).toBe(lure);
    expect(a.impostorScam).toBe(true);
  });

  it("a fake airline offer that asks for the uniform and training fee is the recruiter's scam", () => {
    const a = analyzeSms({
      text: '恭喜錄取長榮航空地勤儲備人員，請於3日內匯款NT$3,500制服及職前訓練費至指定帳戶，以保留名額。',
      sender: '0955 555 218',
    });
    expect(a.taskScam).toBe(true);
  });

  it.each([
    [
      'RM0 Maybank: TAC for Fund Transfer of RM1,200.00 to acc no 164012558812 is 492817. Valid for 3 mins. If you did not request, call 1300886688.',
      '66300',
    ],
    [
      'BCA: Transfer of IDR 1,500,000 to SITI RAHMA (BCA 8730112921) successful on 12/03/24 09:15. Not you? Call Halo BCA 1500888.',
      'BCA',
    ],
  ])('an account number is no number to call back (%s)', (text, sender) => {
    expect(codes(analyzeSms({ text, sender }))).not.toContain('CALLBACK_NUMBER');
  });

  it('a headhunter who found the reader on a job site is a person, not the site', () => {
    const a = analyzeSms({
      text: '您好，我是智联猎头的顾问王静，在猎聘上看到您的简历。我们这边有一个上海的高级Java开发岗位，年薪40-55万，方便的话回个电话？',
      sender: '+86 139 1672 4403',
    });
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
  });

  it("a lender's own instant-loan advert with its small print is marketing", () => {
    const a = analyzeSms({
      text: 'Get an instant Personal Loan up to Rs 5 Lakh at 10.99% p.a. Minimal docs, disbursal in 24 hrs. Apply at bajajfinserv.in/personal-loan. T&C apply',
    });
    expect(codes(a)).toContain('MARKETING_OPT_OUT');
    expect(a.officialNotice).toBe(false);
  });

  it.each([
    'Cheap IPTV 20,000+ channels, all Netflix, Disney+ and Sky Sports content. 12 months £40. WhatsApp 07700 900455 to order',
    '和平精英 透视自瞄辅助，稳定不封号，日卡10元 月卡88元，QQ群 682910233',
  ])('a grey-market advert from a mobile is no personal message (%s)', (text) => {
    expect(codes(analyzeSms({ text, sender: '+44 7700 900455' }))).not.toContain(
      'PERSONAL_MESSAGE',
    );
  });
});

describe('analyzeSms: carriers, pensions and homes (guide sets 85-87)', () => {
  it.each([
    [
      'AT&T: A port-out request for your number was submitted at 3:14 PM. If this was not you, call 1-888-555-0147 immediately to cancel.',
      '(555) 019-7734',
    ],
    [
      'EPFO: Your PF KYC is pending and your account will be blocked tonight. Update KYC now: epfo-kyc-update.in/uan',
      '+91 93108 44271',
    ],
  ])('%s is an impersonation', (text, sender) => {
    expect(analyzeSms({ text, sender }).impersonation).toBe(true);
  });

  it.each([
    ['爸，我手机卡坏了换了新号，先加我微信 wxid_k8s0d2，有急事找你。', 'family_emergency'],
    [
      '你好，我係業主，人喺英國唔方便睇樓，你先轉一個月按金去我戶口，我寄鎖匙俾你。有問題WhatsApp我。',
      'advance_fee',
    ],
  ])('%s is an impostor scam (%s)', (text, lure) => {
    const a = analyzeSms({ text, sender: '+44 7700 900812' });
    expect(a.lure).toBe(lure);
    expect(a.impostorScam).toBe(true);
  });

  it('an agent who gives the number that sent it for a viewing is a person', () => {
    const a = analyzeSms({
      text: 'Hi Mr Tan, Rachel here from Orchid Realty. Viewing for Blk 412 Bedok North Ave 2 #08-115 confirmed Sunday 3pm. My number is 9123 4567, pls call if running late.',
      sender: '+65 9123 4567',
    });
    expect(codes(a)).toContain('PERSONAL_MESSAGE');
  });
});

describe('analyzeSms: accounts and games (guide sets 88 and 89)', () => {
  it("a lookalike's brand written as the letterhead is a claim", () => {
    const a = analyzeSms({
      text: 'Google Security: Sign-in blocked from Lagos, Nigeria. If this was not you, secure your account: https://accounts-google.security-check.co/verify',
      sender: '+44 7700 900926',
    });
    expect(a.brand).toBe('Google');
    expect(a.impersonation).toBe(true);
  });

  it("a page owner's copyright strike with an appeal link off Meta's domains is an impersonation", () => {
    const a = analyzeSms({
      text: 'Meta Support: Your Page has been reported for copyright infringement and will be permanently disabled in 24h. Submit an appeal: https://meta-appeal-center.com/case/88214',
    });
    expect(a.lure).toBe('account_security');
    expect(a.impersonation).toBe(true);
  });

  it.each([
    [
      "Hi, this is Mr Tan. I changed my number. Please add me on WhatsApp, there's an urgent payment to a supplier I need you to process today before 3pm.",
      'boss_impersonation',
    ],
    [
      'Selling maxed Genshin account AR60, 40 five-stars, only $80. Payment in Steam gift cards only, I send the login after',
      'advance_fee',
    ],
  ])('%s is an impostor scam (%s)', (text, lure) => {
    const a = analyzeSms({ text, sender: '+65 9555 0173' });
    expect(a.lure).toBe(lure);
    expect(a.impostorScam).toBe(true);
  });
});

describe('analyzeSms: anti-fraud notices (read after the clean set 78 was measured)', () => {
  it.each([
    [
      '【工信部反诈专班】提醒：您近期接触的号码02985517620疑似涉诈电话，对方如以客服退款、刷单返利、冒充公检法等名义要求转账，均为诈骗！请勿转账。如有疑问请拨打96110。',
      '12381',
    ],
    [
      '【司警局提示】近期有不法分子冒充內地公安及本澳司警，以涉嫌洗黑錢為由要求市民將款項轉至「安全帳戶」。司警局絕不會要求市民轉賬。如有懷疑，請致電反詐騙查詢熱線8800 7777。',
      undefined,
    ],
    [
      'Safaricom will NEVER call or SMS you asking for your M-PESA PIN or to reverse money. Report fraud by forwarding suspicious messages to 333 for FREE.',
      'Safaricom',
    ],
  ])('%s is a warning', (text, sender) => {
    const a = analyzeSms({ text, sender });
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
    expect(a.officialNotice).toBe(true);
  });
});

describe('analyzeSms: grey-market adverts (guide set 89)', () => {
  it.each([
    [
      'Want more likes on Facebook? 5000 page likes for $25. Reply LIKES for our full price list',
      '+1 (214) 555-0190',
    ],
    [
      'Stuck in Silver? Pro Valorant elo boosting, Iron to Diamond in 3 days. From $29. boostking-val.com',
      '+1 (503) 555-0124',
    ],
    ['Netflix/Disney+/Spotify 合租位，平過官方一半，長期穩定，WhatsApp 查詢', '+852 6721 0348'],
  ])('%s is an advert from anyone', (text, sender) => {
    const a = analyzeSms({ text, sender });
    expect(codes(a)).toContain('SALE_OFFER');
    expect(a.marketing).toBe(true);
  });
});

describe('analyzeSms: a number to call in brackets', () => {
  it('"(call 0800 …)" is still a call-back', () => {
    const a = analyzeSms({
      text: 'Lloyds Bank: your card has been suspended due to unusual activity (call 0203 555 0147 now to restore it).',
      sender: '+44 7700 900123',
    });
    expect(codes(a)).toContain('CALLBACK_NUMBER');
  });
});

describe('analyzeSms: guide sets 104-105', () => {
  it.each([
    [
      'Papa mera phone gir ke toot gaya, ye friend ka number hai. Hostel fees aaj last date hai, 15000 turant is UPI pe bhej do rahulk22@ybl. Call mat karna, class mein hu',
      '+91 99887 61203',
    ],
    [
      'Kuya si Jun to, nanakawan ako ng cellphone, hiram lang ng number. Pa-load naman ng 500 dito, emergency lang, babayaran ko mamaya',
      '+63 966 222 4455',
    ],
    [
      'Ma, ini aku ganti nomor. HP lama rusak. Tolong transfer dulu 2 juta ke rekening BCA 1234567890 a/n Dimas buat bayar kos, nanti aku ganti ya Ma.',
      '+62 813-9876-5432',
    ],
    [
      'Na me, Uncle Femi. I dey hospital for Ikeja, dem no gree treat me without deposit. Abeg send 20k to this Opay acct 8091112244 sharp sharp. My phone dey off, I borrow this line',
      '+234 809 111 2244',
    ],
    [
      '妈，我手机摔坏了用同学手机发的，学校要交考证培训费3800，老师说今天截止，你直接转给老师微信就行，号是 zhao_ls88，转完跟我说一声。',
      '138 0000 4411',
    ],
    [
      '各位家长好，我是三年级二班新班主任李老师，本学期资料费每人168元，请加我微信 li_teacher2026 扫码转账，今天下午5点前交齐。',
      '139 0000 2211',
    ],
    [
      'Mumbai Cyber Crime Branch: A FedEx parcel booked on your Aadhaar contains 5 passports & MDMA. FIR registered. Call Inspector Vinay Kumar on 8802067431 within 2 hours to avoid arrest.',
      '+91 88020 67431',
    ],
    [
      'Chainalysis Recovery Unit: We have traced 2.4 BTC lost in your previous investment with CoinFX. Reply YES to begin recovery. A one-time release fee applies once funds are located.',
      '+44 7700 900923',
    ],
  ])('%s is an impostor scam', (text, sender) => {
    expect(analyzeSms({ text, sender }).impostorScam).toBe(true);
  });

  it("leaves a child's new number without an ask alone", () => {
    const a = analyzeSms({
      text: 'Ma, ini aku ganti nomor ya. HP lama rusak.',
      sender: '+62 813-9876-5432',
    });
    expect(a.impostorScam).toBe(false);
  });

  it.each([
    [
      '【京东快递】您的包裹JDX012345678901今日派送未成功（电话无人接听），快递员将于明日再次派送。如需修改配送时间，请在京东APP“我的订单”中操作。',
      '950616',
    ],
    [
      '【东方航空】尊敬的旅客，您预订的MU5101次（上海虹桥-北京首都）3月20日航班因天气原因延误，预计起飞时间10:30。可通过东方航空APP免费办理改退，客服95530。',
      '95530',
    ],
    [
      'Dear Customer, ICICI Bank Credit Card XX9012 has been temporarily blocked due to multiple incorrect PIN attempts. It will be unblocked automatically after 24 hours. Call 1800 1080 for help. -ICICI Bank',
      'JD-ICICIT',
    ],
  ])("%s is the organisation's own notice", (text, sender) => {
    expect(analyzeSms({ text, sender }).officialNotice).toBe(true);
  });

  it("keeps a courier's own number from making its parcel fee and card ask a notice", () => {
    const a = analyzeSms({
      text: '【京东快递】您的包裹因地址不详无法派送，需补缴运费3元，请回复1确认并提供银行卡号。',
      sender: '950616',
    });
    expect(a.officialNotice).toBe(false);
  });

  it('reads "will never ask for your bank details" as the policy stated, not broken', () => {
    const a = analyzeSms({
      text: 'HMRC: Your Self Assessment tax return is now overdue. File online on GOV.UK. HMRC will never ask for your bank details by text.',
      sender: 'HMRC',
    });
    expect(hit(a, 'OFFICIAL_SENDER_POLICY_VIOLATION')?.evidence ?? '').not.toContain(
      'asks for credentials',
    );
  });

  it.each([
    ['Vietcombank: Tai khoan se bi tam khoa. Cap nhat tai vcb-sinhtrachoc.com', 'Vietcombank'],
    [
      "RM0 Touch 'n Go: eWallet anda akan digantung. Kemaskini: tng-ewallet.my-ekyc.com",
      "Touch 'n Go eWallet",
    ],
    ['bKash Eid Bonus! login korle paben 500 Tk free: bkash-eidbonus.com-bd.site', 'bKash'],
    ['NHAI FASTag Alert: Update KYC: fastag-kyc.in/update', 'NHAI (FASTag)'],
  ])('%s claims %s off its domains', (text, brand) => {
    const a = analyzeSms({ text, sender: '+84 912 345 678' });
    expect(a.brand).toBe(brand);
    expect(codes(a)).toContain('BRAND_LINK_NOT_OFFICIAL');
  });

  it.each([
    ['Shopee 4.4 Mega Sale is HERE! Tap to shop: shp.ee/4x4sale', 'Shopee'],
    ['End of Reason Sale is LIVE! Shop now: myntr.it/EORS25 T&C', 'AD-MYNTRA-P'],
  ])("%s links to the brand's own short links", (text, sender) => {
    expect(codes(analyzeSms({ text, sender }))).not.toContain('BRAND_LINK_NOT_OFFICIAL');
  });

  it('reads a Malay "Diskaun sehingga 50%" as a sale', () => {
    const a = analyzeSms({
      text: 'RM0 Jualan Raya Mydin! Diskaun sehingga 50% untuk baju raya. Info: mydin.com.my',
      sender: '62888',
    });
    expect(codes(a)).toContain('SALE_OFFER');
  });
});

describe("analyzeSms: a brand's own offers (guide set 103)", () => {
  it.each([
    [
      '【建设银行】尊敬的客户，您已获得“快贷”预授信额度30万元，随借随还，线上办理。登录建行手机银行搜索“快贷”即可申请。拒收请回复R',
      '95533',
    ],
    [
      'EE: Fancy faster broadband? Bundle Full Fibre 500 with your EE mobile for £31/mth, no upfront cost + 6 months Apple TV+ on us. See ee.co.uk/broadband. To opt out text STOP to 8080',
      'EE',
    ],
    [
      'Need extra funds? Your GLoan offer of up to P125,000 is ready! Open GCash > Borrow > GLoan to check your limit. Reminder: GCash will never ask for your MPIN or OTP.',
      'GCash',
    ],
  ])('%s is no notice of its own', (text, sender) => {
    expect(analyzeSms({ text, sender }).officialNotice).toBe(false);
  });

  it('keeps a warning that names the scam before the offer it quotes a warning', () => {
    const a = analyzeSms({
      text: '【中国移动】提醒您：谨防冒充客服以免费升级套餐为名索要验证码，请勿泄露。',
      sender: '10086',
    });
    expect(a.officialNotice).toBe(true);
  });
});

describe('analyzeSms: hosts that wear a government suffix elsewhere', () => {
  it.each([
    '【国家育儿补贴】育儿补贴每孩每年3600元已开始发放，请点击 yuer-butie.gov-cn.top 填写银行卡信息领取。',
    'GOV.UK: your cost of living payment is waiting. Confirm your bank details at govuk-payments.help/claim',
  ])('%s imitates it', (text) => {
    const a = analyzeSms({ text, sender: '+86 177 3320 9058' });
    expect(codes(a)).toContain('LINK_LOOKALIKE_DOMAIN');
  });

  it.each([
    ['请登录 www.beijing.gov.cn 查询办理进度', '12345'],
    ['Renew your passport at www.gov.uk/renew-adult-passport', '+44 7700 900111'],
  ])('%s is the suffix itself', (text, sender) => {
    expect(codes(analyzeSms({ text, sender }))).not.toContain('LINK_LOOKALIKE_DOMAIN');
  });

  it.each([
    [
      'T-Mobile: Get iPhone 17 ON US with eligible trade-in. Details: t-mo.co/iphone17 Reply STOP to opt out.',
      'T-Mobile',
    ],
    [
      'Verizon: Add a line for $20/mo and get Galaxy Watch8 on us. Shop now: vz.to/addline',
      'Verizon',
    ],
  ])("%s links to the carrier's own short links", (text, sender) => {
    expect(codes(analyzeSms({ text, sender }))).not.toContain('BRAND_LINK_NOT_OFFICIAL');
  });
});

describe('analyzeSms: guide set 106', () => {
  it('reads an appointment\'s "To cancel call …" as the number to reach the clinic', () => {
    const a = analyzeSms({
      text: "HSE: You have an outpatient appointment at St. James's Hospital, Dermatology Clinic, on 21/03/2026 at 09:30. To cancel call 01 410 3000.",
      sender: 'HSE',
    });
    expect(codes(a)).toContain('SERVICE_CONTACT_NUMBER');
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
  });

  it.each([
    'Your subscription will be renewed for £89.99. To cancel call 0203 555 0188',
    'Your Norton subscription will be auto-renewed today for $399.99. To cancel, call 1-808-555-0199',
  ])('keeps a subscription\'s "to cancel call" a call-back: %s', (text) => {
    const a = analyzeSms({ text, sender: '+447700900111' });
    expect(codes(a)).toContain('CALLBACK_NUMBER');
    expect(a.lure).toBe('fee_deduction');
  });

  it('reads "Reply 1 for YES or 2 for NO" as a card\'s fraud check', () => {
    const a = analyzeSms({
      text: 'TD Fraud Alert: Did you attempt a $312.40 CAD transaction at AMZN MKTP CA on 03/08 with card ending 5521? Reply 1 for YES or 2 for NO. Reply STOP to opt out.',
      sender: 'TD',
    });
    expect(a.officialNotice).toBe(true);
  });

  it('reads the Zelle "business account" upgrade fee as the fake buyer', () => {
    const a = analyzeSms({
      text: "Hi, I'm interested in your couch on Marketplace, I'll pay full asking via Zelle. You need to upgrade to a Zelle business account to receive it, please pay the $300 upgrade fee",
      sender: '+17025550139',
    });
    expect(a.impostorScam).toBe(true);
  });
});

describe('analyzeSms: guide set 107', () => {
  it.each([
    [
      '【高速通行】您的车辆存在未缴通行费35.00元，逾期将产生滞纳金并列入黑名单，请访问 gstx-pay。com 补缴。',
      '106580012236',
    ],
    [
      '【停车缴费】您的车辆有未缴停车费，请访问 tc-pay。cn 缴纳，逾期将追缴并影响征信。',
      '106908853219',
    ],
  ])('%s breaks its link to slip past filters: smishing by rule', (text, sender) => {
    const a = analyzeSms({ text, sender });
    expect(a.malwareLink).toBe(true);
    expect(hit(a, 'LINK_OBFUSCATED')?.evidence).toContain('smishing by rule');
  });

  it("leaves a friend's mistyped link alone", () => {
    const a = analyzeSms({ text: '周末来玩，网址 mysite。com 看看照片', sender: '13800138000' });
    expect(a.malwareLink).toBe(false);
  });

  it.each([
    [
      '【交管12123】您的驾驶证因累计记分已满12分，将于48小时内注销，如有异议请致电0898-66543210处理。',
      '106925803311',
    ],
    [
      '【中国联通】您的手机号因实名信息不完整，将于24小时内停机，请致电0371-65234417处理。',
      undefined,
    ],
  ])('%s is a call-back impersonation', (text, sender) => {
    expect(analyzeSms({ text, sender }).impersonation).toBe(true);
  });

  it.each([
    [
      '【12368】您涉及一起网络借贷纠纷案件，法院已立案受理，请于今日联系书记员027-87110293协商处理，否则将强制执行冻结名下资产。',
      '12368',
    ],
    ['我是李总，换了个新微信，加我一下：lzong8866，有个急事需要你处理。', '+86 188 4120 7753'],
  ])('%s is an impostor scam', (text, sender) => {
    expect(analyzeSms({ text, sender }).impostorScam).toBe(true);
  });

  it('reads a carrier\'s "回复1立即办理" upsell as an offer', () => {
    const a = analyzeSms({
      text: '【中国移动】尊敬的客户，您可升级5G畅享套餐，每月仅需多付10元即享30GB国内流量，回复1立即办理，回复0拒绝。',
      sender: '10086',
    });
    expect(a.officialNotice).toBe(false);
  });
});

describe('analyzeSms: guide set 108', () => {
  it.each([
    [
      'The Big Billion Days are LIVE! iPhone 15 at lowest-ever price. Hurry: fkrt.it/BbD26x',
      'VM-FLPKRT-P',
    ],
    [
      'Weekend binge sorted! Recharge with Rs 449 & get 3GB/day. Recharge on Airtel Thanks app: i.airtel.in/rchg',
      'VM-AIRTEL-P',
    ],
  ])('%s comes under a promotional DLT header: an advert', (text, sender) => {
    const a = analyzeSms({ text, sender });
    expect(a.marketing).toBe(true);
    expect(a.officialNotice).toBe(false);
    expect(hit(a, 'SALE_OFFER')?.evidence).toContain('promotional header');
  });

  it('keeps a service header (-S) out of it', () => {
    const a = analyzeSms({ text: 'Your OTP is 123456. Do not share it.', sender: 'VM-HDFCBK-S' });
    expect(hit(a, 'SALE_OFFER')).toBeUndefined();
  });

  it.each([
    [
      '【中国移动】尊敬的客户，您可0元办理5G流量加油包：每月赠送20GB国内通用流量，回复KTLL办理，回复其他内容无效。',
      '10086',
    ],
    [
      '【樂施會】每月捐款$200，可為一個家庭提供安全食水。立即捐款：oxfam.org.hk/donate 如不欲再收到此類訊息，請回覆STOP',
      'Oxfam HK',
    ],
  ])('%s sells or appeals: no notice of its own', (text, sender) => {
    expect(analyzeSms({ text, sender }).officialNotice).toBe(false);
  });
});

describe('analyzeSms: guide set 108, more', () => {
  it('reads "$10 off" as an offer', () => {
    const a = analyzeSms({
      text: "We miss you! Here's $10 off your next 2 Uber Eats orders of $20+. Open the app to order: ubereats.com Reply STOP to opt out.",
      sender: '827222',
    });
    expect(a.officialNotice).toBe(false);
    expect(codes(a)).not.toContain('BRAND_LINK_NOT_OFFICIAL');
  });

  it.each([
    '【区块链资产追回中心】您此前在虚拟币平台被骗的资金已被我中心锁定，可协助全额追回，服务费仅需追回金额的5%（需预付），联系专员：电报 @zhuihui_cn',
    '您好，我们是国际数字资产追回中心，查询到您曾在虚拟币平台投资亏损，现可协助全额追回，成功后再收费，详情添加TG：@zhuihui_cn',
  ])('%s is the recovery scam', (text) => {
    expect(analyzeSms({ text, sender: '+86 193 3321 8805' }).impostorScam).toBe(true);
  });
});

describe('analyzeSms: guide sets 109-110 (short texts and no sender)', () => {
  it.each([
    ['Dad its me, lost my phone. Send R1500 urgently pls, will explain', '+27 71 555 0444'],
    ['爸，我手机掉了，这是新号，急需3000块，先转我', '+86 176 0011 2233'],
    ['您孩子在学校突发疾病正在抢救，速转手术费，联系张老师', '+86 172 0101 0202'],
  ])('%s is an impostor scam', (text, sender) => {
    expect(analyzeSms({ text, sender }).impostorScam).toBe(true);
  });

  it('leaves "爸，我手机掉了，晚点找你" alone', () => {
    expect(
      analyzeSms({ text: '爸，我手机掉了，晚点找你', sender: '+86 176 0011 2233' }).impostorScam,
    ).toBe(false);
  });

  it.each([
    ['本店新到一批海鲜，欢迎品尝，订座请致电本号', '+86 135 8080 6060'],
    ['New 2BHK flats in Whitefield from 65L. Site visit: call now', '+91 98450 12345'],
    ['考公名师1对1辅导，免费试听，回复1预约', '+86 155 2020 3030'],
  ])("%s is a trader's advert", (text, sender) => {
    expect(analyzeSms({ text, sender }).marketing).toBe(true);
  });

  it('reads "for P299" as a pack on sale, no notice', () => {
    const a = analyzeSms({
      text: 'Get 50GB for P299 valid 30 days! Dial *123# now.',
      sender: 'Smart',
    });
    expect(codes(a)).not.toContain('SENDER_ID_NOTICE');
  });

  it('reads "To cancel please reply CANCEL or call …" as the surgery\'s line', () => {
    const a = analyzeSms({
      text: 'Reminder: You have an appointment at Riverside Surgery on Tue 14 Oct at 09:20 with Dr Patel. To cancel please reply CANCEL or call 0161 496 0123.',
    });
    expect(codes(a)).toContain('SERVICE_CONTACT_NUMBER');
  });

  it('knows the Central Bank of Nigeria', () => {
    const a = analyzeSms({
      text: 'CBN: Your BVN is flagged. Relink now at cbn-bvn.ng-verify.com',
      sender: '+234 901 555 0133',
    });
    expect(a.brand).toBe('Central Bank of Nigeria');
    expect(codes(a)).toContain('BRAND_LINK_NOT_OFFICIAL');
  });
});

describe('analyzeSms: guide set 111 (long notices)', () => {
  it("reads a courier's delivery man in its own notice as its line, not a call-back", () => {
    const a = analyzeSms({
      text: '【顺丰速运】您的快件SF1432876550213今日派送未成功，原因：收件人电话无人接听。将于明天上午再次派送，无需额外付费。如需改派，请通过顺丰APP操作，也可联系派送员陈师傅13800138000。',
      sender: '95338',
    });
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
    expect(a.impersonation).toBe(false);
  });

  it("keeps a forged courier number's compensation line a call-back", () => {
    const a = analyzeSms({
      text: '【顺丰速运】您的快件已丢失，我司将为您理赔300元，请联系理赔专员13800138000办理退款。',
      sender: '95338',
    });
    expect(codes(a)).toContain('CALLBACK_NUMBER');
  });

  it("reads the consular hotline a carrier's roaming welcome quotes as the ministry's own", () => {
    const a = analyzeSms({
      text: '【中国联通】欢迎来到日本！您的国际漫游服务已开通。外交部全球领事保护与服务应急热线：+86-10-12308。祝您旅途愉快！',
      sender: '10010',
    });
    expect(codes(a)).not.toContain('CALLBACK_NUMBER');
  });
});

describe("analyzeSms: a casino's hidden link", () => {
  it('stays an advert (the public sets label gambling spam)', () => {
    const a = analyzeSms({
      text: '澳门金沙娱乐城上线啦！新会员首存100送188，每日返水1.2%，秒提现无上限！注册网址：amjs88。vip',
      sender: '+852 6123 0099',
    });
    expect(a.malwareLink).toBe(false);
  });
});

describe("analyzeSms: Ctrip's short links", () => {
  it('t.ctrip.cn is its own', () => {
    const a = analyzeSms({
      text: '【携程旅行】春日出游季！机票+酒店低至3折，周末特惠限时抢，戳 t.ctrip.cn/aB3xk 回TD退订',
      sender: '1069 5757 8888',
    });
    expect(codes(a)).not.toContain('BRAND_LINK_NOT_OFFICIAL');
  });
});

describe('analyzeSms: guide set 113', () => {
  it.each([
    [
      '您好，我是刚才给您送外卖的骑手，您的餐撒了，平台要给您退双倍，麻烦把刚收到的短信验证码告诉我一下，我这边提交退款。',
      '17012347788',
    ],
    [
      '亲，我是多多买菜团长，系统出错你的订单重复扣款了，退款要你提供一下支付宝刚收到的验证码，我这边帮你操作。',
      '19144556677',
    ],
    [
      '外甥，我是你表舅，在外地住院要做手术，钱不够，你先帮我转两万，明天就还你，先别打电话我说话不方便，卡号等下发你。',
      '15598761234',
    ],
    [
      '您家人王秀英在我院急诊抢救，需先交押金2万元才能手术，请立即转入医院财务账户 6222 **** 8890，我是急诊科张主任。',
      '13800001234',
    ],
  ])('%s is an impostor scam', (text, sender) => {
    expect(analyzeSms({ text, sender }).impostorScam).toBe(true);
  });

  it("keeps a code message's own warning a notice", () => {
    const a = analyzeSms({
      text: '【支付宝】验证码123456，请勿将刚收到的验证码告诉他人。',
      sender: '95188',
    });
    expect(a.impostorScam).toBe(false);
  });
});

describe('analyzeSms: guide set 112 (Europe and the Gulf)', () => {
  it.each([
    [
      'ING: Your debit card expires soon. Request your new card to avoid your account being blocked: ing-nl.pasvernieuwen.cc/aanvraag',
      'ING',
    ],
    [
      'InPost: your parcel is on hold. Dopłata 1,50 zł required. Pay by BLIK: inpost-pl.paczka-doplata.shop',
      '+48 512 907 334',
    ],
    [
      'PostNL: Uw pakket kon niet worden bezorgd, €1,99 verzendkosten open: postnl.bezorgen-pakket.top/nl',
      '+31 6 48392017',
    ],
  ])('%s claims the brand off its domains', (text, sender) => {
    expect(codes(analyzeSms({ text, sender }))).toContain('BRAND_LINK_NOT_OFFICIAL');
  });

  it.each([
    [
      'Colissimo : votre colis sera livré demain. Choose another day: https://www.laposte.fr/outils/suivre-vos-envois',
      'Colissimo',
    ],
    [
      'Emirates Post: Your shipment RR123456789AE is out for delivery today. Track at https://www.emiratespost.ae or call 600 599 999.',
      'EmiratesPost',
    ],
    [
      'DB Streckenagent: ICE 597 is running approx. +25 min late. Connections: bahn.de or DB Navigator.',
      'DB',
    ],
  ])("%s is the organisation's own notice", (text, sender) => {
    expect(analyzeSms({ text, sender }).officialNotice).toBe(true);
  });

  it('reads "booking" as no ING', () => {
    expect(
      analyzeSms({ text: "I'm booking the flight tonight", sender: '+447700900111' }).brand,
    ).toBeNull();
  });
});
