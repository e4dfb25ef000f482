/// <reference types="vite/client" />
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

type Namespace = Record<string, unknown>;

/** One file per feature and language (`i18n/vi/tasks.json` holds the `tasks.*` keys), so features add their own. */
function translations(files: Record<string, Namespace>): Namespace {
  const tree: Namespace = {};
  for (const [path, namespace] of Object.entries(files)) tree[path.replace(/^.*\/([^/]+)\.json$/, '$1')] = namespace;
  return tree;
}

const vi = translations(import.meta.glob<Namespace>('../i18n/vi/*.json', { eager: true, import: 'default' }));
const en = translations(import.meta.glob<Namespace>('../i18n/en/*.json', { eager: true, import: 'default' }));

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'econdip.language';

export const isLanguage = (value: unknown): value is Language => value === 'vi' || value === 'en';

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'vi';
  } catch {
    return 'vi';
  }
}

/** The BCP 47 locale used for Intl formatting. */
export const intlLocale = (language: string): string => (language === 'en' ? 'en-GB' : 'vi-VN');

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
});

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'vi',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

export default i18n;
