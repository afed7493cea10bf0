import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, type Language } from './locale';
import { vi } from './messages/vi';
import { en } from './messages/en';

/**
 * A fresh i18next instance with both languages bundled (they are small, and the
 * offline classroom must not wait for a download to switch language).
 */
export function createI18n(lang: Language = DEFAULT_LANGUAGE): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'vi',
    resources: { vi: { translation: vi }, en: { translation: en } },
    // React escapes text itself; strings from data are never interpolated as HTML.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
