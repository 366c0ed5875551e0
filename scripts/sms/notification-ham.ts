/**
 * Hand-written transactional notifications (one-time codes, card debits, bills, parcels, orders,
 * appointments), generated from templates with random values: legitimate SMS of the kind that
 * fills real inboxes and that none of the public sets holds. Their "ham" is chat and news (the
 * Chinese 80w set has "您好" in 1 ham row against 310 spam rows, and no card-debit notice at all),
 * so a model trained on them alone reads every formal notice as spam, and a one-time code as
 * smishing. These rows join training only; every figure of docs/sms-model.md is computed on the
 * public rows, and the generated rows are scored apart, by family left out (see
 * scripts/sms/cross-validate-sms.ts), so what the model learns is the style, not the templates.
 *
 * None of these asks for anything: no link, no call-back, no reply for a prize; a code is told
 * never to be shared. That is what separates them from the smishing that imitates them.
 */
import { createRandom } from './fit-sms-pipeline.js';
import type { Corpus, CorpusRow } from './load-sms-datasets.js';

/** A group of templates for one kind of notification; CV leaves a whole family out at a time. */
export interface NotificationFamily {
  readonly name: string;
  readonly lang: 'en' | 'zh';
  readonly templates: readonly string[];
}

export const NOTIFICATION_DATASET = 'tocsin-notifications';

const ZH_APPS = [
  '美团',
  '淘宝',
  '京东',
  '支付宝',
  '微信支付',
  '拼多多',
  '饿了么',
  '滴滴出行',
  '抖音',
  '哔哩哔哩',
  '携程旅行',
  '12306',
  '国家政务服务平台',
  '个人所得税',
  '中国移动',
  '中国联通',
];
const ZH_BANKS = [
  '工商银行',
  '建设银行',
  '农业银行',
  '中国银行',
  '招商银行',
  '交通银行',
  '邮储银行',
  '浦发银行',
  '兴业银行',
  '中信银行',
  '平安银行',
  '民生银行',
];
const ZH_CARRIERS = ['中国移动', '中国联通', '中国电信'];
const ZH_COURIERS = [
  '顺丰速运',
  '中通快递',
  '圆通速递',
  '韵达快递',
  '京东物流',
  '菜鸟驿站',
  '中国邮政',
  '申通快递',
];
const ZH_PLACES = [
  '小区南门菜鸟驿站',
  '3号楼快递柜',
  '东门丰巢柜',
  '学校快递点',
  '公司前台',
  '社区服务站',
];
const ZH_MERCHANTS = [
  '财付通-美团',
  '支付宝-淘宝',
  '京东商城',
  '星巴克',
  '中国石化',
  '永辉超市',
  '滴滴出行',
];
const ZH_DEPTS = ['内科', '儿科', '口腔科', '眼科', '皮肤科', '骨科'];
const ZH_HOSPITALS = ['市第一人民医院', '省人民医院', '妇幼保健院', '中医院'];

const EN_APPS = [
  'Google',
  'Microsoft',
  'Apple',
  'WhatsApp',
  'Uber',
  'Lyft',
  'PayPal',
  'Amazon',
  'Netflix',
  'Instagram',
  'Facebook',
  'Airbnb',
  'DoorDash',
  'Venmo',
  'Coinbase',
  'LinkedIn',
];
const EN_BANKS = [
  'Chase',
  'Bank of America',
  'Wells Fargo',
  'Citi',
  'Capital One',
  'Barclays',
  'HSBC',
  'Lloyds',
  'NatWest',
  'Santander',
  'Monzo',
  'Revolut',
];
const EN_COURIERS = ['UPS', 'FedEx', 'DHL', 'USPS', 'Royal Mail', 'Evri', 'DPD', 'Amazon'];
const EN_MERCHANTS = [
  'TESCO STORES',
  'SHELL',
  'STARBUCKS',
  'AMAZON MKTPLACE',
  'UBER TRIP',
  'WALMART',
  'TARGET',
  'SAINSBURYS',
];
const ZH_AIRLINES = ['中国国航', '东方航空', '南方航空', '海南航空', '厦门航空', '四川航空'];
const ZH_CITIES = ['北京', '上海', '广州', '深圳', '成都', '杭州', '武汉', '西安', '南京', '重庆'];
const ZH_SCHOOLS = ['实验小学', '第二中学', '外国语学校', '育才小学', '阳光幼儿园'];
const ZH_ROOMS = ['3楼第一会议室', '大会议室', '508室', '线上腾讯会议'];
const EN_AIRLINES = [
  'British Airways',
  'easyJet',
  'Ryanair',
  'Delta',
  'United',
  'American Airlines',
];
const EN_CITIES = ['London', 'Manchester', 'New York', 'Chicago', 'Dublin', 'Madrid', 'Denver'];
const EN_UTILITIES = ['British Gas', 'EDF', 'Octopus Energy', 'Thames Water', 'Con Edison', 'PG&E'];
const EN_PHARMACIES = ['Boots', 'CVS Pharmacy', 'Walgreens', 'Lloyds Pharmacy', 'Superdrug'];
const EN_CLINICS = ['Park Lane Surgery', 'Riverside Medical Centre', 'Elm Street Clinic'];
const EN_SCHOOLS = [
  "St Mary's Primary",
  'Oakwood Academy',
  'Lincoln Elementary',
  'Hillside School',
];
const EN_NAMES = ['Patel', 'Smith', 'Nguyen', 'Garcia', 'Brown', 'Wilson', 'Khan', 'Taylor'];
const EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const NOTIFICATION_FAMILIES: readonly NotificationFamily[] = [
  {
    name: 'zh-code',
    lang: 'zh',
    templates: [
      '【{app}】验证码：{code6}，{min}分钟内有效，请勿泄露给他人。',
      '【{app}】您的验证码是{code6}，用于登录，{min}分钟内有效。如非本人操作，请忽略本短信。',
      '{code6}（{app}验证码）。工作人员不会向您索要，请勿向任何人泄露，以免造成账户或资金损失。',
      '【{app}】验证码{code4}，您正在进行身份验证，打死不要告诉别人哦！',
      '【{app}】{code6}是你的验证码，有效期{min}分钟。为保障账户安全，请勿转发。',
    ],
  },
  {
    name: 'zh-bank',
    lang: 'zh',
    templates: [
      '【{bank}】您尾号{last4}的储蓄卡{m}月{d}日{hh}:{mm}支出(消费){amt}元，余额{bal}元。',
      '您尾号{last4}卡{m}月{d}日{hh}:{mm}快捷支付{amt}元（{merchant}），余额{bal}元。【{bank}】',
      '【{bank}】您账户{last4}于{m}月{d}日{hh}:{mm}入账人民币{amt}元，活期余额{bal}元。',
      '【{bank}】您尾号{last4}的信用卡本期账单金额{amt}元，最低还款额{amt2}元，到期还款日{m}月{d}日。',
      '【{bank}】您尾号{last4}的信用卡于{m}月{d}日消费人民币{amt}元，可用额度{bal}元。',
    ],
  },
  {
    name: 'zh-carrier',
    lang: 'zh',
    templates: [
      '【{carrier}】尊敬的客户，您好！截至{m}月{d}日{hh}时，您本月套餐内通用流量已使用{gb}GB，剩余{gb2}GB。',
      '尊敬的客户，您{m}月话费账单已生成，本月消费{amt}元，当前余额{bal}元。【{carrier}】',
      '【{carrier}】您好，您已成功充值{amt}元，当前可用余额{bal}元，感谢您的使用。',
      '【{carrier}】尊敬的客户，您本月的套餐内语音通话剩余{min}分钟，国内流量剩余{gb}GB。',
    ],
  },
  {
    name: 'zh-parcel',
    lang: 'zh',
    templates: [
      '【{courier}】您的快递已到{place}，取件码{code4}，请于今日{hh}:00前取件。',
      '【{courier}】您的包裹已签收，签收人：本人。感谢使用{courier}，期待再次为您服务。',
      '【{courier}】快递员正在为您派送，预计{hh}:{mm}前送达，请保持电话畅通。',
      '【{courier}】凭取件码{code6}到{place}领取您的包裹，营业时间8:00-21:00。',
    ],
  },
  {
    name: 'zh-order',
    lang: 'zh',
    templates: [
      '【{app}】您的订单已送达，祝您用餐愉快！如有问题可在订单页联系商家。',
      '【12306】订单{order}，您已购{m}月{d}日G{train}次{car}车{seat}号，{hh}:{mm}开，检票口{gate}。',
      '【{app}】您预订的酒店已确认，入住日期{m}月{d}日，请携带身份证办理入住。',
      '【{app}】您的订单{order}已发货，可在App内查看物流进度。',
    ],
  },
  {
    name: 'zh-appointment',
    lang: 'zh',
    templates: [
      '【{hospital}】您已成功预约{m}月{d}日上午{dept}门诊，就诊序号{gate}，请携带身份证按时就诊。',
      '【{hospital}】温馨提示：您预约的{dept}门诊将于明天{hh}:{mm}开始，如需取消请提前一天办理。',
      '【国家政务服务平台】您申请的业务已办理完成，办件编号{order}。',
    ],
  },
  {
    name: 'zh-travel',
    lang: 'zh',
    templates: [
      '【{airline}】您预订的{m}月{d}日{flight}航班（{city}-{city2}）已出票，{hh}:{mm}起飞，请提前90分钟到达机场办理值机。',
      '【{airline}】尊敬的旅客，您乘坐的{flight}航班登机口变更为{gate}号，登机时间{hh}:{mm}，请留意机场广播。',
      '【滴滴出行】司机已到达上车点，车牌号{plate}，请尽快上车。',
      '【高德打车】您的行程已结束，本次费用{amt}元，已从您的支付账户扣款。',
      '【12306】您购买的{m}月{d}日G{train}次列车已开始检票，检票口{gate}，祝您旅途愉快。',
    ],
  },
  {
    name: 'zh-utility',
    lang: 'zh',
    templates: [
      '【国网电力】您户号{acct}的{m}月电费{amt}元已出账，请于本月{d}日前缴纳，已签约代扣的用户将自动扣款。',
      '【{city}燃气】您户号{acct}的燃气费已缴费成功，金额{amt}元，感谢您的支持。',
      '【{city}水务】尊敬的用户，因管网维修，{m}月{d}日{hh}:00至{hh2}:00您所在小区停水，请提前储水。',
      '【物业服务中心】业主您好，本周六上午将进行电梯年检，{gate}号楼电梯暂停使用，给您带来不便敬请谅解。',
    ],
  },
  {
    name: 'zh-public',
    lang: 'zh',
    templates: [
      '【{city}公积金】您的住房公积金账户于{m}月{d}日汇缴入账{amt}元，账户余额{bal}元。',
      '【{city}医保】您的医保个人账户于{m}月{d}日划入{amt}元，当前余额{bal}元。',
      '【{city}人社】您申领的社会保障卡已制卡完成，请携带身份证到社区服务站领取。',
      '【{city}交警】您的机动车将于{m}月{d}日检验有效期届满，请按时到检测站办理检验。',
    ],
  },
  {
    name: 'zh-school-work',
    lang: 'zh',
    templates: [
      '【{school}】家长您好，{m}月{d}日学校举行秋季运动会，请为孩子准备运动服和水杯。',
      '【{school}】家长您好，本周五下午{hh}:{mm}放学，请按时接孩子。',
      '【会议提醒】{m}月{d}日{hh}:{mm}在{room}召开部门例会，请准时参加。',
      '【{app}】您{m}月{d}日的预约已确认，请按时到店，如需改约请在App内操作。',
    ],
  },
  {
    name: 'en-code',
    lang: 'en',
    templates: [
      'Your {app} verification code is {code6}. Do not share this code with anyone.',
      '{code6} is your {app} code. It expires in {min} minutes. Never share it.',
      'G-{code6} is your Google verification code.',
      '{app}: Your security code is {code6}. We will never call you to ask for it.',
      'Use {code6} to sign in to {app}. If you did not request this, you can ignore this message.',
    ],
  },
  {
    name: 'en-bank',
    lang: 'en',
    templates: [
      '{bank}: A {usd} purchase at {merchant} was made on your card ending {last4}. Not you? Call the number on the back of your card.',
      '{bank}: Your payment of {usd} to {merchant} was approved on {m}/{d}.',
      '{bank} Alert: Your available balance in account ending {last4} is {usdbal} as of {m}/{d}.',
      '{bank}: Your statement for the card ending {last4} is ready. Minimum payment {usd2} due {m}/{d}.',
      '{bank}: You received a deposit of {usd} into account ending {last4}.',
    ],
  },
  {
    name: 'en-parcel',
    lang: 'en',
    templates: [
      '{courier}: Your package was delivered at {hh}:{mm} today and left at your front door.',
      '{courier}: Your parcel is out for delivery today between {hh}:00 and {hh2}:00.',
      'Your {courier} parcel has been dropped off at the locker. Your collection code is {code6}.',
      '{courier}: We delivered your parcel to your neighbour at number {gate}.',
      '{courier}: Your package {track} is scheduled for delivery on {day}.',
      '{courier}: Shipment {track} was delivered at {hh}:{mm} and signed for by {name}.',
    ],
  },
  {
    name: 'en-appointment',
    lang: 'en',
    templates: [
      'Reminder: your appointment with Dr {name} is on {day} at {hh}:{mm}. Reply C to confirm or call the surgery to rebook.',
      'Your dental check-up is booked for {day} {m}/{d} at {hh}:{mm}. Please arrive 10 minutes early.',
      'Hi, this is a reminder that your car is booked in for its service on {day} at {hh}:{mm}.',
      'Your table for {gate} is confirmed for {day} at {hh}:{mm}. See you then!',
    ],
  },
  {
    name: 'en-account',
    lang: 'en',
    templates: [
      'Your {app} order has been dispatched and should arrive on {day}.',
      'Your {app} password was changed on {m}/{d}. If this was you, no action is needed.',
      'Your {app} ride is arriving in {min} minutes. Look for a grey Toyota.',
      'Thanks for your payment of {usd}. Your {app} subscription renews on {m}/{d}.',
    ],
  },
  {
    name: 'en-travel',
    lang: 'en',
    templates: [
      '{airline}: Your flight {flight} to {city} departs {day} at {hh}:{mm}. Check-in is now open in the app.',
      '{airline}: Gate change. Flight {flight} now departs from gate {gate}. Boarding starts at {hh}:{mm}.',
      'Your {app} driver is 3 minutes away in a white Prius, plate {plate}.',
      'Trip complete. You paid {usd} for your ride with {app} today.',
    ],
  },
  {
    name: 'en-utility',
    lang: 'en',
    templates: [
      '{utility}: Your bill of {usd} is ready. It will be paid by Direct Debit on {m}/{d}.',
      '{utility}: Thanks, we have received your payment of {usd}.',
      '{utility}: A planned power cut in your area on {day} from {hh}:00 to {hh2}:00 is for network upgrades.',
      '{utility}: We have received your meter reading. Your next bill will be issued on {m}/{d}.',
    ],
  },
  {
    name: 'en-health',
    lang: 'en',
    templates: [
      '{pharmacy}: Your prescription is ready to collect. Please bring photo ID.',
      'Your flu vaccination is booked for {day} at {hh}:{mm} at {clinic}.',
      '{clinic}: Your recent test results are normal. No further action is needed.',
      '{pharmacy}: Your order is ready for collection at your local store until {day}.',
    ],
  },
  {
    name: 'en-school-work',
    lang: 'en',
    templates: [
      '{school}: School will close at 1pm on {day} for staff training. Please arrange pick-up.',
      'Hi, your shift on {day} has been moved to {hh}:{mm}. Check the rota for details.',
      '{school}: Parents evening is on {day} from {hh}:00. Slots can be booked at the office.',
      'Your library books are due back on {m}/{d}. You can renew them at the desk.',
    ],
  },
];

function fill(template: string, rand: () => number): string {
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => int(0, 9)).join('');
  const money = (max: number) => (int(100, max * 100) / 100).toFixed(2);
  const two = (n: number) => String(n).padStart(2, '0');
  const zh = /[\u4e00-\u9fff]/.test(template);
  const slots: Record<string, () => string> = {
    app: () => pick(zh ? ZH_APPS : EN_APPS),
    bank: () => pick(zh ? ZH_BANKS : EN_BANKS),
    carrier: () => pick(ZH_CARRIERS),
    courier: () => pick(zh ? ZH_COURIERS : EN_COURIERS),
    merchant: () => pick(zh ? ZH_MERCHANTS : EN_MERCHANTS),
    place: () => pick(ZH_PLACES),
    dept: () => pick(ZH_DEPTS),
    hospital: () => pick(ZH_HOSPITALS),
    name: () => pick(EN_NAMES),
    airline: () => pick(zh ? ZH_AIRLINES : EN_AIRLINES),
    city: () => pick(zh ? ZH_CITIES : EN_CITIES),
    city2: () => pick(ZH_CITIES),
    flight: () => `${pick(['CA', 'MU', 'CZ', 'HU', 'BA', 'DL', 'UA', 'FR'])}${int(100, 9999)}`,
    plate: () =>
      zh
        ? `${pick(['京', '沪', '粤', '川', '浙'])}${pick(['A', 'B', 'C'])}${digits(5)}`
        : `${pick(['AB', 'KX', 'LR'])}${digits(2)} ${pick(['XYZ', 'HFT', 'MNP'])}`,
    acct: () => digits(10),
    school: () => pick(zh ? ZH_SCHOOLS : EN_SCHOOLS),
    room: () => pick(ZH_ROOMS),
    utility: () => pick(EN_UTILITIES),
    pharmacy: () => pick(EN_PHARMACIES),
    clinic: () => pick(EN_CLINICS),
    day: () => pick(EN_DAYS),
    code6: () => digits(6),
    code4: () => digits(4),
    last4: () => digits(4),
    order: () => `E${digits(9)}`,
    // USPS (22 digits), FedEx (12), DHL (10), UPS (1Z + 16), Royal Mail (2 letters, 9 digits, GB).
    track: () =>
      pick([
        () => `9400${digits(18)}`,
        () => digits(12),
        () => digits(10),
        () => `1Z${digits(3)}${pick(['AA', 'E7', 'X9'])}${digits(11)}`,
        () => `${pick(['RM', 'LX', 'TT'])}${digits(9)}GB`,
      ])(),
    train: () => String(int(1, 1999)),
    car: () => two(int(1, 16)),
    seat: () => `${two(int(1, 20))}${pick(['A', 'B', 'C', 'D', 'F'])}`,
    gate: () => String(int(1, 30)),
    min: () => String(pick([5, 10, 15, 30])),
    m: () => String(int(1, 12)),
    d: () => String(int(1, 28)),
    hh: () => two(int(7, 21)),
    hh2: () => two(int(12, 22)),
    mm: () => two(int(0, 59)),
    amt: () => money(2000),
    usd: () => `$${money(2000)}`,
    usd2: () => `$${money(300)}`,
    usdbal: () => `$${money(50_000)}`,
    amt2: () => money(300),
    bal: () => money(50_000),
    gb: () => String(int(1, 40)),
    gb2: () => String(int(1, 40)),
  };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => slots[name]?.() ?? whole);
}

/** `perTemplate` rows of every template (duplicates dropped), ham of NOTIFICATION_DATASET. */
export function generateNotificationHam(seed: number, perTemplate: number): CorpusRow[] {
  const rand = createRandom(seed);
  const rows: CorpusRow[] = [];
  const seen = new Set<string>();
  for (const family of NOTIFICATION_FAMILIES)
    for (const template of family.templates)
      for (let k = 0; k < perTemplate; k++) {
        const text = fill(template, rand);
        if (seen.has(text)) continue;
        seen.add(text);
        rows.push({
          text,
          label: 'ham',
          lang: family.lang,
          sources: [{ dataset: NOTIFICATION_DATASET, label: 'ham' }],
          foldGroup: family.name,
        });
      }
  return rows;
}

/**
 * Rows generated per template for training (about 775 in all, 19 families). Measured by the
 * pipeline CV at one fold seed, with 11 families: 30 per template cost 0.006 of English harmful F1
 * and pushed Chinese ham FPR to 0.6%; 10 left both within noise of training without them. Going
 * from 11 to 19 families at 10 per template halved the FPR on a family held out whole (34% to
 * 17%): variety teaches "notification", volume teaches the template.
 */
export const NOTIFICATIONS_PER_TEMPLATE = 10;

/** `corpus` with the generated notifications appended, as one more dataset. */
export function withNotificationHam(corpus: Corpus, seed: number): Corpus {
  const rows = generateNotificationHam(seed, NOTIFICATIONS_PER_TEMPLATE);
  return {
    datasets: [...corpus.datasets, NOTIFICATION_DATASET],
    rows: [...corpus.rows, ...rows],
    readCounts: { ...corpus.readCounts, [NOTIFICATION_DATASET]: rows.length },
  };
}
