/** The two languages of the product; Vietnamese first. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';

/** Every date and time in the product is shown in Vietnam's time, whatever the machine's zone. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Intl locale per language: vi-VN gives 1.234,5; en-GB keeps dd/MM/yyyy dates. */
export const INTL_LOCALE: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

export function isLanguage(value: unknown): value is Language {
  return value === 'vi' || value === 'en';
}
