import { formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/locale';

/** Decimals of an index score: four on the 0–1 scale (DTI 2020–2021), two on 100 or 1,000. */
export function indexScoreDigits(maxTotal: number): number {
  return maxTotal <= 1 ? 4 : 2;
}

/** "86,97" (vi) / "86.97" (en); "—" when missing. */
export function formatIndexScore(value: number | null, maxTotal: number, lang: Language): string {
  return formatNumber(value, lang, indexScoreDigits(maxTotal));
}
