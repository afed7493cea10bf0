import type { LocalizedText } from '../i18n-text';

/** A provincial department that owns KPIs and sources and receives their alerts. */
export interface Department {
  readonly id: string;
  readonly name: LocalizedText;
  readonly shortName: LocalizedText;
}
