/**
 * Host lists for SMS link rules: URL shorteners, TLDs with a smishing prior, and the TLDs a
 * scheme-less, path-less token may end in to count as a link at all ("ok.so" in prose is not).
 * Sources: sms-fraud-facts.md §2.5 (t.cn, dwz.cn, dwz.cz; .fyi .ch .sh .top .vip) and common
 * public shortener services.
 */

/** URL shorteners (hosts). A shortened link hides where it goes. */
export const SHORTENER_HOSTS: ReadonlySet<string> = new Set([
  't.cn',
  'dwz.cn',
  'dwz.cz',
  'url.cn',
  'w.url.cn',
  'suo.im',
  'suo.nz',
  'sohu.gg',
  'bit.ly',
  'bitly.com',
  'bit.do',
  'tinyurl.com',
  'is.gd',
  'v.gd',
  'goo.gl',
  'ow.ly',
  't.co',
  'buff.ly',
  'rebrand.ly',
  'cutt.ly',
  'shorturl.at',
  'rb.gy',
  'tiny.cc',
  's.id',
  't.ly',
  '0rz.tw',
  'reurl.cc',
  'lnkd.in',
  'qrco.de',
  'tr.im',
  'x.co',
  'bl.ink',
  'shorte.st',
  'adf.ly',
  'mcaf.ee',
  'u.to',
  '6du.in',
]);

/** TLDs with a smishing prior (cheap registration, abuse reports). A prior, not a verdict. */
export const RISKY_TLDS: ReadonlySet<string> = new Set([
  'top',
  'vip',
  'xyz',
  'fyi',
  'sh',
  'ch',
  'cc',
  'icu',
  'buzz',
  'club',
  'online',
  'site',
  'shop',
  'live',
  'work',
  'tk',
  'ml',
  'ga',
  'cf',
  'gq',
  'pw',
  'ws',
  'cyou',
  'sbs',
  'cfd',
  'bond',
  'rest',
  'monster',
  'lol',
  'win',
  'bid',
  'loan',
  'date',
  'men',
  'wang',
  'ren',
  'ink',
  'fun',
  'space',
  'click',
  'link',
  'su',
]);

/**
 * TLDs a bare token (no scheme, no `www.`, no path) may end in and still be read as a link.
 * English words that are also TLDs (in, is, to, at, it, so, me, be, am, how...) are left out.
 */
export const BARE_LINK_TLDS: ReadonlySet<string> = new Set([
  ...RISKY_TLDS,
  'com',
  'net',
  'org',
  'info',
  'biz',
  'cn',
  'hk',
  'tw',
  'mo',
  'sg',
  'my',
  'jp',
  'kr',
  'co',
  'io',
  'ly',
  'gd',
  'gl',
  'cz',
  'ru',
  'uk',
  'us',
  'ca',
  'au',
  'nz',
  'de',
  'fr',
  'nl',
  'eu',
  'store',
  'app',
  'asia',
  'mobi',
  'tech',
  'pro',
  'today',
  'life',
  'world',
  'website',
  'gov',
  'edu',
]);

/**
 * Free hosting and app platforms: anyone gets `name.pages.dev` in a minute, so a host under one
 * of these is a link however it is written (`royalmail-redeliver.pages.dev`), and it is never an
 * organisation's own domain. Public Suffix List private section, the hosts smishing uses most.
 */
export const FREE_HOSTING_SUFFIXES: readonly string[] = [
  'pages.dev',
  'workers.dev',
  'r2.dev',
  'web.app',
  'firebaseapp.com',
  'vercel.app',
  'netlify.app',
  'github.io',
  'gitlab.io',
  'herokuapp.com',
  'glitch.me',
  'blogspot.com',
  'weebly.com',
  'wixsite.com',
  '000webhostapp.com',
  'ngrok.io',
  'ngrok-free.app',
  'azurewebsites.net',
  'appspot.com',
  'surge.sh',
  'onrender.com',
  'replit.app',
  'webflow.io',
  'framer.app',
  'myshopify.com',
];

/**
 * Hosts under an organisation's official domains where anyone publishes: forms, shared files,
 * personal pages. A link there is on the brand's domain but not the brand's word (Microsoft Forms
 * and shared OneDrive pages are a common phishing host), so it never makes a message the
 * organisation's own notice.
 */
export const USER_CONTENT_HOSTS: ReadonlySet<string> = new Set([
  'forms.office.com',
  'forms.microsoft.com',
  'sway.office.com',
  'onedrive.live.com',
  'qzone.qq.com',
  'user.qzone.qq.com',
  'docs.qq.com',
  'wj.qq.com', // Tencent Survey: anyone's questionnaire
  'www.icloud.com', // shared iCloud Drive files and notes live under it
  'icloud.com',
  'docs.google.com',
  'drive.google.com',
  'sites.google.com',
  'script.google.com',
  'forms.gle',
  'photos.google.com',
  'maps.app.goo.gl', // someone's shared place
  'photos.app.goo.gl', // someone's shared album
  'dropbox.com',
  'www.dropbox.com',
  'pan.baidu.com',
  'yun.baidu.com',
  'wetransfer.com',
  'we.tl',
]);

/**
 * Domains whose every subdomain but `www` and `m` is someone's: a seller's shop on a marketplace
 * (`skechers.tmall.com`), a company's workspace on Feishu (`hzxinda.feishu.cn`), where anyone can open one.
 */
export const SHOP_SUBDOMAIN_DOMAINS: ReadonlySet<string> = new Set([
  'taobao.com',
  'tmall.com',
  'feishu.cn',
]);
