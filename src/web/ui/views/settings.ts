/** Settings: the API key for writes, kept in sessionStorage (this tab only). */
import { field, h } from '../dom.js';
import { loadApiKey, saveApiKey } from '../settings-store.js';
import { page, setStatus, statusLine, type View, type ViewContext } from '../view.js';

export function settingsView(ctx: ViewContext): View {
  const { t } = ctx;
  const key = h('input', {
    id: 'api-key',
    name: 'apiKey',
    type: 'password',
    autocomplete: 'off',
    value: loadApiKey() ?? '',
  });
  const status = statusLine('settings-status');
  const clear = h('button', { type: 'button', class: 'secondary' }, t('apiKeyClear'));
  const form = h(
    'form',
    { class: 'card', 'aria-label': t('apiKey') },
    field(t('apiKey'), key, t('apiKeyHint')),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('apiKeySave')), clear),
    status,
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    saveApiKey(key.value);
    setStatus(status, t('apiKeySaved'));
  });
  clear.addEventListener('click', () => {
    saveApiKey(null);
    key.value = '';
    setStatus(status, t('apiKeyCleared'));
  });
  return {
    el: page(
      t('settingsTitle'),
      null,
      form,
      h('p', {}, h('a', { href: '/openapi.json' }, t('apiDocs'))),
    ),
  };
}
