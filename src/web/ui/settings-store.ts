/** What the UI remembers: the language (localStorage) and the API key (sessionStorage: this tab only). */
import { type Lang, toLang } from './i18n.js';

const LANG_KEY = 'tocsin.lang';
const API_KEY = 'tocsin.apiKey';

function read(storage: Storage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    // Storage can be disabled (privacy mode): the UI still works without remembering.
    return null;
  }
}

function write(storage: Storage, key: string, value: string | null): void {
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
  } catch {
    // Storage can be disabled (privacy mode): the setting lasts until the page is reloaded.
  }
}

/** The chosen language, else the browser's. */
export function loadLang(): Lang {
  const saved = read(localStorage, LANG_KEY);
  if (saved === 'en' || saved === 'zh') return saved;
  return toLang(navigator.language);
}

export function saveLang(lang: Lang): void {
  write(localStorage, LANG_KEY, lang);
}

/** The API key pasted in Settings, or null. */
export function loadApiKey(): string | null {
  const k = read(sessionStorage, API_KEY);
  return k && k.length > 0 ? k : null;
}

export function saveApiKey(key: string | null): void {
  write(sessionStorage, API_KEY, key === null || key.trim() === '' ? null : key.trim());
}
