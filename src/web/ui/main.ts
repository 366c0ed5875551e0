/**
 * The web UI of `tocsin serve`: a shell (header, navigation, language switch) and one view per
 * hash route. Calls only the public HTTP API (api.ts); renders text with DOM APIs only.
 */
import { h, replaceChildren } from './dom.js';
import { type Lang, type MessageKey, translate } from './i18n.js';
import { type RouteName, toRoute } from './router.js';
import { loadLang, saveLang } from './settings-store.js';
import type { View, ViewContext } from './view.js';
import { page } from './view.js';
import { alertsView } from './views/alerts.js';
import { extractView } from './views/extract.js';
import { indicatorView } from './views/indicator.js';
import { reportsView } from './views/reports.js';
import { settingsView } from './views/settings.js';
import { smsView } from './views/sms.js';
import { watchesView } from './views/watches.js';

const views: Readonly<Record<RouteName, (ctx: ViewContext) => View>> = {
  sms: smsView,
  extract: extractView,
  indicators: indicatorView,
  watches: watchesView,
  alerts: alertsView,
  reports: reportsView,
  settings: settingsView,
};

const nav: readonly (readonly [RouteName, MessageKey])[] = [
  ['sms', 'navSms'],
  ['extract', 'navExtract'],
  ['indicators', 'navIndicator'],
  ['watches', 'navWatches'],
  ['alerts', 'navAlerts'],
  ['reports', 'navReports'],
  ['settings', 'navSettings'],
];

let lang: Lang = loadLang();
let current: View | null = null;

function render(focus: boolean): void {
  const t = (key: MessageKey, vars?: Readonly<Record<string, string | number>>): string =>
    translate(lang, key, vars);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t('appName');
  const route = toRoute(location.hash);
  current?.dispose?.();
  const ctx: ViewContext = { lang, t, params: route.params };
  current =
    route.name === 'not-found' ? { el: page(t('notFoundView'), null) } : views[route.name](ctx);

  const switcher = h(
    'button',
    {
      type: 'button',
      class: 'lang',
      lang: lang === 'zh' ? 'en' : 'zh-CN',
      'aria-label': t('switchLanguageLabel'),
      'data-testid': 'lang-switch',
    },
    t('switchLanguage'),
  );
  switcher.addEventListener('click', () => {
    lang = lang === 'zh' ? 'en' : 'zh';
    saveLang(lang);
    render(false);
    document.querySelector<HTMLButtonElement>('[data-testid="lang-switch"]')?.focus();
  });
  const links = nav.map(([name, key]) =>
    h(
      'li',
      {},
      h(
        'a',
        { href: `#/${name}`, ...(route.name === name ? { 'aria-current': 'page' } : {}) },
        t(key),
      ),
    ),
  );
  const skip = h('a', { href: '#main', class: 'skip' }, t('skipToContent'));
  // #main is not a route: move focus without touching the hash.
  skip.addEventListener('click', (ev) => {
    ev.preventDefault();
    document.getElementById('main')?.focus();
  });
  replaceChildren(
    document.body,
    skip,
    h(
      'header',
      { class: 'top' },
      h(
        'div',
        { class: 'brand' },
        h('a', { href: '#/sms', class: 'name' }, t('appName')),
        h('span', { class: 'tagline' }, t('tagline')),
      ),
      switcher,
      h('nav', { 'aria-label': t('navMain') }, h('ul', {}, ...links)),
    ),
    h('main', { id: 'main', tabindex: -1 }, current.el),
  );
  if (focus) current.el.querySelector<HTMLElement>('h1')?.focus();
}

window.addEventListener('hashchange', () => render(true));
render(false);
