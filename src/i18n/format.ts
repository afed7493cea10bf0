/**
 * The one module that turns numbers, ratios, dates and periods into text.
 * Everything goes through Intl with an explicit locale and the Asia/Ho_Chi_Minh zone,
 * so the wall in Hà Nội and a laptop set to UTC show the same thing.
 */
import { INTL_LOCALE, TIME_ZONE, type Language } from './locale';

const EM_DASH = '—';

// Intl formatters are costly to build and the wall formats thousands of values a minute.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
function memo<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  key: string,
  make: () => T,
): T {
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter as T;
}

function numberFormat(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return memo(
    `n|${lang}|${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(INTL_LOCALE[lang], options),
  );
}

function isMissing(value: number | null | undefined): value is null | undefined {
  return value === null || value === undefined || !Number.isFinite(value);
}

/** 1234.5 → "1.234,5" (vi) / "1,234.5" (en). Missing or non-finite → "—". */
export function formatNumber(
  value: number | null | undefined,
  lang: Language,
  fractionDigits = 0,
): string {
  if (isMissing(value)) return EM_DASH;
  return numberFormat(lang, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** A ratio in [0, 1] as a percentage: 0.458 → "45,8%" (vi) / "45.8%" (en). */
export function formatPercent(
  ratio: number | null | undefined,
  lang: Language,
  fractionDigits = 1,
): string {
  if (isMissing(ratio)) return EM_DASH;
  return numberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(ratio);
}

/** A signed change in percentage points: +2,3 điểm % / +2.3 pp. */
export function formatPointsDelta(
  points: number | null | undefined,
  lang: Language,
  fractionDigits = 1,
): string {
  if (isMissing(points)) return EM_DASH;
  const n = numberFormat(lang, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
    signDisplay: 'exceptZero',
  }).format(points);
  return lang === 'vi' ? `${n} điểm %` : `${n} pp`;
}

type DateInput = Date | number | string;

function toDate(input: DateInput): Date | null {
  const date = input instanceof Date ? input : new Date(input);
  return Number.isNaN(date.getTime()) ? null : date;
}

function parts(input: Date, lang: Language, withTime: boolean): Record<string, string> {
  const formatter = memo(
    `d|${lang}|${String(withTime)}`,
    () =>
      new Intl.DateTimeFormat(INTL_LOCALE[lang], {
        timeZone: TIME_ZONE,
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
      }),
  );
  const out: Record<string, string> = {};
  for (const part of formatter.formatToParts(input)) out[part.type] = part.value;
  return out;
}

/** dd/MM/yyyy in Asia/Ho_Chi_Minh. */
export function formatDate(input: DateInput, lang: Language): string {
  const date = toDate(input);
  if (!date) return EM_DASH;
  const p = parts(date, lang, false);
  return `${p.day ?? ''}/${p.month ?? ''}/${p.year ?? ''}`;
}

/** dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh (same order in both languages, as on official reports). */
export function formatDateTime(input: DateInput, lang: Language): string {
  const date = toDate(input);
  if (!date) return EM_DASH;
  const p = parts(date, lang, true);
  return `${p.day ?? ''}/${p.month ?? ''}/${p.year ?? ''} ${p.hour ?? ''}:${p.minute ?? ''}`;
}

/** HH:mm:ss in Asia/Ho_Chi_Minh, for the wall clock. */
export function formatClock(input: DateInput, lang: Language): string {
  const date = toDate(input);
  if (!date) return EM_DASH;
  return memo(
    `clock|${lang}`,
    () =>
      new Intl.DateTimeFormat(INTL_LOCALE[lang], {
        timeZone: TIME_ZONE,
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      }),
  ).format(date);
}

const AGE_STEPS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** How old a value is, in words: "5 phút trước" / "5 minutes ago". Future times read "sau …". */
export function formatAge(asOf: DateInput, now: DateInput, lang: Language): string {
  const a = toDate(asOf);
  const n = toDate(now);
  if (!a || !n) return EM_DASH;
  let amount = (a.getTime() - n.getTime()) / 1000;
  const formatter = memo(
    `rel|${lang}`,
    () => new Intl.RelativeTimeFormat(lang, { numeric: 'always' }),
  );
  for (const [unit, size] of AGE_STEPS) {
    if (Math.abs(amount) < size) return formatter.format(Math.trunc(amount), unit);
    amount /= size;
  }
  return EM_DASH;
}

const ROMAN_QUARTER = ['I', 'II', 'III', 'IV'] as const;
const PERIOD_PATTERN = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])))?$/;

/**
 * A reporting period as people say it: "Tháng 08/2025", "Quý III/2025", "Năm 2025"
 * (vi); "08/2025", "Q3 2025", "2025" (en). Unknown shapes are shown as given.
 */
export function formatPeriod(period: string, lang: Language): string {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) return period;
  const [, year, month, quarter] = match;
  if (month !== undefined)
    return lang === 'vi' ? `Tháng ${month}/${year ?? ''}` : `${month}/${year ?? ''}`;
  if (quarter !== undefined) {
    const q = Number(quarter);
    return lang === 'vi'
      ? `Quý ${ROMAN_QUARTER[q - 1] ?? quarter}/${year ?? ''}`
      : `Q${q} ${year ?? ''}`;
  }
  return lang === 'vi' ? `Năm ${year ?? ''}` : (year ?? period);
}
